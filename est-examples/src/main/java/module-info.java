/**
 * est4j examples: the main job on a demo municipality, the JShell workbench, the command line for coordinators
 * ({@link org.est4j.examples.cli}), and examples of embedding est4j.
 */
module org.est4j.examples {
    requires org.est4j.core;
    requires org.est4j.scoring;
    requires org.est4j.io;
    // The workbench starts JShell with est4j loaded.
    requires jdk.jshell;
    // The command line for coordinators; picocli reads the commands' annotations and fields by reflection.
    requires info.picocli;

    exports org.est4j.examples;
    exports org.est4j.examples.cli;
    exports org.est4j.examples.demo;

    opens org.est4j.examples.cli to info.picocli;
}

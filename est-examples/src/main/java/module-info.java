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
    // The embedding example's host has its own Jackson ObjectMapper, which writes the host's own records.
    requires com.fasterxml.jackson.databind;

    exports org.est4j.examples;
    exports org.est4j.examples.cli;
    exports org.est4j.examples.demo;
    exports org.est4j.examples.embedding;

    opens org.est4j.examples.cli to info.picocli;
    opens org.est4j.examples.embedding to com.fasterxml.jackson.databind;
}

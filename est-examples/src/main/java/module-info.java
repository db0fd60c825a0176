/** est4j examples: the main job on a demo municipality, the JShell workbench, and examples of embedding est4j. */
module org.est4j.examples {
    requires org.est4j.core;
    requires org.est4j.scoring;
    requires org.est4j.io;
    // The workbench starts JShell with est4j loaded.
    requires jdk.jshell;

    exports org.est4j.examples;
    exports org.est4j.examples.demo;
}

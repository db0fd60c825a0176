/** est4j examples: the main job on a demo municipality, and examples of embedding est4j and of writing plugins. */
module org.est4j.examples {
    requires org.est4j.core;
    requires org.est4j.scoring;
    requires org.est4j.io;
}

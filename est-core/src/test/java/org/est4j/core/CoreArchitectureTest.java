package org.est4j.core;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Keeps est-core the shared language of the other modules: it imports no other est4j module, no Jackson databind
 * and no I/O format or rendering library (ARCHITECTURE.md, "Imports point one way only").
 */
class CoreArchitectureTest {
    private static JavaClasses core;

    @BeforeAll
    static void importCore() {
        core = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.est4j.core");
    }

    @Test
    void coreClassesAreImported() {
        org.assertj.core.api.Assertions.assertThat(core.contain(EstException.class)).isTrue();
        org.assertj.core.api.Assertions.assertThat(core.size()).isGreaterThan(20);
    }

    @Test
    void coreImportsNoOtherEst4jModule() {
        noClasses().should().dependOnClassesThat()
                .resideInAnyPackage("org.est4j.scoring..", "org.est4j.io..", "org.est4j.examples..", "org.est4j.bench..")
                .check(core);
    }

    @Test
    void coreImportsNoJacksonDatabindNorAnyFormatOrRenderingLibrary() {
        noClasses().should().dependOnClassesThat()
                .resideInAnyPackage("com.fasterxml.jackson.databind..", "com.fasterxml.jackson.dataformat..",
                        "com.fasterxml.jackson.core..", "com.fasterxml.jackson.datatype..", "org.locationtech.jts..",
                        "org.apache.pdfbox..", "com.openhtmltopdf..", "io.pebbletemplates..", "org.apache.commons.csv..",
                        "java.sql..", "javax.xml..")
                .check(core);
    }

    @Test
    void coreDoesNoFileOrNetworkIo() {
        noClasses().should().dependOnClassesThat()
                .resideInAnyPackage("java.net..", "java.nio.file..", "java.nio.channels..")
                .orShould().dependOnClassesThat().haveFullyQualifiedName("java.io.File")
                .check(core);
    }
}

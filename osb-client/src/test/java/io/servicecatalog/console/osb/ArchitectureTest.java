package io.servicecatalog.console.osb;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The module's boundaries (ARCHITECTURE.md): the OSB client's main code stays free of UI, cluster and test peers. */
class ArchitectureTest {

    private static final JavaClasses MAIN = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("io.servicecatalog.console.osb");

    @Test
    @DisplayName("main code uses no JavaFX, no fabric8 and no Spring")
    void noForbiddenDependencies() {
        noClasses().should().dependOnClassesThat()
                .resideInAnyPackage("javafx..", "io.fabric8..", "org.springframework..", "reactor..")
                .check(MAIN);
    }

    @Test
    @DisplayName("main code does not print to the console or start raw threads")
    void noConsoleOrRawThreads() {
        noClasses().should().accessField(System.class, "out").orShould().accessField(System.class, "err")
                .check(MAIN);
        noClasses().should().callConstructor(Thread.class, Runnable.class)
                .orShould().callConstructor(Thread.class, Runnable.class, String.class)
                .check(MAIN);
    }
}

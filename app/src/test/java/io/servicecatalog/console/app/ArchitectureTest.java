package io.servicecatalog.console.app;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Holds the dependency rules of ARCHITECTURE.md over every module's main classes (all are on app's class path). */
class ArchitectureTest {

  private static JavaClasses classes;

  @BeforeAll
  static void importClasses() {
    classes = new ClassFileImporter()
        .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
        .importPackages("io.servicecatalog.console");
  }

  @Test
  @DisplayName("catalog-model, osb-client, catalog-controller and sandbox use no JavaFX")
  void logicHasNoJavaFx() {
    noClasses().that().resideInAnyPackage(
            "io.servicecatalog.console.model..", "io.servicecatalog.console.osb..",
            "io.servicecatalog.console.controller..", "io.servicecatalog.console.sandbox..")
        .should().dependOnClassesThat().resideInAnyPackage("javafx..")
        .allowEmptyShould(true)
        .check(classes);
  }

  @Test
  @DisplayName("ui-components gets data, not clients: no fabric8 client, no osb-client")
  void uiComponentsHaveNoClients() {
    noClasses().that().resideInAPackage("io.servicecatalog.console.ui..")
        .should().dependOnClassesThat().resideInAnyPackage(
            "io.fabric8.kubernetes.client..", "io.servicecatalog.console.osb..",
            "io.servicecatalog.console.controller..", "io.servicecatalog.console.sandbox..",
            "io.servicecatalog.console.app..")
        .allowEmptyShould(true)
        .check(classes);
  }

  @Test
  @DisplayName("catalog-model does no HTTP and depends on no other module of ours")
  void modelIsPure() {
    noClasses().that().resideInAPackage("io.servicecatalog.console.model..")
        .should().dependOnClassesThat().resideInAnyPackage(
            "java.net.http..", "io.servicecatalog.console.osb..", "io.servicecatalog.console.controller..",
            "io.servicecatalog.console.sandbox..", "io.servicecatalog.console.ui..", "io.servicecatalog.console.app..")
        .check(classes);
  }

  @Test
  @DisplayName("osb-client knows nothing of Kubernetes or of the rest of the console")
  void osbClientStandsAlone() {
    noClasses().that().resideInAPackage("io.servicecatalog.console.osb..")
        .should().dependOnClassesThat().resideInAnyPackage(
            "io.fabric8..", "io.servicecatalog.console.model..", "io.servicecatalog.console.controller..",
            "io.servicecatalog.console.sandbox..", "io.servicecatalog.console.ui..", "io.servicecatalog.console.app..")
        .allowEmptyShould(true)
        .check(classes);
  }

  @Test
  @DisplayName("the controller and the sandbox never reach up into the UI or the app")
  void noUpwardDependencies() {
    noClasses().that().resideInAnyPackage("io.servicecatalog.console.controller..", "io.servicecatalog.console.sandbox..")
        .should().dependOnClassesThat().resideInAnyPackage("io.servicecatalog.console.ui..", "io.servicecatalog.console.app..")
        .allowEmptyShould(true)
        .check(classes);
    noClasses().that().resideInAPackage("io.servicecatalog.console.controller..")
        .should().dependOnClassesThat().resideInAPackage("io.servicecatalog.console.sandbox..")
        .allowEmptyShould(true)
        .check(classes);
  }
}

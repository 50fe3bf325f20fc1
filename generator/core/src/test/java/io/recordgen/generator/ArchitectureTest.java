package io.recordgen.generator;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The stages run in one direction, and only loading sees Swagger Parser and SnakeYAML. */
class ArchitectureTest {
  private static final JavaClasses CLASSES =
      new ClassFileImporter()
          .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
          .importPackages("io.recordgen.generator");

  @Test
  void onlyLoadingImportsSwaggerParserOrSnakeYaml() {
    noClasses()
        .that()
        .resideOutsideOfPackage("io.recordgen.generator.load..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("io.swagger..", "org.yaml..")
        .check(CLASSES);
  }

  @Test
  void theModelDependsOnNoStage() {
    noClasses()
        .that()
        .resideInAPackage("io.recordgen.generator.model..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(
            "io.recordgen.generator.load..",
            "io.recordgen.generator.plan..",
            "io.recordgen.generator.emit..",
            "com.palantir.javapoet..",
            "com.fasterxml..")
        .check(CLASSES);
  }

  @Test
  void loadingKnowsNothingOfPlanningOrEmitting() {
    noClasses()
        .that()
        .resideInAPackage("io.recordgen.generator.load..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(
            "io.recordgen.generator.plan..",
            "io.recordgen.generator.emit..",
            "com.palantir.javapoet..")
        .check(CLASSES);
  }

  @Test
  void planningKnowsNothingOfLoadingOrEmitting() {
    noClasses()
        .that()
        .resideInAPackage("io.recordgen.generator.plan..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("io.recordgen.generator.load..", "io.recordgen.generator.emit..")
        .check(CLASSES);
  }

  @Test
  void emittingOnlyReadsPlans() {
    noClasses()
        .that()
        .resideInAPackage("io.recordgen.generator.emit..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("io.recordgen.generator.load..")
        .check(CLASSES);
  }
}

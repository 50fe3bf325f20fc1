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

  /** A class past this many lines is asking to be split (house rule 4). */
  private static final int MAX_LINES = 420;

  @Test
  void noMainClassIsMuchOverFourHundredLines() throws java.io.IOException {
    java.nio.file.Path main = java.nio.file.Path.of("src", "main", "java");
    try (var files = java.nio.file.Files.walk(main)) {
      java.util.List<String> large =
          files
              .filter(f -> f.toString().endsWith(".java"))
              .filter(f -> lines(f) > MAX_LINES)
              .map(f -> main.relativize(f) + " (" + lines(f) + " lines)")
              .toList();
      org.assertj.core.api.Assertions.assertThat(large).isEmpty();
    }
  }

  private static long lines(java.nio.file.Path file) {
    try (var lines = java.nio.file.Files.lines(file)) {
      return lines.count();
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

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
        .resideInAnyPackage("io.recordgen.generator.load..", "io.recordgen.generator.model..")
        .check(CLASSES);
  }

  @Test
  void emittersNameNoTypeThemselves() {
    // Every external type comes from ExternalTypes, so the naming authority knows its name.
    noClasses()
        .that()
        .resideInAPackage("io.recordgen.generator.emit..")
        .should()
        .callMethod(
            com.palantir.javapoet.ClassName.class,
            "get",
            String.class,
            String.class,
            String[].class)
        .orShould()
        .callMethod(com.palantir.javapoet.ClassName.class, "get", Class.class)
        .orShould()
        .callMethod(com.palantir.javapoet.ClassName.class, "bestGuess", String.class)
        .check(CLASSES);
  }

  @Test
  void planningImportsNoJavaPoetWriter() {
    noClasses()
        .that()
        .resideInAPackage("io.recordgen.generator.plan..")
        .should()
        .dependOnClassesThat()
        .haveFullyQualifiedName("com.palantir.javapoet.JavaFile")
        .orShould()
        .dependOnClassesThat()
        .haveFullyQualifiedName("com.palantir.javapoet.TypeSpec")
        .orShould()
        .dependOnClassesThat()
        .haveFullyQualifiedName("com.palantir.javapoet.MethodSpec")
        .check(CLASSES);
  }
}

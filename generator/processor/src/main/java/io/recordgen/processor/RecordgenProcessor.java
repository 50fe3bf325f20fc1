package io.recordgen.processor;

import io.recordgen.generator.GenerationResult;
import io.recordgen.generator.GeneratorOptions;
import io.recordgen.generator.Recordgen;
import io.recordgen.generator.diag.Diagnostic;
import io.recordgen.generator.emit.SourceFile;
import io.recordgen.generator.load.LoadOptions;
import java.io.IOException;
import java.io.Writer;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.Messager;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import javax.tools.Diagnostic.Kind;
import javax.tools.JavaFileObject;
import org.jspecify.annotations.Nullable;

/**
 * Generates records and client interfaces for every element annotated with {@code
 * io.recordgen.runtime.GenerateClient}.
 *
 * <p>Every problem is reported through {@link Messager} on the annotated element, its annotation
 * and the {@code spec} value, with the same code and JSON pointer the Maven plugin prints. When
 * any error is reported nothing is generated, and no exception ever escapes to javac.
 *
 * <p>Options: {@code recordgen.specRoot} (directory to read specs from when they are not on the
 * class path), {@code recordgen.maxSpecBytes}, {@code recordgen.maxDepth}, {@code
 * recordgen.maxYamlAliases}, {@code recordgen.externalRefAllowlist} (comma-separated prefixes)
 * and {@code recordgen.warningsAsNotes} (so builds with {@code -Werror} accept specs that only
 * draw warnings).
 */
public final class RecordgenProcessor extends AbstractProcessor {
  static final String ANNOTATION = "io.recordgen.runtime.GenerateClient";
  static final String SPEC_ROOT = "recordgen.specRoot";
  static final String MAX_SPEC_BYTES = "recordgen.maxSpecBytes";
  static final String MAX_DEPTH = "recordgen.maxDepth";
  static final String MAX_YAML_ALIASES = "recordgen.maxYamlAliases";
  static final String EXTERNAL_REF_ALLOWLIST = "recordgen.externalRefAllowlist";
  static final String WARNINGS_AS_NOTES = "recordgen.warningsAsNotes";

  @Override
  public Set<String> getSupportedAnnotationTypes() {
    return Set.of(ANNOTATION);
  }

  @Override
  public Set<String> getSupportedOptions() {
    return Set.of(
        SPEC_ROOT,
        MAX_SPEC_BYTES,
        MAX_DEPTH,
        MAX_YAML_ALIASES,
        EXTERNAL_REF_ALLOWLIST,
        WARNINGS_AS_NOTES);
  }

  @Override
  public SourceVersion getSupportedSourceVersion() {
    return SourceVersion.latestSupported();
  }

  @Override
  public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
    TypeElement annotation = processingEnv.getElementUtils().getTypeElement(ANNOTATION);
    if (annotation == null) {
      return false;
    }
    for (Element element : round.getElementsAnnotatedWith(annotation)) {
      AnnotationMirror mirror = mirror(element, annotation);
      if (mirror == null) {
        continue;
      }
      try {
        generate(element, mirror);
      } catch (RuntimeException | LinkageError | StackOverflowError e) {
        processingEnv
            .getMessager()
            .printMessage(
                Kind.ERROR,
                "[RG099] #: internal error in the Recordgen processor: "
                    + e
                    + " (please report this with the spec)",
                element,
                mirror);
      }
    }
    return true;
  }

  private void generate(Element element, AnnotationMirror mirror) {
    Messager messager = processingEnv.getMessager();
    AnnotationValue specValue = value(mirror, "spec");
    AnnotationValue packageValue = value(mirror, "packageName");
    if (specValue == null || packageValue == null) {
      return; // javac reports the missing attribute itself
    }
    String spec = String.valueOf(specValue.getValue());
    LoadOptions limits = loadOptions();
    SpecLocator locator =
        new SpecLocator(
            processingEnv.getFiler(), processingEnv.getOptions().get(SPEC_ROOT), limits.maxBytes());
    SpecLocator.Found found = locator.find(spec);
    if (found instanceof SpecLocator.Found.Missing missing) {
      messager.printMessage(
          Kind.ERROR,
          "[RG001] #: spec \"" + spec + "\" not found on " + missing.searched(),
          element,
          mirror,
          specValue);
      return;
    }
    if (found instanceof SpecLocator.Found.Unreadable unreadable) {
      messager.printMessage(
          Kind.ERROR,
          "[RG002] #: spec \"" + spec + "\" cannot be read: " + unreadable.reason(),
          element,
          mirror,
          specValue);
      return;
    }
    SpecLocator.Found.Spec source = (SpecLocator.Found.Spec) found;
    GeneratorOptions options =
        new GeneratorOptions(String.valueOf(packageValue.getValue()), limits);
    GenerationResult result = Recordgen.generate(source.source(), options);
    boolean quiet = Boolean.parseBoolean(processingEnv.getOptions().get(WARNINGS_AS_NOTES));
    for (Diagnostic diagnostic : result.diagnostics()) {
      Kind kind =
          switch (diagnostic.severity()) {
            case ERROR -> Kind.ERROR;
            case WARNING -> quiet ? Kind.NOTE : Kind.WARNING;
            case NOTE -> Kind.NOTE;
          };
      AnnotationValue at = diagnostic.code().id().equals("RG041") ? packageValue : specValue;
      messager.printMessage(kind, diagnostic.format(), element, mirror, at);
    }
    if (result.hasErrors()) {
      return;
    }
    for (SourceFile file : result.files()) {
      write(file, element, mirror);
    }
  }

  private void write(SourceFile file, Element element, AnnotationMirror mirror) {
    try {
      JavaFileObject object =
          processingEnv.getFiler().createSourceFile(file.qualifiedName(), element);
      try (Writer writer = object.openWriter()) {
        writer.write(file.content());
      }
    } catch (IOException e) {
      processingEnv
          .getMessager()
          .printMessage(
              Kind.ERROR,
              "[RG002] #: cannot write " + file.qualifiedName() + ": " + e.getMessage(),
              element,
              mirror);
    }
  }

  private LoadOptions loadOptions() {
    Map<String, String> given = processingEnv.getOptions();
    LoadOptions options = LoadOptions.defaults();
    if (given.containsKey(MAX_SPEC_BYTES)) {
      options = options.withMaxBytes(Long.parseLong(given.get(MAX_SPEC_BYTES).trim()));
    }
    if (given.containsKey(MAX_DEPTH)) {
      options = options.withMaxDepth(Integer.parseInt(given.get(MAX_DEPTH).trim()));
    }
    if (given.containsKey(MAX_YAML_ALIASES)) {
      options = options.withMaxYamlAliases(Integer.parseInt(given.get(MAX_YAML_ALIASES).trim()));
    }
    if (given.containsKey(EXTERNAL_REF_ALLOWLIST)) {
      List<String> prefixes =
          Arrays.stream(given.get(EXTERNAL_REF_ALLOWLIST).split(","))
              .map(String::trim)
              .filter(s -> !s.isEmpty())
              .toList();
      options = options.withExternalRefAllowlist(prefixes);
    }
    return options;
  }

  private static @Nullable AnnotationMirror mirror(Element element, TypeElement annotation) {
    for (AnnotationMirror mirror : element.getAnnotationMirrors()) {
      if (mirror.getAnnotationType().asElement().equals(annotation)) {
        return mirror;
      }
    }
    return null;
  }

  private static @Nullable AnnotationValue value(AnnotationMirror mirror, String name) {
    for (Map.Entry<? extends ExecutableElement, ? extends AnnotationValue> entry :
        mirror.getElementValues().entrySet()) {
      if (entry.getKey().getSimpleName().contentEquals(name)) {
        return entry.getValue();
      }
    }
    return null;
  }
}

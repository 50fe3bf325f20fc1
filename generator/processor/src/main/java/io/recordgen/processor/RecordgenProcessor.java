package io.recordgen.processor;

import io.recordgen.generator.GenerationResult;
import io.recordgen.generator.GeneratorOptions;
import io.recordgen.generator.Recordgen;
import io.recordgen.generator.build.BuildRecord;
import io.recordgen.generator.build.GeneratorJar;
import io.recordgen.generator.diag.Code;
import io.recordgen.generator.diag.Diagnostic;
import io.recordgen.generator.diag.Diagnostics;
import io.recordgen.generator.emit.SourceFile;
import io.recordgen.generator.load.SpecSource;
import io.recordgen.generator.model.Configuration;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.PackageElement;
import javax.lang.model.element.TypeElement;
import javax.tools.Diagnostic.Kind;
import javax.tools.FileObject;
import javax.tools.JavaFileObject;
import javax.tools.StandardLocation;
import org.jspecify.annotations.Nullable;

/**
 * Generates records and client interfaces for every element annotated with {@code
 * io.recordgen.runtime.GenerateClient}.
 *
 * <p>Every problem is reported through {@link javax.annotation.processing.Messager} on the
 * annotated element, its annotation and the {@code spec} value, formatted as the Maven plugin
 * formats it: the same code and JSON pointer. When any error is reported nothing is generated,
 * and no exception ever escapes to javac.
 *
 * <p>Options: {@code recordgen.specRoot} (directory to read specs from when they are not on the
 * class path), {@code recordgen.maxSpecBytes}, {@code recordgen.maxDepth}, {@code
 * recordgen.maxYamlAliases}, {@code recordgen.externalRefAllowlist} (comma-separated prefixes),
 * {@code recordgen.strict} (a spec defect with one safe reading is an error),
 * {@code recordgen.warningsAsNotes} (so builds with {@code -Werror} accept specs that only draw
 * warnings) and {@code recordgen.verbose} (every note, rather than the first few and a count).
 *
 * <p>Next to the sources it writes a {@link BuildRecord} ({@value #RECORDS}{@code <element>})
 * with the digest of the spec, the options, the processor's jars and the types written, so that
 * the Maven goal {@code recordgen:processor-inputs} can make the next build recompile when any of
 * them changed.
 */
public final class RecordgenProcessor extends AbstractProcessor {
  static final String ANNOTATION = "io.recordgen.runtime.GenerateClient";

  /** Where build records go, under the source output. */
  static final String RECORDS = "META-INF/recordgen/";

  /** Diagnostics about the configuration, printed at its annotation value. */
  private static final Set<Code> CONFIG_CODES =
      Set.of(Code.CONFIG_INVALID, Code.CONFIG_UNMATCHED, Code.MAPPED_TYPE_INVALID);

  /** Notes printed before the rest are only counted. */
  private static final int NOTES_SHOWN = 5;

  @Override
  public Set<String> getSupportedAnnotationTypes() {
    return Set.of(ANNOTATION);
  }

  @Override
  public Set<String> getSupportedOptions() {
    return ProcessorOptions.NAMES;
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
        print(
            new Diagnostic(
                Code.INTERNAL,
                "",
                "internal error in the Recordgen processor: "
                    + e
                    + " (please report this with the spec)"),
            Kind.ERROR,
            element,
            mirror,
            null);
      }
    }
    return true;
  }

  /** The overlays and configuration read for the element being generated, for its record. */
  private final List<BuildRecord.FileInput> companions = new ArrayList<>();

  private void generate(Element element, AnnotationMirror mirror) {
    companions.clear();
    AnnotationValue specValue = value(mirror, "spec");
    AnnotationValue packageValue = value(mirror, "packageName");
    if (specValue == null || packageValue == null) {
      return; // javac reports the missing attribute itself
    }
    ProcessorOptions options = ProcessorOptions.read(processingEnv.getOptions());
    if (!options.problems().isEmpty()) {
      options.problems().forEach(d -> print(d, Kind.ERROR, element, mirror, null));
      return;
    }
    String spec = String.valueOf(specValue.getValue());
    SpecLocator locator =
        new SpecLocator(processingEnv.getFiler(), options.specRoot(), options.load().maxBytes());
    SpecLocator.Found found = locator.find(spec);
    if (found instanceof SpecLocator.Found.Missing missing) {
      print(
          new Diagnostic(
              Code.SPEC_NOT_FOUND, "", "spec \"" + spec + "\" not found on " + missing.searched()),
          Kind.ERROR,
          element,
          mirror,
          specValue);
      return;
    }
    if (found instanceof SpecLocator.Found.Unreadable unreadable) {
      print(
          new Diagnostic(
              Code.SPEC_UNREADABLE,
              "",
              "spec \"" + spec + "\" cannot be read: " + unreadable.reason()),
          Kind.ERROR,
          element,
          mirror,
          specValue);
      return;
    }
    SpecLocator.Found.Spec source = (SpecLocator.Found.Spec) found;
    List<SpecSource> overlays = overlays(locator, element, mirror);
    AnnotationValue configValue = value(mirror, "config");
    Configuration configuration = configuration(locator, options, element, mirror, configValue);
    if (overlays == null || configuration == null) {
      return;
    }
    GeneratorOptions generatorOptions =
        new GeneratorOptions(
            String.valueOf(packageValue.getValue()),
            options.load(),
            options.strict(),
            overlays,
            configuration);
    GenerationResult result = Recordgen.generate(source.source(), generatorOptions);
    List<Diagnostic> typeProblems =
        result.hasErrors()
            ? List.of()
            : new MappedTypeCheck(processingEnv.getElementUtils()).check(result.mappedTypes());
    List<Diagnostic> all = new ArrayList<>(result.diagnostics());
    all.addAll(typeProblems);
    for (Diagnostic diagnostic : Diagnostics.forPrinting(all, options.verbose(), NOTES_SHOWN)) {
      AnnotationValue at =
          diagnostic.code() == Code.PACKAGE_INVALID
              ? packageValue
              : CONFIG_CODES.contains(diagnostic.code()) && configValue != null
                  ? configValue
                  : specValue;
      print(diagnostic, kind(diagnostic, options), element, mirror, at);
    }
    if (!typeProblems.isEmpty()) {
      return;
    }
    if (result.hasErrors()) {
      return;
    }
    for (SourceFile file : result.files()) {
      if (!write(file, element, mirror)) {
        return;
      }
    }
    BuildRecord record =
        BuildRecord.of(
            spec,
            source.source().content(),
            options.fingerprint(),
            result,
            GeneratorJar.of(RecordgenProcessor.class, Recordgen.class),
            options.specRoot(),
            classFile(element));
    writeRecord(record.withCompanions(List.copyOf(companions)), element, mirror);
  }

  private static Kind kind(Diagnostic diagnostic, ProcessorOptions options) {
    return switch (diagnostic.severity()) {
      case ERROR -> Kind.ERROR;
      case WARNING -> options.warningsAsNotes() ? Kind.NOTE : Kind.WARNING;
      case NOTE -> Kind.NOTE;
    };
  }

  /** The overlays the annotation names, read; {@code null} after reporting one not found. */
  private @Nullable List<SpecSource> overlays(
      SpecLocator locator, Element element, AnnotationMirror mirror) {
    List<SpecSource> overlays = new ArrayList<>();
    AnnotationValue overlaysValue = value(mirror, "overlays");
    if (overlaysValue != null && overlaysValue.getValue() instanceof List<?> names) {
      for (Object name : names) {
        String overlay = String.valueOf(((AnnotationValue) name).getValue());
        SpecSource read = companion(locator, "overlay", overlay, element, mirror, overlaysValue);
        if (read == null) {
          return null;
        }
        overlays.add(read);
      }
    }
    return overlays;
  }

  /**
   * The configuration the annotation (or else {@code -Arecordgen.config}) names, read; empty when
   * none is named, {@code null} after reporting why it cannot be used.
   */
  private @Nullable Configuration configuration(
      SpecLocator locator,
      ProcessorOptions options,
      Element element,
      AnnotationMirror mirror,
      @Nullable AnnotationValue configValue) {
    String named =
        configValue != null && !String.valueOf(configValue.getValue()).isBlank()
            ? String.valueOf(configValue.getValue())
            : options.config();
    if (named == null) {
      return Configuration.empty();
    }
    SpecSource read = companion(locator, "configuration", named, element, mirror, configValue);
    if (read == null) {
      return null;
    }
    Recordgen.ConfigurationResult result = Recordgen.readConfiguration(read, options.load());
    for (Diagnostic diagnostic : result.diagnostics()) {
      print(diagnostic, kind(diagnostic, options), element, mirror, configValue);
    }
    return result.configuration();
  }

  private @Nullable SpecSource companion(
      SpecLocator locator,
      String what,
      String name,
      Element element,
      AnnotationMirror mirror,
      @Nullable AnnotationValue at) {
    SpecLocator.Found located = locator.find(name);
    if (located instanceof SpecLocator.Found.Spec read) {
      companions.add(
          new BuildRecord.FileInput(
              name, io.recordgen.generator.build.Digests.sha256(read.source().content())));
      return read.source();
    }
    print(
        new Diagnostic(
            Code.SPEC_NOT_FOUND,
            "",
            what
                + " \""
                + name
                + (located instanceof SpecLocator.Found.Missing missing
                    ? "\" not found on " + missing.searched()
                    : "\" cannot be read: " + ((SpecLocator.Found.Unreadable) located).reason())),
        Kind.ERROR,
        element,
        mirror,
        at);
    return null;
  }

  /** The class file javac writes for the annotated element, relative to the class output. */
  private @Nullable String classFile(Element element) {
    if (element instanceof PackageElement pkg) {
      String name = pkg.getQualifiedName().toString();
      return (name.isEmpty() ? "" : name.replace('.', '/') + "/") + "package-info.class";
    }
    if (element instanceof TypeElement type) {
      return processingEnv.getElementUtils().getBinaryName(type).toString().replace('.', '/')
          + ".class";
    }
    return null;
  }

  private boolean write(SourceFile file, Element element, AnnotationMirror mirror) {
    try {
      JavaFileObject object =
          processingEnv.getFiler().createSourceFile(file.qualifiedName(), element);
      try (Writer writer = object.openWriter()) {
        writer.write(file.content());
      }
      return true;
    } catch (IOException | RuntimeException e) {
      print(
          new Diagnostic(Code.OUTPUT_FAILED, "", "cannot write " + file.qualifiedName() + ": " + e),
          Kind.ERROR,
          element,
          mirror,
          null);
      return false;
    }
  }

  private void writeRecord(BuildRecord record, Element element, AnnotationMirror mirror) {
    String name = RECORDS + recordName(element);
    try {
      FileObject object =
          processingEnv
              .getFiler()
              .createResource(StandardLocation.SOURCE_OUTPUT, "", name, element);
      try (Writer writer = object.openWriter()) {
        writer.write(record.write());
      }
    } catch (IOException | RuntimeException e) {
      print(
          new Diagnostic(
              Code.OUTPUT_FAILED,
              "",
              "cannot write the build record "
                  + name
                  + " (the next build may not notice a changed spec): "
                  + e),
          Kind.WARNING,
          element,
          mirror,
          null);
    }
  }

  /** One record per annotated element: its qualified name, which no two elements share. */
  static String recordName(Element element) {
    String name =
        element instanceof PackageElement pkg
            ? pkg.getQualifiedName() + ".package-info"
            : element instanceof TypeElement type
                ? type.getQualifiedName().toString()
                : element.getSimpleName().toString();
    return (name.startsWith(".") ? name.substring(1) : name) + ".record";
  }

  private void print(
      Diagnostic diagnostic,
      Kind kind,
      Element element,
      AnnotationMirror mirror,
      @Nullable AnnotationValue value) {
    if (value == null) {
      processingEnv.getMessager().printMessage(kind, diagnostic.format(), element, mirror);
    } else {
      processingEnv.getMessager().printMessage(kind, diagnostic.format(), element, mirror, value);
    }
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

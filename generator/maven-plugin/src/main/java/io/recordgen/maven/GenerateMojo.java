package io.recordgen.maven;

import io.recordgen.generator.GenerationResult;
import io.recordgen.generator.GeneratorOptions;
import io.recordgen.generator.Recordgen;
import io.recordgen.generator.build.BuildRecord;
import io.recordgen.generator.build.Digests;
import io.recordgen.generator.build.GeneratorJar;
import io.recordgen.generator.diag.Code;
import io.recordgen.generator.diag.Diagnostic;
import io.recordgen.generator.emit.SourceFile;
import io.recordgen.generator.load.LoadOptions;
import io.recordgen.generator.load.SpecSource;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;
import org.apache.maven.project.MavenProject;
import org.jspecify.annotations.Nullable;

/**
 * Generates records and clients from an OpenAPI document into a source folder that is added to
 * the compilation, exactly as the annotation processor would.
 *
 * <p>The goal is skipped when neither the spec, an external document it refers to, the options
 * nor the generator changed since the last run (a {@link BuildRecord} in the output folder says
 * so). When it runs again, the class files of types that left the spec are deleted too. Files are written to a temporary folder that then
 * replaces the output folder, so a failed run never leaves a half-written one; a spec with an
 * error writes nothing. Diagnostics are printed with the codes and JSON pointers the processor
 * uses, and all errors together fail the build.
 */
@Mojo(
    name = "generate",
    defaultPhase = LifecyclePhase.GENERATE_SOURCES,
    threadSafe = true,
    requiresDependencyResolution = ResolutionScope.COMPILE)
public final class GenerateMojo extends AbstractMojo {
  /** The build record in the output folder. */
  static final String RECORD = ".recordgen-build-record";

  @Parameter(defaultValue = "${project}", readonly = true, required = true)
  private MavenProject project;

  /** The spec as a file. */
  @Parameter(property = "recordgen.specFile")
  private @Nullable File specFile;

  /** The spec as a resource of the project or on its compile class path. */
  @Parameter(property = "recordgen.specResource")
  private @Nullable String specResource;

  /** The base package; records go to {@code .model}, clients to {@code .api}. */
  @Parameter(property = "recordgen.packageName", required = true)
  private String packageName;

  /** Where sources are written. */
  @Parameter(
      property = "recordgen.outputDirectory",
      defaultValue = "${project.build.directory}/generated-sources/recordgen")
  private File outputDirectory;

  /** Largest spec accepted, in bytes. */
  @Parameter(property = "recordgen.maxSpecBytes")
  private @Nullable Long maxSpecBytes;

  /** Deepest nesting accepted. */
  @Parameter(property = "recordgen.maxDepth")
  private @Nullable Integer maxDepth;

  /** Most YAML aliases accepted. */
  @Parameter(property = "recordgen.maxYamlAliases")
  private @Nullable Integer maxYamlAliases;

  /** Prefixes of {@code $ref}s that may leave the document. */
  @Parameter private @Nullable List<String> externalRefAllowlist;

  /** Prints every note (renames, mostly), rather than the first few and a count. */
  @Parameter(property = "recordgen.verbose", defaultValue = "false")
  private boolean verbose;

  /**
   * Whether a defect of the spec that has one safe reading (an array without items, a default
   * that does not fit its schema, ...) fails the build rather than being a warning.
   */
  @Parameter(property = "recordgen.strict", defaultValue = "false")
  private boolean strict;

  /**
   * OpenAPI Overlay documents applied to the spec, in order, before it is read, so that a
   * vendor's document is changed without editing it.
   */
  @Parameter private List<File> overlays = new ArrayList<>();

  /**
   * A Recordgen configuration file (YAML): types for formats and schemas, Java names for spec
   * names, and the operations to include or exclude. The same file gives the same sources on
   * every route.
   */
  @Parameter(property = "recordgen.config")
  private @Nullable File config;

  /** Skips the goal. */
  @Parameter(property = "recordgen.skip", defaultValue = "false")
  private boolean skip;

  @Override
  public void execute() throws MojoExecutionException, MojoFailureException {
    if (skip) {
      getLog().info("Recordgen: skipped");
      return;
    }
    GeneratorOptions base = new GeneratorOptions(packageName, loadOptions(), strict);
    List<SpecSource> overlaid = new ArrayList<>();
    for (File overlay : overlays) {
      overlaid.add(SpecInput.read(overlay, null, project, classpath(), base.load().maxBytes()));
    }
    GeneratorOptions options = base.withOverlays(overlaid);
    if (config != null) {
      SpecSource file = SpecInput.read(config, null, project, classpath(), base.load().maxBytes());
      Recordgen.ConfigurationResult read = Recordgen.readConfiguration(file, base.load());
      PluginDiagnostics.report(getLog(), read.diagnostics(), verbose);
      if (read.configuration() == null) {
        throw new MojoFailureException(
            PluginDiagnostics.summary(
                file.name(), read.diagnostics().stream().filter(d -> d.isError()).toList()));
      }
      options = options.withConfiguration(read.configuration());
    }
    SpecSource source =
        SpecInput.read(specFile, specResource, project, classpath(), options.load().maxBytes());
    Path output = outputDirectory.toPath().toAbsolutePath();
    String spec = specFile != null ? specFile.toPath().toAbsolutePath().toString() : specResource;
    List<GeneratorJar> generator = GeneratorJar.of(Recordgen.class, GenerateMojo.class);
    BuildRecord previous = BuildRecord.read(output.resolve(RECORD));
    String why = changed(previous, spec, source, options, generator);
    if (why == null) {
      getLog().info("Recordgen: " + source.name() + " is up to date in " + output);
      project.addCompileSourceRoot(output.toString());
      return;
    }
    getLog().debug("Recordgen: generating because " + why);
    GenerationResult result = Recordgen.generate(source, options);
    PluginDiagnostics.report(getLog(), result.diagnostics(), verbose);
    if (result.hasErrors()) {
      throw new MojoFailureException(PluginDiagnostics.summary(source.name(), result.errors()));
    }
    BuildRecord record =
        BuildRecord.of(
            spec, source.content(), options.fingerprint(), result, generator, null, null);
    try {
      replace(output, result.files(), record);
      if (previous != null) {
        removeClassesOfTypesThatLeft(previous, record);
      }
    } catch (IOException | UncheckedIOException e) {
      throw PluginDiagnostics.failure(
          Code.OUTPUT_FAILED, "cannot write the generated sources to " + output + ": " + e, e);
    }
    getLog()
        .info(
            "Recordgen: generated "
                + result.files().size()
                + " files from "
                + source.name()
                + " into "
                + output);
    project.addCompileSourceRoot(output.toString());
  }

  /** Why the output must be generated again, or {@code null} if it is up to date. */
  private static @Nullable String changed(
      @Nullable BuildRecord previous,
      String spec,
      SpecSource source,
      GeneratorOptions options,
      List<GeneratorJar> generator) {
    if (previous == null) {
      return "there is no build record";
    }
    if (!previous.spec().equals(spec)
        || !previous.specSha256().equals(Digests.sha256(source.content()))) {
      return "the spec changed";
    }
    if (!previous.options().equals(options.fingerprint())) {
      return "the options changed";
    }
    if (!previous.generator().equals(generator)) {
      return "the generator changed";
    }
    List<String> files = previous.changedFiles();
    return files.isEmpty() ? null : String.join("; ", files);
  }

  /**
   * Deletes the class files of types the previous run generated and this one did not: the
   * compiler plugin recompiles the changed sources, but a class whose source is gone would stay
   * in the class output and go on compiling and running.
   */
  private void removeClassesOfTypesThatLeft(BuildRecord previous, BuildRecord now)
      throws IOException {
    Set<String> left = new LinkedHashSet<>(previous.types());
    now.types().forEach(left::remove);
    if (left.isEmpty()) {
      return;
    }
    Path classes = Path.of(project.getBuild().getOutputDirectory());
    int deleted = GeneratedOutput.deleteClasses(classes, left);
    getLog()
        .info(
            "Recordgen: "
                + left.size()
                + " types left the spec; deleted "
                + deleted
                + " of their class files");
  }

  private List<String> classpath() throws MojoExecutionException {
    try {
      return project.getCompileClasspathElements();
    } catch (org.apache.maven.artifact.DependencyResolutionRequiredException e) {
      throw new MojoExecutionException("the compile class path is not resolved", e);
    }
  }

  /** The limits, each checked: a bad value is an {@code RG042} error, never an exception. */
  private LoadOptions loadOptions() throws MojoFailureException {
    List<Diagnostic> problems = new ArrayList<>();
    LoadOptions options = LoadOptions.defaults();
    if (maxSpecBytes != null) {
      if (maxSpecBytes < 1) {
        problems.add(invalid("maxSpecBytes", maxSpecBytes, "a whole number of at least 1"));
      } else {
        options = options.withMaxBytes(maxSpecBytes);
      }
    }
    if (maxDepth != null) {
      if (maxDepth < 1) {
        problems.add(invalid("maxDepth", maxDepth, "a whole number of at least 1"));
      } else {
        options = options.withMaxDepth(maxDepth);
      }
    }
    if (maxYamlAliases != null) {
      if (maxYamlAliases < 0) {
        problems.add(invalid("maxYamlAliases", maxYamlAliases, "a whole number of at least 0"));
      } else {
        options = options.withMaxYamlAliases(maxYamlAliases);
      }
    }
    if (externalRefAllowlist != null) {
      options = options.withExternalRefAllowlist(externalRefAllowlist);
    }
    if (!problems.isEmpty()) {
      throw new MojoFailureException(
          PluginDiagnostics.summary("the configuration of recordgen:generate", problems));
    }
    return options;
  }

  private static Diagnostic invalid(String parameter, Object value, String expected) {
    return new Diagnostic(
        Code.OPTION_INVALID,
        "",
        "<"
            + parameter
            + ">"
            + value
            + "</"
            + parameter
            + "> is not valid: the value must be "
            + expected);
  }

  /** Writes into a temporary sibling folder, then swaps it in for the output folder. */
  private static void replace(Path output, List<SourceFile> files, BuildRecord record)
      throws IOException {
    Path parent = output.getParent();
    Files.createDirectories(parent);
    Path temporary = Files.createTempDirectory(parent, output.getFileName() + ".tmp-");
    try {
      for (SourceFile file : files) {
        Path target = temporary.resolve(file.relativePath()).normalize();
        if (!target.startsWith(temporary)) {
          throw new IOException(
              "refusing to write outside the output folder: " + file.relativePath());
        }
        Files.createDirectories(target.getParent());
        Files.writeString(target, file.content(), StandardCharsets.UTF_8);
      }
      Files.writeString(temporary.resolve(RECORD), record.write(), StandardCharsets.UTF_8);
      Path old = null;
      if (Files.exists(output)) {
        old = Files.createTempDirectory(parent, output.getFileName() + ".old-");
        Files.delete(old);
        move(output, old);
      }
      move(temporary, output);
      temporary = null;
      if (old != null) {
        delete(old);
      }
    } finally {
      if (temporary != null) {
        delete(temporary);
      }
    }
  }

  private static void move(Path from, Path to) throws IOException {
    try {
      Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
    } catch (AtomicMoveNotSupportedException e) {
      Files.move(from, to);
    }
  }

  private static void delete(Path root) throws IOException {
    if (!Files.exists(root)) {
      return;
    }
    try (Stream<Path> walk = Files.walk(root)) {
      for (Path path : walk.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(path);
      }
    }
  }
}

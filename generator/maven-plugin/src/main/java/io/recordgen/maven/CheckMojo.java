package io.recordgen.maven;

import io.recordgen.contract.BreakingChanges;
import io.recordgen.contract.ContractSpec;
import io.recordgen.contract.ExampleRoundTrip;
import io.recordgen.generator.GenerationResult;
import io.recordgen.generator.GeneratorOptions;
import io.recordgen.generator.Recordgen;
import io.recordgen.generator.load.SpecSource;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.jar.JarFile;
import java.util.zip.ZipEntry;
import javax.inject.Inject;
import org.apache.maven.artifact.DependencyResolutionRequiredException;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;
import org.apache.maven.project.MavenProject;
import org.eclipse.aether.RepositorySystem;
import org.eclipse.aether.resolution.ArtifactResolutionException;
import org.jspecify.annotations.Nullable;

/**
 * Checks a spec's contract: the spec generates without error; every example round-trips through
 * the generated records (compiled in this project) and satisfies its schema; and, when a
 * baseline is configured, nothing changed in a way that breaks clients of the baseline
 * (openapi-diff). Any failure fails the build with a readable report.
 *
 * <p>The baseline is a file ({@code baselineFile}) or a spec inside a released artifact ({@code
 * baselineArtifact} as {@code groupId:artifactId:version}, with {@code baselineEntry} the path in
 * its jar, by default the spec resource).
 */
@Mojo(
    name = "check",
    defaultPhase = LifecyclePhase.VERIFY,
    threadSafe = true,
    requiresDependencyResolution = ResolutionScope.TEST)
public final class CheckMojo extends AbstractMojo {
  @Parameter(defaultValue = "${project}", readonly = true, required = true)
  private MavenProject project;

  @Parameter(defaultValue = "${session}", readonly = true, required = true)
  private MavenSession session;

  private final RepositorySystem repositories;

  /** The spec as a file. */
  @Parameter(property = "recordgen.specFile")
  private @Nullable File specFile;

  /** The spec as a resource of the project or on its class path. */
  @Parameter(property = "recordgen.specResource")
  private @Nullable String specResource;

  /** The base package the records were generated under. */
  @Parameter(property = "recordgen.packageName", required = true)
  private String packageName;

  /** The baseline spec as a file. */
  @Parameter(property = "recordgen.baselineFile")
  private @Nullable File baselineFile;

  /** The baseline as a released artifact, {@code groupId:artifactId:version}. */
  @Parameter(property = "recordgen.baselineArtifact")
  private @Nullable String baselineArtifact;

  /** The spec's path inside the baseline artifact; by default {@code specResource}. */
  @Parameter(property = "recordgen.baselineEntry")
  private @Nullable String baselineEntry;

  /** Whether breaking changes fail the build (otherwise they are reported). */
  @Parameter(property = "recordgen.failOnBreakingChanges", defaultValue = "true")
  private boolean failOnBreakingChanges;

  /** Skips the example round-trip (for projects that do not compile the generated code). */
  @Parameter(property = "recordgen.skipExamples", defaultValue = "false")
  private boolean skipExamples;

  /** Skips the goal. */
  @Parameter(property = "recordgen.skip", defaultValue = "false")
  private boolean skip;

  @Inject
  public CheckMojo(RepositorySystem repositories) {
    this.repositories = repositories;
  }

  @Override
  public void execute() throws MojoExecutionException, MojoFailureException {
    if (skip) {
      getLog().info("Recordgen check: skipped");
      return;
    }
    List<String> classpath;
    try {
      classpath = project.getTestClasspathElements();
    } catch (DependencyResolutionRequiredException e) {
      throw new MojoExecutionException("the test class path is not resolved", e);
    }
    GeneratorOptions options = GeneratorOptions.of(packageName);
    SpecSource source =
        SpecInput.read(specFile, specResource, project, classpath, options.load().maxBytes());
    List<String> failures = new ArrayList<>();

    GenerationResult generated = Recordgen.generate(source, options);
    PluginDiagnostics.report(getLog(), generated.diagnostics(), false);
    if (generated.hasErrors()) {
      throw new MojoFailureException(PluginDiagnostics.summary(source.name(), generated.errors()));
    }
    String text = new String(source.content(), StandardCharsets.UTF_8);
    ContractSpec spec = ContractSpec.fromText(source.name(), text);

    if (!skipExamples) {
      try (URLClassLoader loader =
          new URLClassLoader(urls(classpath), getClass().getClassLoader())) {
        ExampleRoundTrip.Report examples =
            ExampleRoundTrip.of(spec, packageName).withClassLoader(loader).run();
        getLog()
            .info(
                "Recordgen check: "
                    + examples.checked()
                    + " examples, "
                    + examples.typed()
                    + " through generated records");
        if (!examples.isClean()) {
          failures.add(examples.toString());
        }
      } catch (IOException e) {
        throw new MojoExecutionException("cannot close the class loader", e);
      }
    }

    String baseline = baseline();
    if (baseline != null) {
      BreakingChanges.Report changes = BreakingChanges.compare(baseline, text);
      if (changes.isBreaking() && failOnBreakingChanges) {
        failures.add(changes.toString());
      } else if (changes.isBreaking()) {
        getLog().warn(changes.toString());
      } else {
        getLog().info("Recordgen check: " + changes);
      }
    }
    if (!failures.isEmpty()) {
      throw new MojoFailureException(
          "Recordgen check failed for " + source.name() + ":\n" + String.join("\n", failures));
    }
  }

  private @Nullable String baseline() throws MojoExecutionException, MojoFailureException {
    if (baselineFile != null) {
      try {
        return Files.readString(baselineFile.toPath(), StandardCharsets.UTF_8);
      } catch (IOException e) {
        throw new MojoFailureException("cannot read the baseline " + baselineFile, e);
      }
    }
    if (baselineArtifact == null) {
      return null;
    }
    String entry = baselineEntry != null ? baselineEntry : specResource;
    if (entry == null) {
      throw new MojoFailureException("set baselineEntry: the spec's path in " + baselineArtifact);
    }
    File jar;
    try {
      jar = Artifacts.resolve(repositories, session, project, baselineArtifact);
    } catch (ArtifactResolutionException | IllegalArgumentException e) {
      throw new MojoFailureException(
          "cannot resolve the baseline " + baselineArtifact + ": " + e.getMessage(), e);
    }
    try (JarFile archive = new JarFile(jar)) {
      ZipEntry found = archive.getEntry(entry.startsWith("/") ? entry.substring(1) : entry);
      if (found == null) {
        throw new MojoFailureException(baselineArtifact + " has no " + entry);
      }
      try (InputStream in = archive.getInputStream(found)) {
        return new String(in.readAllBytes(), StandardCharsets.UTF_8);
      }
    } catch (IOException e) {
      throw new MojoExecutionException("cannot read " + jar, e);
    }
  }

  private static URL[] urls(List<String> classpath) throws MojoExecutionException {
    List<URL> urls = new ArrayList<>();
    for (String element : classpath) {
      try {
        urls.add(new File(element).toURI().toURL());
      } catch (MalformedURLException e) {
        throw new MojoExecutionException("bad class path element " + element, e);
      }
    }
    return urls.toArray(URL[]::new);
  }
}

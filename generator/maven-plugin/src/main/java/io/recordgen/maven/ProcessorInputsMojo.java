package io.recordgen.maven;

import io.recordgen.generator.build.BuildRecord;
import io.recordgen.generator.build.Digests;
import io.recordgen.generator.build.GeneratorJar;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.jar.JarFile;
import java.util.zip.ZipEntry;
import javax.inject.Inject;
import org.apache.maven.artifact.Artifact;
import org.apache.maven.artifact.DependencyResolutionRequiredException;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;
import org.apache.maven.project.MavenProject;
import org.eclipse.aether.RepositorySystem;
import org.eclipse.aether.resolution.ArtifactResolutionException;
import org.jspecify.annotations.Nullable;

/**
 * Makes maven-compiler-plugin run the Recordgen annotation processor again when what it read
 * changed: the spec, an external document, a {@code -Arecordgen.*} option or the processor itself.
 *
 * <p>maven-compiler-plugin decides what to compile from {@code .java} sources and class files
 * only, so an edited spec would otherwise leave the old client in place until {@code mvn clean}.
 * The processor writes a {@link BuildRecord} per annotated element next to its sources; this goal
 * (bound to {@code process-resources}, after the spec was copied to the class output) compares
 * it with the inputs as they are now. When anything differs it deletes the generated sources,
 * their class files and the annotated element's class file, so the compiler plugin finds a stale
 * source and compiles the module again; when nothing differs it changes nothing and the compile
 * is skipped as usual.
 */
@Mojo(
    name = "processor-inputs",
    defaultPhase = LifecyclePhase.PROCESS_RESOURCES,
    threadSafe = true,
    requiresDependencyResolution = ResolutionScope.COMPILE)
public final class ProcessorInputsMojo extends AbstractMojo {
  private static final String RECORDS = "META-INF/recordgen";
  private static final String PROCESSOR_GROUP = "io.recordgen";
  private static final String PROCESSOR_ARTIFACT = "recordgen-processor";
  private static final String COMPILER_PLUGIN = "org.apache.maven.plugins:maven-compiler-plugin";

  private final RepositorySystem repositories;

  @Parameter(defaultValue = "${project}", readonly = true, required = true)
  private MavenProject project;

  @Parameter(defaultValue = "${session}", readonly = true, required = true)
  private MavenSession session;

  /** Where the compiler plugin has the processor write sources (its own default). */
  @Parameter(defaultValue = "${project.build.directory}/generated-sources/annotations")
  private File generatedSourcesDirectory;

  /** The class output of the compilation. */
  @Parameter(defaultValue = "${project.build.outputDirectory}")
  private File classesDirectory;

  /** Skips the goal. */
  @Parameter(property = "recordgen.skip", defaultValue = "false")
  private boolean skip;

  @Inject
  public ProcessorInputsMojo(RepositorySystem repositories) {
    this.repositories = repositories;
  }

  @Override
  public void execute() throws MojoExecutionException {
    if (skip) {
      getLog().info("Recordgen: skipped");
      return;
    }
    Path records = generatedSourcesDirectory.toPath().resolve(RECORDS);
    if (!Files.isDirectory(records)) {
      getLog().debug("Recordgen: no processor output yet in " + generatedSourcesDirectory);
      return;
    }
    CompilerSettings compiler = CompilerSettings.of(project, COMPILER_PLUGIN);
    List<String> processorJars = processorJars(compiler);
    try (DirectoryStream<Path> files = Files.newDirectoryStream(records, "*.record")) {
      for (Path file : files) {
        check(file, compiler, processorJars);
      }
    } catch (IOException e) {
      throw new MojoExecutionException("cannot read the build records in " + records, e);
    }
  }

  private void check(Path file, CompilerSettings compiler, List<String> processorJars)
      throws IOException, MojoExecutionException {
    BuildRecord record = BuildRecord.read(file);
    String element = file.getFileName().toString().replaceAll("\\.record$", "");
    if (element.endsWith(".package-info")) {
      element = "package " + element.substring(0, element.length() - ".package-info".length());
    }
    List<String> changes = new ArrayList<>();
    if (record == null) {
      changes.add("its build record was written by another version");
    } else {
      changes.addAll(changes(record, compiler, processorJars));
    }
    if (changes.isEmpty()) {
      getLog()
          .info(
              "Recordgen: "
                  + record.spec()
                  + ", its options and the processor are unchanged since "
                  + element
                  + " was compiled");
      return;
    }
    Path sources = generatedSourcesDirectory.toPath();
    Path classes = classesDirectory.toPath();
    int deleted = 0;
    if (record != null) {
      deleted += GeneratedOutput.deleteSources(sources, record.types());
      deleted += GeneratedOutput.deleteClasses(classes, record.types());
      if (record.elementClass() != null) {
        deleted +=
            Files.deleteIfExists(GeneratedOutput.inside(classes, record.elementClass())) ? 1 : 0;
      }
    }
    Files.delete(file);
    getLog()
        .info(
            "Recordgen: "
                + String.join("; ", changes)
                + ". Removed "
                + deleted
                + " generated files so that "
                + element
                + " is compiled and generated again");
  }

  private List<String> changes(
      BuildRecord record, CompilerSettings compiler, List<String> processorJars)
      throws MojoExecutionException {
    List<String> changes = new ArrayList<>();
    String spec = specDigest(record.spec(), record.specRoot());
    if (spec == null) {
      changes.add(record.spec() + " is no longer found");
    } else if (!spec.equals(record.specSha256())) {
      changes.add(record.spec() + " changed");
    }
    for (BuildRecord.FileInput companion : record.companions()) {
      String digest = specDigest(companion.path(), record.specRoot());
      if (digest == null) {
        changes.add(companion.path() + " is no longer found");
      } else if (!digest.equals(companion.sha256())) {
        changes.add(companion.path() + " changed");
      }
    }
    String options = compiler.processorOptionsFingerprint();
    if (options != null && !options.equals(record.options())) {
      changes.add("the -Arecordgen options changed");
    }
    changes.addAll(record.changedFiles());
    List<String> recorded = record.generator().stream().map(GeneratorJar::path).toList();
    for (String jar : processorJars) {
      if (!recorded.contains(jar)) {
        changes.add("the processor is now " + jar);
      }
    }
    return changes;
  }

  /**
   * The digest of the spec as javac will find it: on the compile class path (the class output,
   * where the resources were just copied, comes first), then under the spec root.
   */
  private @Nullable String specDigest(String name, @Nullable String specRoot)
      throws MojoExecutionException {
    String resource = name.startsWith("/") ? name.substring(1) : name;
    List<String> classpath;
    try {
      classpath = project.getCompileClasspathElements();
    } catch (DependencyResolutionRequiredException e) {
      throw new MojoExecutionException("the compile class path is not resolved", e);
    }
    try {
      for (String element : classpath) {
        Path path = Path.of(element);
        if (Files.isDirectory(path)) {
          Path candidate = path.resolve(resource).normalize();
          if (candidate.startsWith(path) && Files.isRegularFile(candidate)) {
            return Digests.sha256(candidate);
          }
        } else if (Files.isRegularFile(path)) {
          try (JarFile jar = new JarFile(path.toFile())) {
            ZipEntry entry = jar.getEntry(resource);
            if (entry != null) {
              try (InputStream in = jar.getInputStream(entry)) {
                return Digests.sha256(in.readAllBytes());
              }
            }
          }
        }
      }
      if (specRoot != null) {
        Path root = Path.of(specRoot).toAbsolutePath().normalize();
        Path file = root.resolve(name).normalize();
        if (file.startsWith(root) && Files.isRegularFile(file)) {
          return Digests.sha256(file);
        }
      }
    } catch (IOException e) {
      return null; // unreadable now: the processor will say why
    }
    return null;
  }

  /**
   * The processor jar the compiler will run: from the compiler plugin's {@code
   * annotationProcessorPaths}, or from the compile class path. A new version has a new path; a
   * rebuilt SNAPSHOT keeps its path and is caught by the recorded size and time. A folder (a
   * module of the same reactor, compiled but not packaged) has no jar to compare.
   */
  private List<String> processorJars(CompilerSettings compiler) {
    List<String> jars = new ArrayList<>();
    for (String coordinates : compiler.processorPath(PROCESSOR_GROUP, PROCESSOR_ARTIFACT)) {
      try {
        File jar = Artifacts.resolve(repositories, session, project, coordinates);
        if (jar != null && jar.isFile()) {
          jars.add(jar.toPath().toAbsolutePath().toString());
        }
      } catch (ArtifactResolutionException | IllegalArgumentException e) {
        getLog().debug("Recordgen: cannot resolve " + coordinates + ": " + e.getMessage());
      }
    }
    for (Artifact artifact : project.getArtifacts()) {
      if (artifact.getGroupId().equals(PROCESSOR_GROUP)
          && artifact.getArtifactId().equals(PROCESSOR_ARTIFACT)
          && artifact.getFile() != null
          && artifact.getFile().isFile()) {
        jars.add(artifact.getFile().toPath().toAbsolutePath().toString());
      }
    }
    return jars;
  }
}

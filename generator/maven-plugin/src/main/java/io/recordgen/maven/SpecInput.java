package io.recordgen.maven;

import io.recordgen.generator.diag.Code;
import io.recordgen.generator.load.SpecSource;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.project.MavenProject;
import org.jspecify.annotations.Nullable;

/**
 * Reads the spec a goal is configured with: a file ({@code specFile}), or a resource ({@code
 * specResource}) looked up in the project's resource folders and then on its compile class path,
 * as the annotation processor looks it up.
 */
final class SpecInput {
  private SpecInput() {}

  static SpecSource read(
      @Nullable File file,
      @Nullable String resource,
      MavenProject project,
      List<String> classpath,
      long maxBytes)
      throws MojoFailureException {
    if ((file == null) == (resource == null)) {
      throw PluginDiagnostics.failure(
          Code.SPEC_NOT_FOUND, "configure exactly one of specFile and specResource");
    }
    if (file != null) {
      Path path = file.toPath().toAbsolutePath();
      if (!Files.isRegularFile(path)) {
        throw PluginDiagnostics.failure(
            Code.SPEC_NOT_FOUND, "spec file " + path + " does not exist");
      }
      return new SpecSource(path.getFileName().toString(), bytes(path, maxBytes), path.getParent());
    }
    String name = resource.startsWith("/") ? resource.substring(1) : resource;
    for (org.apache.maven.model.Resource folder : project.getResources()) {
      Path candidate = Path.of(folder.getDirectory()).resolve(name);
      if (Files.isRegularFile(candidate)) {
        return new SpecSource(candidate.getFileName().toString(), bytes(candidate, maxBytes), null);
      }
    }
    List<URL> urls = new ArrayList<>();
    for (String element : classpath) {
      try {
        urls.add(new File(element).toURI().toURL());
      } catch (MalformedURLException e) {
        throw PluginDiagnostics.failure(
            Code.SPEC_UNREADABLE, "bad class path element " + element, e);
      }
    }
    try (URLClassLoader loader = new URLClassLoader(urls.toArray(URL[]::new), null)) {
      URL found = loader.getResource(name);
      if (found == null) {
        throw PluginDiagnostics.failure(
            Code.SPEC_NOT_FOUND,
            "spec \""
                + name
                + "\" not found in the "
                + "resources or on the compile class path of "
                + project.getArtifactId());
      }
      try (InputStream in = found.openStream()) {
        byte[] content = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
        return new SpecSource(name.substring(name.lastIndexOf('/') + 1), content, null);
      }
    } catch (IOException e) {
      throw PluginDiagnostics.failure(
          Code.SPEC_UNREADABLE, "spec \"" + name + "\" cannot be read: " + e.getMessage(), e);
    }
  }

  private static byte[] bytes(Path path, long maxBytes) throws MojoFailureException {
    try {
      if (Files.size(path) > maxBytes) {
        return Files.newInputStream(path)
            .readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
      }
      return Files.readAllBytes(path);
    } catch (IOException e) {
      throw PluginDiagnostics.failure(
          Code.SPEC_UNREADABLE, "spec " + path + " cannot be read: " + e.getMessage(), e);
    }
  }
}

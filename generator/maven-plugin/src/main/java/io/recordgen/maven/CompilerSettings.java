package io.recordgen.maven;

import io.recordgen.generator.build.ProcessorArguments;
import java.util.ArrayList;
import java.util.List;
import org.apache.maven.model.Dependency;
import org.apache.maven.model.Plugin;
import org.apache.maven.model.PluginExecution;
import org.apache.maven.project.MavenProject;
import org.codehaus.plexus.util.xml.Xpp3Dom;
import org.jspecify.annotations.Nullable;

/**
 * What the project's compiler plugin is configured with, read from the (interpolated) model: its
 * {@code annotationProcessorPaths} and its compiler arguments, at plugin level and in the {@code
 * default-compile} execution.
 */
final class CompilerSettings {
  private final List<Xpp3Dom> configurations;
  private final MavenProject project;

  private CompilerSettings(List<Xpp3Dom> configurations, MavenProject project) {
    this.configurations = configurations;
    this.project = project;
  }

  static CompilerSettings of(MavenProject project, String pluginKey) {
    List<Xpp3Dom> configurations = new ArrayList<>();
    for (Plugin plugin : project.getBuildPlugins()) {
      if (!plugin.getKey().equals(pluginKey)) {
        continue;
      }
      if (plugin.getConfiguration() instanceof Xpp3Dom dom) {
        configurations.add(dom);
      }
      for (PluginExecution execution : plugin.getExecutions()) {
        if (execution.getId().equals("default-compile")
            && execution.getConfiguration() instanceof Xpp3Dom dom) {
          configurations.add(dom);
        }
      }
    }
    return new CompilerSettings(configurations, project);
  }

  /** {@code groupId:artifactId[:extension[:classifier]]:version} of each matching path. */
  List<String> processorPath(String groupId, String artifactId) {
    List<String> found = new ArrayList<>();
    for (Xpp3Dom configuration : configurations) {
      Xpp3Dom paths = configuration.getChild("annotationProcessorPaths");
      if (paths == null) {
        continue;
      }
      for (Xpp3Dom path : paths.getChildren()) {
        if (!groupId.equals(text(path, "groupId"))
            || !artifactId.equals(text(path, "artifactId"))) {
          continue;
        }
        String version = text(path, "version");
        if (version == null) {
          version = managedVersion(groupId, artifactId);
        }
        if (version == null) {
          continue;
        }
        String type = text(path, "type");
        String classifier = text(path, "classifier");
        found.add(
            groupId
                + ":"
                + artifactId
                + ":"
                + (type == null ? "jar" : type)
                + (classifier == null ? "" : ":" + classifier)
                + ":"
                + version);
      }
    }
    return found;
  }

  /** {@link ProcessorArguments#fingerprint} of the {@code -A} compiler arguments. */
  String processorOptionsFingerprint() {
    List<String> arguments = new ArrayList<>();
    for (Xpp3Dom configuration : configurations) {
      Xpp3Dom args = configuration.getChild("compilerArgs");
      if (args != null) {
        for (Xpp3Dom arg : args.getChildren()) {
          if (arg.getValue() != null) {
            arguments.add(arg.getValue());
          }
        }
      }
      String argument = text(configuration, "compilerArgument");
      if (argument != null) {
        arguments.addAll(List.of(argument.trim().split("\\s+")));
      }
    }
    return ProcessorArguments.fingerprint(ProcessorArguments.fromCompilerArguments(arguments));
  }

  private @Nullable String managedVersion(String groupId, String artifactId) {
    if (project.getDependencyManagement() == null) {
      return null;
    }
    for (Dependency dependency : project.getDependencyManagement().getDependencies()) {
      if (dependency.getGroupId().equals(groupId)
          && dependency.getArtifactId().equals(artifactId)) {
        return dependency.getVersion();
      }
    }
    return null;
  }

  private static @Nullable String text(Xpp3Dom parent, String child) {
    Xpp3Dom node = parent.getChild(child);
    if (node == null || node.getValue() == null || node.getValue().isBlank()) {
      return null;
    }
    return node.getValue().trim();
  }
}

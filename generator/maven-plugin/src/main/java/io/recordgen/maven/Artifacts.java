package io.recordgen.maven;

import java.io.File;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.project.MavenProject;
import org.eclipse.aether.RepositorySystem;
import org.eclipse.aether.artifact.DefaultArtifact;
import org.eclipse.aether.resolution.ArtifactRequest;
import org.eclipse.aether.resolution.ArtifactResolutionException;

/** Resolves an artifact by its coordinates from the project's repositories, as a build does. */
final class Artifacts {
  private Artifacts() {}

  /**
   * The file of {@code groupId:artifactId[:extension[:classifier]]:version}.
   *
   * @throws ArtifactResolutionException if no repository has it
   * @throws IllegalArgumentException if the coordinates are malformed
   */
  static File resolve(
      RepositorySystem repositories, MavenSession session, MavenProject project, String coordinates)
      throws ArtifactResolutionException {
    ArtifactRequest request =
        new ArtifactRequest(
            new DefaultArtifact(coordinates), project.getRemoteProjectRepositories(), null);
    return repositories
        .resolveArtifact(session.getRepositorySession(), request)
        .getArtifact()
        .getFile();
  }
}

package io.recordgen.generator.emit;

import java.util.Objects;

/**
 * One generated compilation unit.
 *
 * @param packageName its package
 * @param simpleName the top-level type's simple name ({@code package-info} for package docs)
 * @param content the source text
 */
public record SourceFile(String packageName, String simpleName, String content) {
  public SourceFile {
    Objects.requireNonNull(packageName, "packageName");
    Objects.requireNonNull(simpleName, "simpleName");
    Objects.requireNonNull(content, "content");
  }

  /** The qualified name of the type, as {@code javax.annotation.processing.Filer} wants it. */
  public String qualifiedName() {
    return packageName.isEmpty() ? simpleName : packageName + "." + simpleName;
  }

  /** The path under a source root, with {@code /} separators. */
  public String relativePath() {
    return packageName.replace('.', '/') + "/" + simpleName + ".java";
  }
}

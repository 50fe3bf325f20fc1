package io.recordgen.generator.load;

import java.util.List;

/**
 * Limits that admit every real spec and stop hostile ones, and the external-reference allowlist.
 *
 * <p>Swagger Parser on its own refuses YAML above 3 MiB of code points (a real 3.5 MB management
 * API fails that way) yet expands YAML aliases without limit (a billion-laughs document exhausts
 * memory). Recordgen reads the document itself, before Swagger Parser sees it, with these
 * limits instead.
 *
 * @param maxBytes the largest document accepted, in bytes (default 64 MiB; the largest public
 *     spec in the test corpus is about 8 MB)
 * @param maxDepth the deepest nesting of objects and arrays (default 256)
 * @param maxYamlAliases the most YAML aliases to collections (default 1,000)
 * @param maxNodes the most JSON nodes after alias expansion (default 4 per input byte plus
 *     100,000), which stops alias bombs whatever their alias count
 * @param externalRefAllowlist prefixes of {@code $ref}s that may leave the document, such as
 *     {@code https://schemas.example.com/}; empty by default, so any external reference is an
 *     error before any I/O happens
 */
public record LoadOptions(
    long maxBytes,
    int maxDepth,
    int maxYamlAliases,
    long maxNodes,
    List<String> externalRefAllowlist) {

  /** Default largest document. */
  public static final long DEFAULT_MAX_BYTES = 64L * 1024 * 1024;

  /** Default deepest nesting. */
  public static final int DEFAULT_MAX_DEPTH = 256;

  /** Default most YAML aliases. */
  public static final int DEFAULT_MAX_YAML_ALIASES = 1_000;

  public LoadOptions {
    externalRefAllowlist = List.copyOf(externalRefAllowlist);
    if (maxBytes <= 0 || maxDepth <= 0 || maxYamlAliases < 0) {
      throw new IllegalArgumentException("limits must be positive");
    }
  }

  /** The defaults. */
  public static LoadOptions defaults() {
    return new LoadOptions(
        DEFAULT_MAX_BYTES, DEFAULT_MAX_DEPTH, DEFAULT_MAX_YAML_ALIASES, -1, List.of());
  }

  /** The node limit for a document of {@code bytes} bytes. */
  public long nodeLimit(long bytes) {
    return maxNodes > 0 ? maxNodes : 4 * bytes + 100_000;
  }

  /** A copy with another byte limit. */
  public LoadOptions withMaxBytes(long value) {
    return new LoadOptions(value, maxDepth, maxYamlAliases, maxNodes, externalRefAllowlist);
  }

  /** A copy with another depth limit. */
  public LoadOptions withMaxDepth(int value) {
    return new LoadOptions(maxBytes, value, maxYamlAliases, maxNodes, externalRefAllowlist);
  }

  /** A copy with another alias limit. */
  public LoadOptions withMaxYamlAliases(int value) {
    return new LoadOptions(maxBytes, maxDepth, value, maxNodes, externalRefAllowlist);
  }

  /** A copy with another node limit. */
  public LoadOptions withMaxNodes(long value) {
    return new LoadOptions(maxBytes, maxDepth, maxYamlAliases, value, externalRefAllowlist);
  }

  /** A copy that lets {@code $ref}s starting with these prefixes leave the document. */
  public LoadOptions withExternalRefAllowlist(List<String> prefixes) {
    return new LoadOptions(maxBytes, maxDepth, maxYamlAliases, maxNodes, prefixes);
  }
}

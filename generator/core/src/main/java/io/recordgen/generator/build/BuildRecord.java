package io.recordgen.generator.build;

import io.recordgen.generator.GenerationResult;
import io.recordgen.generator.emit.SourceFile;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The inputs and outputs of one generation, written next to the output so that the next build
 * can tell whether anything changed: the spec's digest, the options, the generator's jars, every
 * external file a {@code $ref} read, and the top-level types written.
 *
 * <p>The text form is one field per line, {@code key<TAB>value...}, in a fixed order, so a record
 * is deterministic and a person can read it. Values escape backslash, tab and line breaks.
 *
 * @param spec the spec as configured (a resource name or a file)
 * @param specSha256 the digest of the spec's bytes
 * @param options {@link io.recordgen.generator.GeneratorOptions#fingerprint()}
 * @param generator the jars of the generator that ran
 * @param external external files read through allowlisted {@code $ref}s
 * @param types the qualified names of the top-level types written
 * @param specRoot the processor's {@code recordgen.specRoot}, if set
 * @param elementClass the class file (relative to the class output) of the element that asked for
 *     the generation, for the annotation processor
 * @param companions the overlays and the configuration, by the name they were found under (like
 *     the spec's) and the digest of what was read
 */
public record BuildRecord(
    String spec,
    String specSha256,
    String options,
    List<GeneratorJar> generator,
    List<FileInput> external,
    List<String> types,
    @Nullable String specRoot,
    @Nullable String elementClass,
    List<FileInput> companions) {

  private static final String HEADER = "recordgen-build-record\t1";

  public BuildRecord {
    Objects.requireNonNull(spec, "spec");
    Objects.requireNonNull(specSha256, "specSha256");
    Objects.requireNonNull(options, "options");
    generator = List.copyOf(generator);
    external = List.copyOf(external);
    types = List.copyOf(types);
    companions = List.copyOf(companions);
  }

  /** A record without companion files. */
  public BuildRecord(
      String spec,
      String specSha256,
      String options,
      List<GeneratorJar> generator,
      List<FileInput> external,
      List<String> types,
      @Nullable String specRoot,
      @Nullable String elementClass) {
    this(spec, specSha256, options, generator, external, types, specRoot, elementClass, List.of());
  }

  /** A copy that also records these overlays and configuration files. */
  public BuildRecord withCompanions(List<FileInput> value) {
    return new BuildRecord(
        spec, specSha256, options, generator, external, types, specRoot, elementClass, value);
  }

  /**
   * An external file and the digest of the content that was read.
   *
   * @param path the absolute path
   * @param sha256 the digest of what was read
   */
  public record FileInput(String path, String sha256) {

    /** Whether the file still has the content that was read. */
    public boolean unchanged() {
      try {
        return Digests.sha256(Path.of(path)).equals(sha256);
      } catch (IOException | RuntimeException e) {
        return false;
      }
    }
  }

  /**
   * The record of a successful generation.
   *
   * @param spec the spec as configured
   * @param content the spec's bytes
   * @param options the options it was generated with, as text that changes when they do
   * @param result what the generation read and wrote
   * @param generator the generator's jars, {@link GeneratorJar#of}
   */
  public static BuildRecord of(
      String spec,
      byte[] content,
      String options,
      GenerationResult result,
      List<GeneratorJar> generator,
      @Nullable String specRoot,
      @Nullable String elementClass) {
    List<FileInput> external = new ArrayList<>();
    for (URI document : result.externalDocuments()) {
      if ("file".equalsIgnoreCase(document.getScheme())) {
        Path path = Path.of(document);
        String sha;
        try {
          sha = Digests.sha256(path);
        } catch (IOException e) {
          sha = "unreadable"; // never equal to a digest: the next build regenerates
        }
        external.add(new FileInput(path.toString(), sha));
      }
    }
    List<String> types = new ArrayList<>();
    for (SourceFile file : result.files()) {
      types.add(file.qualifiedName());
    }
    return new BuildRecord(
        spec, Digests.sha256(content), options, generator, external, types, specRoot, elementClass);
  }

  /**
   * What changed among the inputs that can be checked from the record alone: external files,
   * and generator jars that were replaced or removed. Empty when nothing did.
   */
  public List<String> changedFiles() {
    List<String> changes = new ArrayList<>();
    for (FileInput input : external) {
      if (!input.unchanged()) {
        changes.add("the external document " + input.path() + " changed");
      }
    }
    for (GeneratorJar jar : generator) {
      if (!jar.unchanged()) {
        changes.add("the generator jar " + jar.path() + " changed");
      }
    }
    return changes;
  }

  /** The record as text. */
  public String write() {
    StringBuilder out = new StringBuilder(HEADER).append('\n');
    line(out, "spec", spec);
    line(out, "spec-sha256", specSha256);
    line(out, "options", options);
    if (specRoot != null) {
      line(out, "spec-root", specRoot);
    }
    if (elementClass != null) {
      line(out, "element-class", elementClass);
    }
    for (GeneratorJar jar : generator) {
      line(out, "generator", jar.path(), Long.toString(jar.size()), Long.toString(jar.modified()));
    }
    for (FileInput input : external) {
      line(out, "external", input.path(), input.sha256());
    }
    for (FileInput companion : companions) {
      line(out, "companion", companion.path(), companion.sha256());
    }
    for (String type : types) {
      line(out, "type", type);
    }
    return out.toString();
  }

  /** Reads a record, or {@code null} when the file is missing or not a record of this version. */
  public static @Nullable BuildRecord read(Path file) {
    try {
      return Files.isRegularFile(file) ? parse(Files.readString(file)) : null;
    } catch (IOException | RuntimeException e) {
      return null;
    }
  }

  /** Parses {@link #write()}'s text, or returns {@code null} if it is not such a record. */
  public static @Nullable BuildRecord parse(String text) {
    String[] lines = text.split("\n", -1);
    if (lines.length == 0 || !lines[0].equals(HEADER)) {
      return null;
    }
    String spec = null;
    String sha = null;
    String options = null;
    String specRoot = null;
    String elementClass = null;
    List<GeneratorJar> generator = new ArrayList<>();
    List<FileInput> external = new ArrayList<>();
    List<String> types = new ArrayList<>();
    List<FileInput> companions = new ArrayList<>();
    try {
      for (int i = 1; i < lines.length; i++) {
        if (lines[i].isEmpty()) {
          continue;
        }
        String[] fields = lines[i].split("\t", -1);
        for (int f = 0; f < fields.length; f++) {
          fields[f] = unescape(fields[f]);
        }
        switch (fields[0]) {
          case "spec" -> spec = fields[1];
          case "spec-sha256" -> sha = fields[1];
          case "options" -> options = fields[1];
          case "spec-root" -> specRoot = fields[1];
          case "element-class" -> elementClass = fields[1];
          case "generator" ->
              generator.add(
                  new GeneratorJar(
                      fields[1], Long.parseLong(fields[2]), Long.parseLong(fields[3])));
          case "external" -> external.add(new FileInput(fields[1], fields[2]));
          case "companion" -> companions.add(new FileInput(fields[1], fields[2]));
          case "type" -> types.add(fields[1]);
          default -> {
            return null; // written by another version: treat as no record
          }
        }
      }
    } catch (RuntimeException e) {
      return null;
    }
    if (spec == null || sha == null || options == null) {
      return null;
    }
    return new BuildRecord(
        spec, sha, options, generator, external, types, specRoot, elementClass, companions);
  }

  private static void line(StringBuilder out, String key, String... values) {
    out.append(key);
    for (String value : values) {
      out.append('\t').append(escape(value));
    }
    out.append('\n');
  }

  private static String escape(String value) {
    StringBuilder out = new StringBuilder(value.length());
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      switch (c) {
        case '\\' -> out.append("\\\\");
        case '\t' -> out.append("\\t");
        case '\n' -> out.append("\\n");
        case '\r' -> out.append("\\r");
        default -> out.append(c);
      }
    }
    return out.toString();
  }

  private static String unescape(String value) {
    if (value.indexOf('\\') < 0) {
      return value;
    }
    StringBuilder out = new StringBuilder(value.length());
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (c != '\\' || i + 1 == value.length()) {
        out.append(c);
        continue;
      }
      char next = value.charAt(++i);
      out.append(
          switch (next) {
            case 't' -> '\t';
            case 'n' -> '\n';
            case 'r' -> '\r';
            default -> next;
          });
    }
    return out.toString();
  }
}

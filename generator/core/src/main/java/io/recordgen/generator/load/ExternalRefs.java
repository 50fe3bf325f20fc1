package io.recordgen.generator.load;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import io.recordgen.generator.diag.Code;
import io.recordgen.generator.diag.Diagnostics;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;

/**
 * Brings allowlisted external references into the document, so that everything after loading
 * sees one self-contained tree. Only references under a prefix of {@link
 * LoadOptions#externalRefAllowlist()} are followed; the {@link
 * RefScanner} has already refused every other one, before any I/O, and a reference whose
 * resolved location is not under a resolved prefix ({@code schemas/../../x.yaml}) is refused here,
 * before it is read.
 *
 * <p>The target of each reference is copied under {@code components} of the document ({@code
 * common.yaml#/components/schemas/Money} becomes {@code #/components/schemas/Money}, renamed on a
 * clash; a target elsewhere becomes a schema named after its last segment), and the reference is
 * rewritten to point at the copy. References inside a copied target are resolved the same way,
 * relative to its own document, so recursive external schemas work. Each external document is
 * read once, with the same limits as the spec; an {@code https:} or {@code http:} document is
 * fetched with a 10 second timeout, no redirects and the size limit.
 */
final class ExternalRefs {
  private static final int MAX_DOCUMENTS = 64;

  private final ObjectNode root;
  private final @Nullable Path directory;
  private final LoadOptions options;
  private final Diagnostics diagnostics;
  private final Consumer<URI> read;
  private final Map<URI, @Nullable JsonNode> documents = new HashMap<>();
  private final Map<String, String> copies = new HashMap<>();
  private final Deque<Work> work = new ArrayDeque<>();

  /**
   * A reference to resolve.
   *
   * @param holder the object with the {@code $ref}
   * @param site the pointer of the {@code $ref}, for diagnostics
   * @param base what it is relative to
   * @param sameDocument whether it points into the document it was copied from, which the
   *     allowlist admitted already
   */
  private record Work(ObjectNode holder, String site, @Nullable URI base, boolean sameDocument) {}

  ExternalRefs(
      ObjectNode root,
      @Nullable Path directory,
      LoadOptions options,
      Diagnostics diagnostics,
      Consumer<URI> read) {
    this.root = root;
    this.read = read;
    this.directory = directory;
    this.options = options;
    this.diagnostics = diagnostics;
  }

  /** Resolves every external reference at the given sites of the main document. */
  void resolve(List<String> sites) {
    for (String site : sites) {
      String holderPointer = site.substring(0, site.length() - "/$ref".length());
      if (root.at(holderPointer) instanceof ObjectNode holder) {
        work.add(new Work(holder, site, directory == null ? null : directory.toUri(), false));
      }
    }
    while (!work.isEmpty()) {
      Work next = work.poll();
      resolve(next);
    }
  }

  private void resolve(Work item) {
    String text = item.holder().path("$ref").asText();
    int hash = text.indexOf('#');
    String location = hash < 0 ? text : text.substring(0, hash);
    String fragment = hash < 0 ? "" : Pointers.decodeLeniently(text.substring(hash + 1));
    URI target;
    try {
      target = location.isEmpty() ? item.base() : resolveAgainst(item.base(), location);
    } catch (IllegalArgumentException e) {
      diagnostics.report(
          Code.REF_MALFORMED, item.site(), "$ref \"" + text + "\" is not a valid URI reference");
      return;
    }
    if (target == null) {
      diagnostics.report(
          Code.REF_UNRESOLVED,
          item.site(),
          "$ref \""
              + text
              + "\" is relative, but the spec was not read from a folder it could be relative to");
      return;
    }
    if (!item.sameDocument() && !allowed(target)) {
      diagnostics.report(
          Code.REF_EXTERNAL,
          item.site(),
          "$ref \""
              + text
              + "\" resolves to "
              + target
              + ", which no prefix of the allowlist admits");
      return;
    }
    String key = target + "#" + fragment;
    String copy = copies.get(key);
    if (copy == null) {
      JsonNode document = document(target, item.site());
      if (document == null) {
        return;
      }
      JsonNode node = fragment.isEmpty() ? document : document.at(fragment);
      if (node.isMissingNode()) {
        diagnostics.report(
            Code.REF_UNRESOLVED,
            item.site(),
            "$ref \"" + text + "\" points to nothing in " + target);
        return;
      }
      copy = place(node.deepCopy(), fragment, target);
      copies.put(key, copy);
      queueNested(root.at(copy), copy, target);
    }
    item.holder().set("$ref", TextNode.valueOf("#" + copy));
  }

  /** The absolute location; {@link IllegalArgumentException} for bad syntax. */
  private static @Nullable URI resolveAgainst(@Nullable URI base, String location) {
    URI uri = URI.create(location.replace('\\', '/'));
    if (uri.isAbsolute()) {
      return uri.normalize();
    }
    return base == null ? null : base.resolve(uri).normalize();
  }

  /**
   * Whether the resolved target is under an allowlisted prefix, itself resolved against the
   * spec's folder: {@code schemas/} admits {@code schemas/money.yaml} but not {@code
   * schemas/../../secret.yaml}, whatever the text of the reference.
   */
  private boolean allowed(URI target) {
    for (String prefix : options.externalRefAllowlist()) {
      URI resolved;
      try {
        resolved = resolveAgainst(directory == null ? null : directory.toUri(), prefix);
      } catch (IllegalArgumentException e) {
        continue;
      }
      if (resolved != null && target.toString().startsWith(resolved.toString())) {
        return true;
      }
    }
    return false;
  }

  /** Copies a target under {@code components}, returning the pointer of the copy. */
  private String place(JsonNode node, String fragment, URI document) {
    String[] tokens = fragment.split("/");
    String section = "schemas";
    String name;
    if (tokens.length == 4 && tokens[1].equals("components")) {
      section = Pointers.unescape(tokens[2]);
      name = Pointers.unescape(tokens[3]);
    } else if (tokens.length > 1) {
      name = Pointers.unescape(tokens[tokens.length - 1]);
    } else {
      String path = document.getPath() == null ? "External" : document.getPath();
      name = path.substring(path.lastIndexOf('/') + 1).replaceAll("\\.[^.]*$", "");
    }
    ObjectNode components =
        root.has("components") && root.get("components").isObject()
            ? (ObjectNode) root.get("components")
            : root.putObject("components");
    ObjectNode target =
        components.has(section) && components.get(section).isObject()
            ? (ObjectNode) components.get(section)
            : components.putObject(section);
    String unique = name;
    for (int i = 2; target.has(unique); i++) {
      unique = name + i;
    }
    target.set(unique, node);
    return "/components/" + Pointers.escape(section) + "/" + Pointers.escape(unique);
  }

  /** Finds references inside a copy and queues them, relative to the copy's own document. */
  private void queueNested(JsonNode node, String pointer, URI document) {
    Deque<Map.Entry<JsonNode, String>> stack = new ArrayDeque<>();
    stack.push(Map.entry(node, pointer));
    while (!stack.isEmpty()) {
      Map.Entry<JsonNode, String> entry = stack.pop();
      JsonNode current = entry.getKey();
      if (current instanceof ObjectNode object) {
        JsonNode ref = object.get("$ref");
        if (ref != null && ref.isTextual()) {
          String text = ref.asText();
          // A local reference of the copied document refers into that document.
          boolean local = text.startsWith("#");
          if (local) {
            object.set("$ref", TextNode.valueOf(document + text));
          }
          work.add(new Work(object, entry.getValue() + "/$ref", document, local));
        }
        object
            .properties()
            .forEach(
                field -> {
                  if (!field.getKey().equals("$ref")
                      && !field.getKey().equals("example")
                      && !field.getKey().equals("default")
                      && !field.getKey().startsWith("x-")) {
                    stack.push(
                        Map.entry(
                            field.getValue(), Pointers.child(entry.getValue(), field.getKey())));
                  }
                });
      } else if (current.isArray()) {
        for (int i = 0; i < current.size(); i++) {
          stack.push(Map.entry(current.get(i), Pointers.child(entry.getValue(), i)));
        }
      }
    }
  }

  /** Reads an external document once, with the spec's limits. */
  private @Nullable JsonNode document(URI uri, String site) {
    if (documents.containsKey(uri)) {
      return documents.get(uri);
    }
    JsonNode tree = null;
    if (documents.size() >= MAX_DOCUMENTS) {
      diagnostics.report(
          Code.REF_EXTERNAL,
          site,
          "more than " + MAX_DOCUMENTS + " external documents; " + uri + " is not read");
    } else {
      byte[] bytes = fetch(uri, site);
      if (bytes != null) {
        read.accept(uri);
        Diagnostics local = new Diagnostics();
        tree = new DocumentReader(options, local).read(new SpecSource(uri.toString(), bytes, null));
        local.all().forEach(d -> diagnostics.report(d.code(), site, uri + ": " + d.message()));
      }
    }
    documents.put(uri, tree);
    return tree;
  }

  private byte @Nullable [] fetch(URI uri, String site) {
    String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
    try {
      if (scheme.equals("file")) {
        Path path = Path.of(uri);
        if (Files.size(path) > options.maxBytes()) {
          diagnostics.report(
              Code.SPEC_TOO_LARGE, site, uri + " is larger than " + options.maxBytes() + " bytes");
          return null;
        }
        return Files.readAllBytes(path);
      }
      if (scheme.equals("https") || scheme.equals("http")) {
        HttpClient client =
            HttpClient.newBuilder()
                .connectTimeout(Duration.ofSeconds(10))
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
        HttpResponse<InputStream> response =
            client.send(
                HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(10)).GET().build(),
                HttpResponse.BodyHandlers.ofInputStream());
        try (InputStream body = response.body()) {
          if (response.statusCode() != 200) {
            diagnostics.report(
                Code.REF_UNRESOLVED, site, uri + " answered " + response.statusCode());
            return null;
          }
          byte[] bytes =
              body.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, options.maxBytes() + 1));
          if (bytes.length > options.maxBytes()) {
            diagnostics.report(
                Code.SPEC_TOO_LARGE,
                site,
                uri + " is larger than " + options.maxBytes() + " bytes");
            return null;
          }
          return bytes;
        }
      }
      diagnostics.report(
          Code.REF_EXTERNAL,
          site,
          uri + ": only file:, https: and http:" + " references can be followed");
      return null;
    } catch (IOException e) {
      diagnostics.report(
          Code.REF_UNRESOLVED, site, uri + " cannot be read: " + e.getClass().getSimpleName());
      return null;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      diagnostics.report(Code.REF_UNRESOLVED, site, uri + " was not read: interrupted");
      return null;
    } catch (IllegalArgumentException e) {
      diagnostics.report(Code.REF_MALFORMED, site, uri + " is not a readable location");
      return null;
    }
  }
}

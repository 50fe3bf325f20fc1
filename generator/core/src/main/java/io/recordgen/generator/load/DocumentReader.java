package io.recordgen.generator.load;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.DecimalNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.recordgen.generator.diag.Code;
import io.recordgen.generator.diag.Diagnostics;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.composer.Composer;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;
import org.yaml.snakeyaml.parser.ParserImpl;
import org.yaml.snakeyaml.reader.StreamReader;
import org.yaml.snakeyaml.resolver.Resolver;

/**
 * Turns spec bytes into a JSON tree, within {@link LoadOptions}' limits, before Swagger Parser
 * sees them.
 *
 * <p>YAML goes through SnakeYAML's composer only (no object construction, so no tag can
 * instantiate anything), with an alias limit, a depth limit and a count of nodes after alias
 * expansion; timestamps stay strings. JSON goes through Jackson with a depth limit and duplicate
 * key detection.
 */
final class DocumentReader {
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
  private static final Pattern DECIMAL_INT = Pattern.compile("[-+]?(0|[1-9][0-9_]*)");
  private static final Pattern DECIMAL_FLOAT =
      Pattern.compile("[-+]?([0-9][0-9_]*)?\\.?[0-9_]*([eE][-+]?[0-9]+)?");

  private final LoadOptions options;
  private final Diagnostics diagnostics;
  private long nodes;
  private long nodeLimit;

  DocumentReader(LoadOptions options, Diagnostics diagnostics) {
    this.options = options;
    this.diagnostics = diagnostics;
  }

  /** The tree, or {@code null} after reporting why there is none. */
  @Nullable JsonNode read(SpecSource source) {
    byte[] bytes = source.content();
    if (bytes.length > options.maxBytes()) {
      diagnostics.report(
          Code.SPEC_TOO_LARGE,
          "",
          source.name()
              + " has "
              + bytes.length
              + " bytes, more than the limit of "
              + options.maxBytes()
              + " (raise it with the maxSpecBytes option)");
      return null;
    }
    String text = decode(source, bytes);
    if (text == null) {
      return null;
    }
    if (text.isBlank()) {
      diagnostics.report(Code.SPEC_SYNTAX, "", source.name() + " is empty");
      return null;
    }
    nodes = 0;
    nodeLimit = options.nodeLimit(bytes.length);
    char first = text.stripLeading().charAt(0);
    JsonNode tree = first == '{' || first == '[' ? readJson(source, text) : readYaml(source, text);
    if (tree != null && !tree.isObject()) {
      diagnostics.report(
          Code.SPEC_INVALID,
          "",
          source.name() + " is not an OpenAPI document: its root is not an object");
      return null;
    }
    return tree;
  }

  private @Nullable String decode(SpecSource source, byte[] bytes) {
    int start =
        bytes.length >= 3
                && (bytes[0] & 0xff) == 0xEF
                && (bytes[1] & 0xff) == 0xBB
                && (bytes[2] & 0xff) == 0xBF
            ? 3
            : 0;
    CharsetDecoder decoder =
        StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    String text;
    try {
      text = decoder.decode(ByteBuffer.wrap(bytes, start, bytes.length - start)).toString();
    } catch (CharacterCodingException e) {
      diagnostics.report(
          Code.SPEC_UNREADABLE, "", source.name() + " is not UTF-8 text (a binary file?)");
      return null;
    }
    if (text.indexOf('\0') >= 0) {
      diagnostics.report(
          Code.SPEC_UNREADABLE, "", source.name() + " contains NUL characters (a binary file?)");
      return null;
    }
    return text;
  }

  private @Nullable JsonNode readJson(SpecSource source, String text) {
    JsonFactory factory =
        JsonFactory.builder()
            .streamReadConstraints(
                StreamReadConstraints.builder()
                    .maxNestingDepth(options.maxDepth())
                    .maxStringLength((int) Math.min(Integer.MAX_VALUE, options.maxBytes()))
                    .build())
            .enable(com.fasterxml.jackson.core.StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .build();
    ObjectMapper mapper =
        JsonMapper.builder(factory)
            .disable(
                com.fasterxml.jackson.databind.cfg.JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .build();
    try (JsonParser parser = mapper.createParser(text)) {
      return mapper.readTree(parser);
    } catch (JsonProcessingException e) {
      JsonLocation at = e.getLocation();
      diagnostics.report(
          Code.SPEC_SYNTAX,
          "",
          source.name()
              + " is not valid JSON"
              + (at == null ? "" : " at line " + at.getLineNr() + ", column " + at.getColumnNr())
              + ": "
              + firstLine(e.getOriginalMessage()));
      return null;
    } catch (IOException e) {
      diagnostics.report(Code.SPEC_UNREADABLE, "", source.name() + ": " + e.getMessage());
      return null;
    }
  }

  private @Nullable JsonNode readYaml(SpecSource source, String text) {
    LoaderOptions loader = new LoaderOptions();
    loader.setMaxAliasesForCollections(options.maxYamlAliases());
    loader.setNestingDepthLimit(options.maxDepth());
    loader.setCodePointLimit((int) Math.min(Integer.MAX_VALUE, options.maxBytes()));
    loader.setAllowRecursiveKeys(false);
    loader.setProcessComments(false);
    try {
      // The composer alone, as Yaml.compose would run it: building a Yaml also builds a
      // constructor and a representer (java.beans, java.util.logging), 130 classes that a cold
      // run (the annotation processor's) loads for nothing.
      Node root =
          new Composer(new ParserImpl(new StreamReader(text), loader), new NoTimestamps(), loader)
              .getSingleNode();
      if (root == null) {
        diagnostics.report(Code.SPEC_SYNTAX, "", source.name() + " is empty");
        return null;
      }
      return convert(root, 0, "");
    } catch (MarkedYAMLException e) {
      Mark mark = e.getProblemMark();
      diagnostics.report(
          Code.SPEC_SYNTAX,
          "",
          source.name()
              + " is not valid YAML"
              + (mark == null
                  ? ""
                  : " at line " + (mark.getLine() + 1) + ", column " + (mark.getColumn() + 1))
              + ": "
              + firstLine(e.getProblem()));
      return null;
    } catch (YAMLException e) {
      diagnostics.report(
          Code.SPEC_SYNTAX,
          "",
          source.name() + " is not acceptable YAML: " + firstLine(e.getMessage()));
      return null;
    } catch (LimitException e) {
      diagnostics.report(Code.SPEC_SYNTAX, e.pointer, source.name() + " " + e.getMessage());
      return null;
    }
  }

  /** Converts a composed node; aliases are expanded and counted. */
  private JsonNode convert(Node node, int depth, String pointer) {
    if (++nodes > nodeLimit) {
      throw new LimitException(
          "expands to more than " + nodeLimit + " nodes (a YAML alias bomb?)", pointer);
    }
    if (depth > options.maxDepth()) {
      throw new LimitException("nests deeper than " + options.maxDepth() + " levels", pointer);
    }
    if (node instanceof ScalarNode scalar) {
      return scalar(scalar);
    }
    if (node instanceof SequenceNode sequence) {
      ArrayNode array = NODES.arrayNode();
      List<Node> items = sequence.getValue();
      for (int i = 0; i < items.size(); i++) {
        array.add(convert(items.get(i), depth + 1, Pointers.child(pointer, i)));
      }
      return array;
    }
    MappingNode mapping = (MappingNode) node;
    ObjectNode object = NODES.objectNode();
    ObjectNode merged = null;
    for (NodeTuple tuple : mapping.getValue()) {
      Node keyNode = tuple.getKeyNode();
      if (keyNode.getTag().equals(Tag.MERGE)) {
        merged = merge(merged, tuple.getValueNode(), depth, pointer);
        continue;
      }
      if (!(keyNode instanceof ScalarNode key)) {
        throw new LimitException("has a mapping key that is not a scalar", pointer);
      }
      String name = key.getValue();
      String child = Pointers.child(pointer, name);
      if (object.has(name)) {
        throw new LimitException(
            "has the key \"" + name + "\" twice (line " + (key.getStartMark().getLine() + 1) + ")",
            child);
      }
      object.set(name, convert(tuple.getValueNode(), depth + 1, child));
    }
    if (merged != null) {
      merged
          .properties()
          .forEach(
              e -> {
                if (!object.has(e.getKey())) {
                  object.set(e.getKey(), e.getValue());
                }
              });
    }
    return object;
  }

  private ObjectNode merge(@Nullable ObjectNode into, Node value, int depth, String pointer) {
    ObjectNode target = into == null ? NODES.objectNode() : into;
    List<Node> sources =
        value instanceof SequenceNode sequence ? sequence.getValue() : List.of(value);
    for (Node source : sources) {
      JsonNode converted = convert(source, depth + 1, pointer);
      if (!converted.isObject()) {
        throw new LimitException("merges a value that is not a mapping", pointer);
      }
      converted
          .properties()
          .forEach(
              e -> {
                if (!target.has(e.getKey())) {
                  target.set(e.getKey(), e.getValue());
                }
              });
    }
    return target;
  }

  private static JsonNode scalar(ScalarNode scalar) {
    String value = scalar.getValue();
    Tag tag = scalar.getTag();
    if (tag.equals(Tag.NULL)) {
      return NODES.nullNode();
    }
    if (tag.equals(Tag.BOOL)) {
      String lower = value.toLowerCase(java.util.Locale.ROOT);
      return NODES.booleanNode(
          lower.equals("true") || lower.equals("yes") || lower.equals("on") || lower.equals("y"));
    }
    if (tag.equals(Tag.INT) && DECIMAL_INT.matcher(value).matches()) {
      BigInteger number = new BigInteger(value.replace("_", "").replace("+", ""));
      return number.bitLength() < 32
          ? NODES.numberNode(number.intValue())
          : number.bitLength() < 64
              ? NODES.numberNode(number.longValue())
              : NODES.numberNode(number);
    }
    if (tag.equals(Tag.FLOAT) && DECIMAL_FLOAT.matcher(value).matches()) {
      try {
        return DecimalNode.valueOf(new BigDecimal(value.replace("_", "").replace("+", "")));
      } catch (NumberFormatException notDecimal) {
        return NODES.textNode(value);
      }
    }
    return NODES.textNode(value);
  }

  private static String firstLine(@Nullable String message) {
    if (message == null) {
      return "unknown problem";
    }
    int newline = message.indexOf('\n');
    return newline < 0 ? message : message.substring(0, newline);
  }

  /** YAML 1.1 resolution as Swagger Parser does it, minus timestamps, which stay strings. */
  private static final class NoTimestamps extends Resolver {
    @Override
    protected void addImplicitResolvers() {
      addImplicitResolver(Tag.BOOL, BOOL, "yYnNtTfFoO");
      addImplicitResolver(Tag.INT, INT, "-+0123456789");
      addImplicitResolver(Tag.FLOAT, FLOAT, "-+0123456789.");
      addImplicitResolver(Tag.MERGE, MERGE, "<");
      addImplicitResolver(Tag.NULL, NULL, "~nN\0");
      addImplicitResolver(Tag.NULL, EMPTY, null);
    }
  }

  /** A limit was exceeded while converting; carries where. */
  private static final class LimitException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    final String pointer;

    LimitException(String message, String pointer) {
      super(message, null, false, false);
      this.pointer = pointer;
    }
  }
}

package io.recordgen.generator.emit;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
import com.google.testing.compile.JavaFileObjects;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Spec text cannot leave a comment or a string literal, whatever it holds. */
class EscapingTest {
  private static final String HOSTILE_TEXT = "*/ class Evil {} /*";

  @ParameterizedTest
  @ValueSource(
      strings = {
        "*/ System.exit(1); /*",
        "\\u002a/ System.exit(1); /*",
        "\\uuu002A/ System.exit(1); /*",
        "@deprecated fake\n@throws Nothing",
        "line\\u000aSystem.exit(1);",
        "<script>alert(1)</script> & {@code x} {@link Evil}",
        "right-to-left \u202e override and \u2028 separator",
      })
  void javadocTextStaysInTheComment(String text) {
    String escaped = Javadoc.escape(text);
    String source =
        "package p;\n/**\n * "
            + escaped.replace("\n", "\n * ")
            + "\n */\nfinal class C {\n  static final int MARKER = 1;\n}\n";

    Compilation compilation =
        Compiler.javac()
            .withOptions("-Xlint:all", "-Werror")
            .compile(JavaFileObjects.forSourceString("p.C", source));

    assertThat(compilation.status())
        .as("%s\n%s", source, compilation.diagnostics())
        .isEqualTo(Compilation.Status.SUCCESS);
    assertThat(escaped).doesNotContain("*/").doesNotContain("\\").doesNotContain("@");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "\"); System.exit(1); (\"",
        "\\u0022); System.exit(1); (\\u0022",
        "a\\",
        "nul\0byte",
        "line\nbreak\r\n",
        "\u2028\u2029\u202e\ufeff",
        "$L $S $T",
        "é中😀",
      })
  void stringLiteralsHoldExactlyTheText(String text) throws Exception {
    String source =
        "package p;\npublic final class L {\n  public static final String V = "
            + Literals.string(text)
            + ";\n}\n";

    Compilation compilation =
        Compiler.javac()
            .withOptions("-Xlint:all", "-Werror")
            .compile(JavaFileObjects.forSourceString("p.L", source));

    assertThat(compilation.status())
        .as("%s", compilation.diagnostics())
        .isEqualTo(Compilation.Status.SUCCESS);
    assertThat(Literals.string(text).chars()).allMatch(c -> c >= 0x20 && c < 0x7f);
    ClassLoader loader =
        new ClassLoader(getClass().getClassLoader()) {
          @Override
          protected Class<?> findClass(String name) throws ClassNotFoundException {
            try (var in =
                compilation
                    .generatedFile(javax.tools.StandardLocation.CLASS_OUTPUT, "p/L.class")
                    .orElseThrow()
                    .openInputStream()) {
              byte[] bytes = in.readAllBytes();
              return defineClass(name, bytes, 0, bytes.length);
            } catch (java.io.IOException e) {
              throw new ClassNotFoundException(name, e);
            }
          }
        };
    assertThat(loader.loadClass("p.L").getField("V").get(null)).isEqualTo(text);
  }

  @Test
  void fileNamesInCommentsAreReducedToSafeCharacters() {
    assertThat(Literals.fileName("spec\n// evil.yaml")).isEqualTo("spec____evil.yaml");
    assertThat(Literals.fileName(HOSTILE_TEXT)).doesNotContain("*/");
  }
}

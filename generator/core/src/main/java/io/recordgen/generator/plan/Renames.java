package io.recordgen.generator.plan;

import io.recordgen.generator.diag.Code;
import io.recordgen.generator.diag.Diagnostics;

/** Reports a spec name that did not become simply its camel-cased self, with the reason. */
final class Renames {
  private final Diagnostics diagnostics;

  Renames(Diagnostics diagnostics) {
    this.diagnostics = diagnostics;
  }

  /**
   * Reports {@code raw}, which the rules make {@code natural} and its scope {@code chosen}.
   *
   * @param what the kind of name, such as {@code property}
   */
  void report(String what, String raw, String natural, String chosen, String pointer) {
    boolean collision = !chosen.equals(natural);
    // A "_" at either end marks a keyword, a reserved or device name, or a leading digit.
    boolean rewritten =
        natural.endsWith("_")
            || natural.startsWith("_")
            || !Naming.toAscii(raw).equals(raw)
            || Naming.words(raw).isEmpty();
    if (collision) {
      diagnostics.report(
          Code.NAME_CHANGED,
          pointer,
          what
              + " \""
              + raw
              + "\" is named "
              + chosen
              + " because "
              + natural
              + " is already taken");
    } else if (rewritten) {
      diagnostics.report(
          Code.NAME_CHANGED,
          pointer,
          what + " \"" + raw + "\" is named " + chosen + " to be a valid Java name");
    }
  }
}

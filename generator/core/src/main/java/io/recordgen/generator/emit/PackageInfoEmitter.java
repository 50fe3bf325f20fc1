package io.recordgen.generator.emit;

/** Renders a {@code package-info.java} that documents a generated package and null-marks it. */
final class PackageInfoEmitter {
  private PackageInfoEmitter() {}

  static String emit(String header, String packageName, String description) {
    return header
        + "/**\n * "
        + Javadoc.wrap(description).replace("\n", "\n * ")
        + "\n */\n"
        + "@"
        + io.recordgen.generator.plan.ExternalTypes.NULL_MARKED.canonicalName()
        + "\n"
        + "package "
        + packageName
        + ";\n";
  }
}

package io.recordgen.runtime;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Asks the Recordgen annotation processor to generate records and a client for an OpenAPI
 * document.
 *
 * <pre>{@code
 * @GenerateClient(spec = "openapi/backup-api.yaml", packageName = "com.example.backup")
 * package com.example;
 * }</pre>
 *
 * <p>The processor looks for {@link #spec()} on the compile classpath first, then as a file under
 * the directory given by the {@code -Arecordgen.specRoot=} compiler option. It writes records to
 * {@code <packageName>.model} and one client interface per tag to {@code <packageName>.api}.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target({ElementType.PACKAGE, ElementType.TYPE})
public @interface GenerateClient {

  /**
   * Classpath resource name or relative file path of the Swagger 2.0, OpenAPI 3.0 or 3.1
   * document.
   */
  String spec();

  /** Base package of the generated code. */
  String packageName();

  /**
   * OpenAPI Overlay documents applied to the spec, in order, before it is read: found like the
   * spec, so that a vendor's document is changed without editing it.
   */
  String[] overlays() default {};

  /**
   * A Recordgen configuration file (type and name mappings, operations to include or exclude),
   * found like the spec; empty for the one the {@code -Arecordgen.config=} option names, if any.
   * The processor checks every type it maps to against the class path before it generates.
   */
  String config() default "";
}

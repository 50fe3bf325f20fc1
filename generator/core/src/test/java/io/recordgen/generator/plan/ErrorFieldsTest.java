package io.recordgen.generator.plan;

import static org.assertj.core.api.Assertions.assertThat;

import io.recordgen.generator.model.ApiSpec;
import org.junit.jupiter.api.Test;

/** Where the spec's error schemas put the error code and message, as JSON pointers. */
class ErrorFieldsTest {
  private static ErrorFields.Found found(String errorSchema, String schemas) {
    ApiSpec spec =
        Planning.spec(
            """
            /a:
              get:
                operationId: getA
                responses:
                  '200': {description: ok}
                  '404': {description: gone}
                  default:
                    description: error
                    content:
                      application/json:
                        schema: %s
            """
                .formatted(errorSchema),
            schemas);
    return new ErrorFields(spec).of(spec.operations().get(0));
  }

  @Test
  void topLevelFieldsThroughAReference() {
    assertThat(
            found(
                "{$ref: '#/components/schemas/Error'}",
                """
                Error:
                  type: object
                  properties:
                    error_msg: {type: string}
                    error_code: {type: string}
                """))
        .isEqualTo(new ErrorFields.Found("/error_code", "/error_msg"));
  }

  @Test
  void theBestNameWinsAndOnlyScalarsCount() {
    assertThat(
            found(
                """
                {type: object, properties: {code: {type: object}, errorCode: {type: integer},\
                 detail: {type: string}, message: {type: string}}}""",
                ""))
        .isEqualTo(new ErrorFields.Found("/errorCode", "/message"));
  }

  @Test
  void fieldsInsideAnErrorObjectAndAllOfParts() {
    assertThat(
            found(
                "{allOf: [{$ref: '#/components/schemas/Base'}, {type: object}]}",
                """
                Base:
                  type: object
                  properties:
                    error:
                      type: object
                      properties:
                        code: {type: string, enum: [a, b]}
                        'msg/x': {type: string}
                """))
        .isEqualTo(new ErrorFields.Found("/error/code", null));
  }

  @Test
  void nothingToSayLeavesTheGenericNames() {
    assertThat(found("{type: object, properties: {reason: {type: string}}}", "").isEmpty())
        .isTrue();
    assertThat(
            found(
                    "{$ref: '#/components/schemas/Loop'}",
                    """
                Loop:
                  allOf: [{$ref: '#/components/schemas/Loop'}]
                """)
                .isEmpty())
        .isTrue();
  }
}

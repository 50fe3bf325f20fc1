package golden.user;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** An invoice id, written in paths by its {@code toString()}. */
public record InvoiceId(@JsonValue String value) {
  /** Decodes the JSON string. */
  @JsonCreator
  public static InvoiceId of(String value) {
    return new InvoiceId(value);
  }

  @Override
  public String toString() {
    return value;
  }
}

package golden.user;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** An e-mail address of the user's own, encoded as a JSON string. */
public record Email(@JsonValue String address) {
  /** Decodes the JSON string. */
  @JsonCreator
  public static Email of(String address) {
    return new Email(address);
  }
}

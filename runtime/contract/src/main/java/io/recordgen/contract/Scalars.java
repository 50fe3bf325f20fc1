package io.recordgen.contract;

import io.swagger.v3.oas.models.media.Schema;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Base64;
import java.util.Random;
import java.util.UUID;

/**
 * Strings and numbers that fit a schema's format and bounds, drawn from one seeded {@link
 * Random}: dates between 2020 and 2026, UUIDs, URIs, e-mail addresses, host names, IP addresses,
 * base64 bytes, strings matching a {@code pattern} ({@link PatternStrings}), and integers and
 * decimals within {@code minimum}/{@code maximum} (exclusive ones too, 3.0 and 3.1 style) on a
 * {@code multipleOf} step.
 */
final class Scalars {
  private static final String ALPHANUMERIC =
      "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";
  private static final long FROM = Instant.parse("2020-01-01T00:00:00Z").getEpochSecond();
  private static final long UNTIL = Instant.parse("2026-12-31T00:00:00Z").getEpochSecond();

  private final Random random;

  Scalars(Random random) {
    this.random = random;
  }

  String string(Schema<?> schema) {
    int min = schema.getMinLength() == null ? 0 : schema.getMinLength();
    int max = schema.getMaxLength() == null ? Math.max(min, 64) : schema.getMaxLength();
    if (schema.getPattern() != null) {
      String matching = PatternStrings.matching(schema.getPattern(), min, max, random);
      if (matching != null) {
        return matching;
      }
    }
    String format = schema.getFormat() == null ? "" : schema.getFormat();
    String formatted =
        switch (format) {
          case "date-time" -> DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(instant());
          case "date" -> LocalDate.ofInstant(instant().toInstant(), ZoneOffset.UTC).toString();
          case "time" -> instant().toLocalTime().withNano(0) + "Z";
          case "uuid" -> new UUID(random.nextLong(), random.nextLong()).toString();
          case "uri", "url", "uri-reference", "iri" -> "https://example.com/" + word(6);
          case "email", "idn-email" -> word(6).toLowerCase(java.util.Locale.ROOT) + "@example.com";
          case "hostname", "idn-hostname" ->
              word(6).toLowerCase(java.util.Locale.ROOT) + ".example.com";
          case "ipv4" ->
              random.nextInt(256)
                  + "."
                  + random.nextInt(256)
                  + "."
                  + random.nextInt(256)
                  + "."
                  + random.nextInt(256);
          case "ipv6" -> "2001:db8::" + Integer.toHexString(random.nextInt(0x10000));
          case "byte" -> base64(Math.max(1, min));
          default -> null;
        };
    if (formatted != null && formatted.length() >= min && formatted.length() <= max) {
      return formatted;
    }
    int length = Math.min(max, Math.max(min, 8 + random.nextInt(5)));
    return word(length);
  }

  private java.time.OffsetDateTime instant() {
    long second = FROM + (long) (random.nextDouble() * (UNTIL - FROM));
    return Instant.ofEpochSecond(second).atOffset(ZoneOffset.UTC);
  }

  private String word(int length) {
    StringBuilder word = new StringBuilder(length);
    for (int i = 0; i < length; i++) {
      word.append(ALPHANUMERIC.charAt(random.nextInt(ALPHANUMERIC.length())));
    }
    return word.toString();
  }

  private String base64(int minLength) {
    byte[] bytes = new byte[Math.max(3, (minLength * 3 + 3) / 4)];
    random.nextBytes(bytes);
    return Base64.getEncoder().encodeToString(bytes);
  }

  long integer(Schema<?> schema) {
    boolean int32 = "int32".equals(schema.getFormat());
    BigDecimal low = lower(schema, BigDecimal.valueOf(int32 ? Integer.MIN_VALUE : Long.MIN_VALUE));
    BigDecimal high = upper(schema, BigDecimal.valueOf(int32 ? Integer.MAX_VALUE : Long.MAX_VALUE));
    long min = low.setScale(0, RoundingMode.CEILING).longValue();
    long max = high.setScale(0, RoundingMode.FLOOR).longValue();
    if (exclusive(schema.getExclusiveMinimum(), schema.getExclusiveMinimumValue())
        && min == low.longValue()
        && low.scale() <= 0) {
      min++;
    }
    if (exclusive(schema.getExclusiveMaximum(), schema.getExclusiveMaximumValue())
        && max == high.longValue()
        && high.scale() <= 0) {
      max--;
    }
    // Small, plausible values where the bounds allow them.
    long from = Math.max(min, 0);
    long to = Math.min(max, from + 100);
    if (from > to) {
      from = min;
      to = Math.min(max, min + 100);
    }
    long value = from + (long) (random.nextDouble() * (to - from + 1));
    value = Math.min(value, to);
    if (schema.getMultipleOf() != null) {
      long step = schema.getMultipleOf().longValue();
      if (step > 0) {
        long stepped = Math.floorDiv(value, step) * step;
        value = stepped < min ? stepped + step : stepped;
      }
    }
    return value;
  }

  BigDecimal number(Schema<?> schema) {
    BigDecimal low = lower(schema, BigDecimal.valueOf(-1000));
    BigDecimal high = upper(schema, low.add(BigDecimal.valueOf(1000)));
    if (schema.getMinimum() == null
        && schema.getExclusiveMinimumValue() == null
        && high.signum() > 0) {
      low = BigDecimal.ZERO;
    }
    BigDecimal span = high.subtract(low);
    BigDecimal value =
        low.add(span.multiply(BigDecimal.valueOf(0.1 + 0.8 * random.nextDouble())))
            .setScale(2, RoundingMode.HALF_UP);
    if (value.compareTo(low) <= 0 || value.compareTo(high) >= 0) {
      value = low.add(high).divide(BigDecimal.valueOf(2), 6, RoundingMode.HALF_UP);
    }
    if (schema.getMultipleOf() != null && schema.getMultipleOf().signum() > 0) {
      BigDecimal step = schema.getMultipleOf();
      value = value.divide(step, 0, RoundingMode.CEILING).multiply(step);
      if (value.compareTo(high) > 0) {
        value = value.subtract(step);
      }
    }
    return value.stripTrailingZeros();
  }

  private static BigDecimal lower(Schema<?> schema, BigDecimal fallback) {
    if (schema.getExclusiveMinimumValue() != null) {
      return schema.getExclusiveMinimumValue();
    }
    return schema.getMinimum() != null ? schema.getMinimum() : fallback;
  }

  private static BigDecimal upper(Schema<?> schema, BigDecimal fallback) {
    if (schema.getExclusiveMaximumValue() != null) {
      return schema.getExclusiveMaximumValue();
    }
    return schema.getMaximum() != null ? schema.getMaximum() : fallback;
  }

  private static boolean exclusive(Boolean flag, BigDecimal value) {
    return Boolean.TRUE.equals(flag) || value != null;
  }
}

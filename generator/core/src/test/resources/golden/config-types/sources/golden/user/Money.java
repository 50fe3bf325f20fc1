package golden.user;

/**
 * An amount in a currency, from a shared jar.
 *
 * @param amount the decimal amount
 * @param currency the ISO 4217 code
 */
public record Money(String amount, String currency) {}

package dev.congkit.feedback;

import java.security.SecureRandom;
import java.util.Locale;
import java.util.Optional;
import java.util.Random;
import java.util.regex.Pattern;

/**
 * The code a citizen is given for a message ("Mã phản ánh: PA-7K3M9Q"): {@code PA-} and six capitals
 * and digits, without the look-alikes 0, O, 1, I and L, so it can be read out over the phone. It is
 * the only key to the status page, so it is drawn from a secure random source (31⁶ ≈ 887 million).
 *
 * <p>Example:
 * <pre>{@code
 * TrackingCode code = TrackingCode.random();            // PA-7K3M9Q
 * TrackingCode.parse(" pa-7k3m9q ").orElseThrow();      // PA-7K3M9Q, as a citizen may type it
 * }</pre>
 */
public record TrackingCode(String value) {

    /** The 31 characters a code is made of. */
    public static final String ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ";
    private static final Pattern FORM = Pattern.compile("PA-[" + ALPHABET + "]{6}");
    private static final SecureRandom RANDOM = new SecureRandom();

    public TrackingCode {
        if (value == null || !FORM.matcher(value).matches()) {
            throw new IllegalArgumentException("a tracking code is PA- and six of " + ALPHABET + ", but was "
                    + (value == null ? "null" : "\"" + value.replaceAll("\\p{Cntrl}", "?") + "\""));
        }
    }

    /** A new code from the system's secure random source. */
    public static TrackingCode random() {
        return random(RANDOM);
    }

    /** A new code from {@code random} (tests pass a seeded one). */
    public static TrackingCode random(Random random) {
        StringBuilder code = new StringBuilder("PA-");
        for (int i = 0; i < 6; i++) {
            code.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return new TrackingCode(code.toString());
    }

    /** The code in {@code text} as a citizen may type it (spaces, lower case, without {@code PA-}), or empty. */
    public static Optional<TrackingCode> parse(String text) {
        if (text == null || text.length() > 32) {
            return Optional.empty();
        }
        String cleaned = text.strip().toUpperCase(Locale.ROOT).replaceAll("[\\s]", "");
        if (!cleaned.startsWith("PA-")) {
            cleaned = "PA-" + cleaned.replaceFirst("^PA", "");
        }
        return FORM.matcher(cleaned).matches() ? Optional.of(new TrackingCode(cleaned)) : Optional.empty();
    }

    @Override
    public String toString() {
        return value;
    }
}

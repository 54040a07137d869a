package dev.congkit.core.text;

import java.text.Normalizer;
import java.util.Collection;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Compares labels the way a person reads them: Unicode NFC, case, zero-width and repeated spaces,
 * punctuation and dashes do not matter; diacritics do ("Sơ đồ trang" is not "So do trang").
 */
public final class TextMatch {

    private static final Locale VIETNAMESE = Locale.forLanguageTag("vi");
    private static final Pattern INVISIBLE = Pattern.compile("[\\u00AD\\u200B-\\u200F\\u2060\\uFEFF]");
    private static final Pattern PUNCTUATION = Pattern.compile("[\\p{P}\\p{S}\\s\\u00A0]+");

    private TextMatch() {
    }

    /** The comparable form: NFC, lower case, punctuation and dashes as single spaces, trimmed. */
    public static String normalise(String text) {
        if (text == null) {
            return "";
        }
        String nfc = Normalizer.normalize(text, Normalizer.Form.NFC);
        String visible = INVISIBLE.matcher(nfc).replaceAll("");
        return PUNCTUATION.matcher(visible.toLowerCase(VIETNAMESE)).replaceAll(" ").strip();
    }

    public static boolean same(String a, String b) {
        return normalise(a).equals(normalise(b));
    }

    /** Whether {@code text} reads as one of {@code variants}. */
    public static boolean isOneOf(String text, Collection<String> variants) {
        String normal = normalise(text);
        return variants.stream().anyMatch(v -> normalise(v).equals(normal));
    }
}

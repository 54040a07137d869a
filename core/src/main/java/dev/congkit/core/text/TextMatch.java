package dev.congkit.core.text;

import java.text.Normalizer;
import java.util.Collection;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Compares labels the way a person reads them: Unicode NFC, case, zero-width and repeated spaces,
 * punctuation and dashes, and the old or new placement of the tone mark ("Uỷ ban"/"Ủy ban",
 * "hoà"/"hòa") do not matter; diacritics do ("Sơ đồ trang" is not "So do trang").
 *
 * <p>Example:
 * <pre>{@code
 * TextMatch.same("Hòa Bình", "Hoà Bình");                   // true: old and new tone placement
 * TextMatch.same("TRANG CHỦ", "Trang chủ");                  // true
 * TextMatch.isOneOf("Liên hệ", List.of("Liên hệ", "Liên lạc"));   // true
 * }</pre>
 */
public final class TextMatch {

    private static final Locale VIETNAMESE = Locale.forLanguageTag("vi");
    private static final Pattern INVISIBLE = Pattern.compile("[\\u00AD\\u200B-\\u200F\\u2060\\uFEFF]");
    /**
     * A tone mark on the second vowel of oa, oe, uy ending a syllable (decomposed), to be moved onto
     * the first; "toàn", "luật" and "quản" keep theirs, since there the mark has only one place.
     */
    private static final Pattern TONE_ON_SECOND =
            Pattern.compile("(?<![qQ])([oOuU])([aAeEyY])([\\u0300\\u0301\\u0303\\u0309\\u0323])(?![\\p{L}\\p{M}])");
    private static final Pattern SPACES = Pattern.compile("[\\s\\u00A0\\u2007\\u202F]+");
    private static final Pattern PUNCTUATION = Pattern.compile("[\\p{P}\\p{S}\\s\\u00A0]+");

    private TextMatch() {
    }

    /** The comparable form: NFC, lower case, punctuation and dashes as single spaces, trimmed. */
    public static String normalise(String text) {
        return PUNCTUATION.matcher(clean(text).toLowerCase(VIETNAMESE)).replaceAll(" ").strip();
    }

    /**
     * The readable form: NFC with the tone mark placed one way, zero-width characters removed and
     * runs of white space (no-break space included) made one space; case and punctuation are kept.
     */
    public static String clean(String text) {
        if (text == null) {
            return "";
        }
        String decomposed = Normalizer.normalize(text, Normalizer.Form.NFD);
        String tones = TONE_ON_SECOND.matcher(decomposed).replaceAll("$1$3$2");
        String nfc = Normalizer.normalize(tones, Normalizer.Form.NFC);
        return SPACES.matcher(INVISIBLE.matcher(nfc).replaceAll("")).replaceAll(" ").strip();
    }

    /** Lower case, without marks or đ, letters and digits in single-spaced words: "Mã đơn vị hành chính" → "ma don vi hanh chinh". */
    public static String plain(String text) {
        String decomposed = Normalizer.normalize(clean(text).toLowerCase(java.util.Locale.ROOT).replace('đ', 'd'), Normalizer.Form.NFD);
        return decomposed.replaceAll("\\p{M}+", "").replaceAll("[^a-z0-9]+", " ").strip();
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

package dev.congkit.core.text;

import dev.congkit.core.internal.Json;
import dev.congkit.core.text.internal.CommonSyllables;
import dev.congkit.core.text.internal.LegacyDecoders;
import dev.congkit.core.text.internal.VietnameseSyllable;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Finds Vietnamese text garbled by a legacy encoding and what it was meant to say. Text is flagged
 * only when it is made wholly of Windows-1252 characters, has a word with a non-ASCII letter that is
 * no Vietnamese syllable, and reads, in one of the {@link LegacyEncoding}s, as text whose every such
 * word is a syllable. Correct text ("Thanh Hoá", "Võ", "Ô Môn", "Müller", any text with ư, ơ or đ)
 * is never flagged.
 *
 * <p>Example:
 * <pre>{@code
 * LegacyText.detect("NguyÔn V¨n B×nh");   // Optional[Garbled[encoding=TCVN3, text=NguyÔn V¨n B×nh, meant=Nguyễn Văn Bình]]
 * LegacyText.detect("Phoù Chuû tòch");    // VNI: "Phó Chủ tịch"
 * LegacyText.detect("Nguyễn Văn Bình");   // Optional.empty()
 * }</pre>
 */
public final class LegacyText {

    /** Longer text (an article) is judged by its parts, not whole: the edit distance is quadratic. */
    public static final int MAX_LENGTH = 4000;
    private static final Pattern WORD_BREAK = Pattern.compile("[\\s\\p{Punct}\\u00A0]+");

    private LegacyText() {
    }

    /**
     * Garbled text, how it was garbled and what it meant.
     *
     * <pre>{@code
     * Garbled g = LegacyText.detect("Phoù Chuû tòch").orElseThrow();
     * g.encoding();   // VNI
     * g.meant();      // "Phó Chủ tịch"
     * }</pre>
     */
    public record Garbled(LegacyEncoding encoding, String text, String meant) {
    }

    /** What {@code text} meant, if it looks garbled by a legacy encoding. */
    public static Optional<Garbled> detect(String text) {
        if (text == null || text.length() > MAX_LENGTH || text.chars().allMatch(c -> c < 0x80) || LegacyDecoders.windows1252(text) == null || !hasForeignWord(text)) {
            return Optional.empty();
        }
        Garbled best = null;
        long fewest = Long.MAX_VALUE;
        for (LegacyEncoding encoding : LegacyEncoding.values()) {
            String meant = encoding.decode(text);
            if (meant != null && !meant.equals(text) && meant.chars().noneMatch(Character::isISOControl) && readsAsVietnamese(meant)) {
                // where two encodings both read well: the one with no capital inside a word ("PhỰm"), then the one
                // with more common syllables ("Văn", not "Vồn"), then the one that changes least
                long unlikely = ((long) oddCapitals(meant) * (MAX_LENGTH + 1) - CommonSyllables.count(WORD_BREAK.split(meant)))
                        * (MAX_LENGTH + 1) + Json.editDistance(text, meant);
                if (unlikely < fewest) {
                    best = new Garbled(encoding, text, meant);
                    fewest = unlikely;
                }
            }
        }
        return Optional.ofNullable(best);
    }

    /** How many words have a capital after a small letter, as no Vietnamese word has. */
    private static int oddCapitals(String text) {
        int odd = 0;
        for (String word : WORD_BREAK.split(text)) {
            boolean small = false;
            for (int i = 0; i < word.length(); i++) {
                char c = word.charAt(i);
                if (Character.isUpperCase(c) && small) {
                    odd++;
                    break;
                }
                small |= Character.isLowerCase(c);
            }
        }
        return odd;
    }

    /** {@code text} with its garbling undone, or {@code text} itself when it does not look garbled. */
    public static String repair(String text) {
        return detect(text).map(Garbled::meant).orElse(text);
    }

    /** Whether a word with a non-ASCII character is no Vietnamese syllable. */
    private static boolean hasForeignWord(String text) {
        for (String word : WORD_BREAK.split(text)) {
            if (!isAscii(word) && !isDash(word) && !VietnameseSyllable.isValid(word)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether every word with a non-ASCII character is a Vietnamese syllable or a capital-letter
     * abbreviation ("HĐND"), and one at least is a syllable.
     */
    private static boolean readsAsVietnamese(String text) {
        boolean syllable = false;
        for (String word : WORD_BREAK.split(text)) {
            if (isAscii(word) || isDash(word)) {
                continue;
            }
            if (VietnameseSyllable.isValid(word)) {
                syllable = true;
            } else if (!isAbbreviation(word)) {
                return false;
            }
        }
        return syllable;
    }

    /**
     * A word made only of general punctuation (– — … “ ”): in Unicode text a dash between words, as
     * in "Tài chính – Ngân sách", not a VISCII letter (only a one-letter word could be one).
     */
    private static boolean isDash(String word) {
        return word.chars().allMatch(c -> c >= 0x2010 && c <= 0x203A);
    }

    private static boolean isAscii(String word) {
        return word.chars().allMatch(c -> c < 0x80);
    }

    private static boolean isAbbreviation(String word) {
        return word.length() >= 2 && word.chars().allMatch(Character::isUpperCase);
    }
}

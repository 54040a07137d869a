package dev.congkit.core.text.internal;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Whether a word is a well-formed Vietnamese syllable: an initial consonant, a rime the language
 * has, at most one tone mark, and only the sắc or nặng tone before a final p, t, c or ch. Used to
 * tell text typed in a legacy font encoding ("NguyÔn") from correct text ("Thanh Hoá"). Internal.
 */
public final class VietnameseSyllable {

    private static final List<String> INITIALS = List.of("ngh", "ng", "nh", "ch", "gh", "gi", "kh", "ph", "qu", "th", "tr",
            "b", "c", "d", "đ", "g", "h", "k", "l", "m", "n", "p", "r", "s", "t", "v", "x", "");
    private static final Set<String> RIMES = rimes();
    private static final String TONES = "\u0300\u0301\u0303\u0309\u0323";
    private static final String VOWELS = "aăâeêioôơuưy";
    private static final String SHAPED = "ăâêôơư";
    private static final char ACUTE = '\u0301';
    private static final char DOT_BELOW = '\u0323';

    private VietnameseSyllable() {
    }

    /** Whether {@code word} (any case, NFC or NFD, letters only) is a Vietnamese syllable. */
    public static boolean isValid(String word) {
        String decomposed = Normalizer.normalize(word.toLowerCase(Locale.ROOT), Normalizer.Form.NFD);
        StringBuilder base = new StringBuilder(decomposed.length());
        char tone = 0;
        int letters = 0;
        int toneOn = -1;
        for (int i = 0; i < decomposed.length(); i++) {
            char c = decomposed.charAt(i);
            if (TONES.indexOf(c) >= 0) {
                if (tone != 0 || letters == 0) {
                    return false;
                }
                tone = c;
                toneOn = letters - 1;
            } else {
                base.append(c);
                if (Character.getType(c) != Character.NON_SPACING_MARK) {
                    letters++;
                }
            }
        }
        String plain = Normalizer.normalize(base, Normalizer.Form.NFC);
        for (String initial : INITIALS) {
            if (plain.startsWith(initial) && validRime(plain.substring(initial.length()), tone, toneOn - initial.length())) {
                return true;
            }
        }
        return false;
    }

    private static boolean validRime(String rime, char tone, int toneOn) {
        if (!RIMES.contains(rime)) {
            return false;
        }
        boolean stopped = rime.endsWith("p") || rime.endsWith("t") || rime.endsWith("c") || rime.endsWith("ch");
        return (tone == 0 || tonePlaces(rime).contains(toneOn)) && (!stopped || tone == ACUTE || tone == DOT_BELOW);
    }

    /**
     * Where the tone mark may sit in a rime: on its last vowel with a hat, horn or breve; else on the
     * last vowel before a final consonant; else on the middle of three vowels; else on the first
     * vowel, or either vowel of oa, oe, uy (the old and the new placement: "hòa", "hoà").
     */
    private static Set<Integer> tonePlaces(String rime) {
        int lastShaped = -1;
        int lastVowel = -1;
        List<Integer> vowels = new java.util.ArrayList<>();
        for (int i = 0; i < rime.length(); i++) {
            char c = rime.charAt(i);
            if (SHAPED.indexOf(c) >= 0) {
                lastShaped = i;
            }
            if (VOWELS.indexOf(c) >= 0) {
                lastVowel = i;
                vowels.add(i);
            }
        }
        if (lastShaped >= 0) {
            return Set.of(lastShaped);
        }
        if (lastVowel < rime.length() - 1) {
            return Set.of(lastVowel);
        }
        if (rime.equals("oa") || rime.equals("oe") || rime.equals("uy")) {
            return Set.of(0, 1);
        }
        return Set.of(vowels.size() == 3 ? vowels.get(1) : vowels.get(0));
    }

    /** Every rime (medial, nucleus, final) of the standard language, without tone. */
    private static Set<String> rimes() {
        String[][] nucleusFinals = {
                {"a", "", "c", "ch", "m", "n", "ng", "nh", "p", "t", "i", "o", "u", "y"},
                {"ă", "c", "m", "n", "ng", "p", "t"},
                {"â", "c", "m", "n", "ng", "p", "t", "u", "y"},
                {"e", "", "c", "ch", "m", "n", "ng", "p", "t", "o"},
                {"ê", "", "ch", "m", "n", "nh", "p", "t", "u"},
                {"i", "", "a", "ch", "m", "n", "nh", "p", "t", "u"},
                {"o", "", "c", "m", "n", "ng", "p", "t", "i", "o"},
                {"ô", "", "c", "m", "n", "ng", "p", "t", "i"},
                {"ơ", "", "c", "m", "n", "p", "t", "i", "u"},
                {"u", "", "a", "c", "m", "n", "ng", "p", "t", "i", "y"},
                {"ư", "", "a", "c", "m", "n", "ng", "t", "i", "u"},
                {"y", "", "ch", "n", "nh", "t", "u"},
                {"iê", "c", "m", "n", "ng", "p", "t", "u"},
                {"yê", "", "c", "m", "n", "ng", "p", "t", "u"},
                {"uô", "c", "m", "n", "ng", "t", "i"},
                {"ươ", "c", "m", "n", "ng", "p", "t", "i", "u"},
                {"oa", "", "c", "ch", "m", "n", "ng", "nh", "p", "t", "i", "y", "o"},
                {"oă", "c", "m", "n", "ng", "t"},
                {"oe", "", "n", "t", "o"},
                {"oo", "c", "ng"},
                {"uâ", "n", "ng", "t", "y"},
                {"uê", "", "ch", "n", "nh", "u"},
                {"uơ", ""},
                {"uy", "", "a", "ch", "n", "nh", "p", "t", "u"},
                {"uyê", "", "n", "t"},
        };
        Set<String> all = new java.util.HashSet<>();
        for (String[] row : nucleusFinals) {
            for (int i = 1; i < row.length; i++) {
                all.add(row[0] + row[i]);
            }
        }
        return Set.copyOf(all);
    }
}

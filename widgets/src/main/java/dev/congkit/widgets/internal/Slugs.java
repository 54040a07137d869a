package dev.congkit.widgets.internal;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/** URL slugs from Vietnamese text: "05/QĐ-UBND" → "05-qd-ubnd", "Du lịch – lễ hội" → "du-lich-le-hoi". Internal. */
public final class Slugs {

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern NOT_ALNUM = Pattern.compile("[^a-z0-9]+");
    private static final Pattern EDGE_HYPHENS = Pattern.compile("^-+|-+$");

    private Slugs() {
    }

    public static String of(String text) {
        String folded = Normalizer.normalize(text.replace('Đ', 'D').replace('đ', 'd').replace('Ð', 'D'), Normalizer.Form.NFD);
        String plain = MARKS.matcher(folded).replaceAll("").toLowerCase(Locale.ROOT);
        return EDGE_HYPHENS.matcher(NOT_ALNUM.matcher(plain).replaceAll("-")).replaceAll("");
    }

    /** Folded for matching a search: no diacritics, lower case, single spaces. */
    public static String searchable(String text) {
        return of(text).replace('-', ' ');
    }
}

package dev.congkit.widgets.internal;

import java.text.Normalizer;
import java.util.Locale;

/** URL slugs from Vietnamese text: "05/QĐ-UBND" → "05-qd-ubnd", "Du lịch – lễ hội" → "du-lich-le-hoi". Internal. */
public final class Slugs {

    private Slugs() {
    }

    public static String of(String text) {
        String folded = Normalizer.normalize(text.replace('Đ', 'D').replace('đ', 'd').replace('Ð', 'D'), Normalizer.Form.NFD)
                .replaceAll("\\p{M}+", "").toLowerCase(Locale.ROOT);
        return folded.replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
    }

    /** Folded for matching a search: no diacritics, lower case, single spaces. */
    public static String searchable(String text) {
        return of(text).replace('-', ' ');
    }
}

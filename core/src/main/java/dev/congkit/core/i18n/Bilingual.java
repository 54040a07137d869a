package dev.congkit.core.i18n;

import dev.congkit.core.render.Locales;

import java.util.Locale;
import java.util.Objects;

/**
 * A message people read, in Vietnamese and in English, written side by side where it is raised so
 * that neither can be forgotten: problems in {@code site.json}, check findings, command output.
 * Vietnamese is the default; English is for {@code --lang en} and for logs.
 *
 * <p>Example:
 * <pre>{@code
 * Bilingual rule = Bilingual.of("một địa chỉ thư điện tử", "an e-mail address");
 * rule.in(Locale.ENGLISH);                 // "an e-mail address"
 * rule.in(Locale.forLanguageTag("vi"));    // "một địa chỉ thư điện tử"
 * }</pre>
 *
 * @param vi the Vietnamese text
 * @param en the English text
 */
public record Bilingual(String vi, String en) {

    public Bilingual {
        Objects.requireNonNull(vi, "vi");
        Objects.requireNonNull(en, "en");
    }

    public static Bilingual of(String vi, String en) {
        return new Bilingual(vi, en);
    }

    /** Text that reads the same in both languages (a value, a file name, an identifier). */
    public static Bilingual same(String text) {
        return new Bilingual(text, text);
    }

    /** The text in {@code locale}: English for English, Vietnamese for any other. */
    public String in(Locale locale) {
        return Locales.supported(locale).equals(Locale.ENGLISH) ? en : vi;
    }

    /** This text followed by {@code next}, language by language. */
    public Bilingual then(Bilingual next) {
        return new Bilingual(vi + next.vi, en + next.en);
    }

    @Override
    public String toString() {
        return en;
    }
}

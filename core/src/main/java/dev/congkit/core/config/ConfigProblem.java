package dev.congkit.core.config;

import dev.congkit.core.i18n.Bilingual;
import dev.congkit.core.i18n.PathWords;

import java.util.Locale;
import java.util.Objects;

/**
 * One problem in a configuration file: the file, the JSON path (empty for the file as a whole) and
 * the rule with the offending value, in Vietnamese and English. {@link #toString()} gives the English
 * line of logs: {@code site.json: agency.email: must be an e-mail address, but was 'ubnd@'};
 * {@link #describe(Locale)} the line a clerk reads, the place said in words with the path beside it.
 *
 * <p>Example:
 * <pre>{@code
 * for (ConfigProblem problem : e.problems()) {
 *     // site.json: Thông tin cơ quan, Thư điện tử (agency.email): phải là một địa chỉ thư điện tử, nhưng đang là 'ubnd mauson'
 *     System.err.println(problem.describe(Locale.forLanguageTag("vi")));
 * }
 * }</pre>
 *
 * @param source the file (or other source) the problem is in
 * @param path   the JSON path, empty for the file as a whole
 * @param text   what is wrong, in both languages
 */
public record ConfigProblem(String source, String path, Bilingual text) {

    public ConfigProblem {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(text, "text");
    }

    /** A problem whose message has no Vietnamese wording (a vendor's own section). */
    public ConfigProblem(String source, String path, String message) {
        this(source, path, Bilingual.same(Objects.requireNonNull(message, "message")));
    }

    /** The message in English. */
    public String message() {
        return text.en();
    }

    /** The line in {@code locale}: file, the place in words (path beside it), what is wrong. */
    public String describe(Locale locale) {
        if (path.isEmpty()) {
            return source + ": " + text.in(locale);
        }
        String words = PathWords.standard().describe(path, locale);
        return source + ": " + (words.equals(path) ? path : words + " (" + path + ")") + ": " + text.in(locale);
    }

    @Override
    public String toString() {
        return path.isEmpty() ? source + ": " + message() : source + ": " + path + ": " + message();
    }
}

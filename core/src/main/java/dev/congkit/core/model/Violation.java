package dev.congkit.core.model;

import dev.congkit.core.i18n.Bilingual;

import java.util.Locale;
import java.util.Objects;

/**
 * One broken rule: where (a JSON path relative to the value being built, empty for the value
 * itself) and what, in Vietnamese and English, phrased to follow the path, e.g.
 * {@code must be an e-mail address, but was 'ubnd@'}.
 *
 * <p>Example:
 * <pre>{@code
 * Violation violation = new Violation("email", Bilingual.of("phải là một địa chỉ thư điện tử", "must be an e-mail address"));
 * violation.under("agency").path();   // "agency.email"
 * }</pre>
 *
 * @param path the JSON path of the value, relative to the value being built
 * @param text what is wrong, in both languages
 */
public record Violation(String path, Bilingual text) {

    public Violation {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(text, "text");
    }

    /** A violation whose message has no Vietnamese wording (a vendor's own rule). */
    public Violation(String path, String message) {
        this(path, Bilingual.same(Objects.requireNonNull(message, "message")));
    }

    /** The message in English. */
    public String message() {
        return text.en();
    }

    /** The message in {@code locale}. */
    public String message(Locale locale) {
        return text.in(locale);
    }

    /** This violation seen from the parent that holds the value under {@code name}. */
    public Violation under(String name) {
        if (name.isEmpty()) {
            return this;
        }
        if (path.isEmpty()) {
            return new Violation(name, text);
        }
        return new Violation(path.startsWith("[") ? name + path : name + "." + path, text);
    }

    @Override
    public String toString() {
        return path.isEmpty() ? message() : path + ": " + message();
    }
}

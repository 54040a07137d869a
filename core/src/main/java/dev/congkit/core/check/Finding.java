package dev.congkit.core.check;

import dev.congkit.core.i18n.Bilingual;
import dev.congkit.core.i18n.PathWords;

import java.util.Locale;
import java.util.Objects;

/**
 * Something a check found: the requirement it concerns (an ID of the requirement catalogue), how
 * much it matters, where in {@code site.json} (a JSON path, empty for the site as a whole) and what,
 * in Vietnamese and English.
 *
 * <p>Example:
 * <pre>{@code
 * Finding finding = Finding.warning("CONTACT-GOV-EMAIL", "officials[0].email",
 *         Bilingual.of("không thuộc gov.vn: 'huong@gmail.com'", "is not on gov.vn: 'huong@gmail.com'"));
 * finding.format("site.json");   // "warning [CONTACT-GOV-EMAIL] site.json: officials[0].email: is not on gov.vn: ..."
 * finding.format("site.json", Locale.forLanguageTag("vi"));
 *         // "cảnh báo [CONTACT-GOV-EMAIL] site.json: Cán bộ thứ 1, Thư điện tử (officials[0].email): không thuộc gov.vn: ..."
 * }</pre>
 *
 * @param requirementId the requirement's ID in the catalogue
 * @param severity      how much it matters
 * @param path          the JSON path, empty for the site as a whole
 * @param text          what was found, in both languages
 * @param suspected     whether the check suspects rather than knows it
 */
public record Finding(String requirementId, Severity severity, String path, Bilingual text, boolean suspected) {

    public Finding {
        Objects.requireNonNull(requirementId, "requirementId");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(text, "text");
    }

    /** A finding the check is sure of. */
    public Finding(String requirementId, Severity severity, String path, Bilingual text) {
        this(requirementId, severity, path, text, false);
    }

    /** A finding whose message has no Vietnamese wording (a vendor's own check). */
    public Finding(String requirementId, Severity severity, String path, String message) {
        this(requirementId, severity, path, Bilingual.same(Objects.requireNonNull(message, "message")), false);
    }

    /**
     * A warning the check suspects rather than knows (text that looks like a legacy encoding): the
     * rule set may lower it, never raise it above a warning.
     */
    public static Finding suspected(String requirementId, String path, Bilingual text) {
        return new Finding(requirementId, Severity.WARNING, path, text, true);
    }

    public static Finding error(String requirementId, String path, Bilingual text) {
        return new Finding(requirementId, Severity.ERROR, path, text);
    }

    public static Finding warning(String requirementId, String path, Bilingual text) {
        return new Finding(requirementId, Severity.WARNING, path, text);
    }

    public static Finding info(String requirementId, String path, Bilingual text) {
        return new Finding(requirementId, Severity.INFO, path, text);
    }

    public static Finding error(String requirementId, String path, String message) {
        return new Finding(requirementId, Severity.ERROR, path, message);
    }

    public static Finding warning(String requirementId, String path, String message) {
        return new Finding(requirementId, Severity.WARNING, path, message);
    }

    public static Finding info(String requirementId, String path, String message) {
        return new Finding(requirementId, Severity.INFO, path, message);
    }

    /** The message in English. */
    public String message() {
        return text.en();
    }

    public Finding withSeverity(Severity weighed) {
        return new Finding(requirementId, weighed, path, text, suspected);
    }

    /** The English line of logs, e.g. {@code warning [CONTACT-GOV-EMAIL] site.json: officials[0].email: ...}. */
    public String format(String source) {
        String where = path.isEmpty() ? source : source + ": " + path;
        return severity.id() + " [" + requirementId + "] " + where + ": " + message();
    }

    /** The line a user reads in {@code locale}: severity, requirement, the place in words with its path, what. */
    public String format(String source, Locale locale) {
        String where = source;
        if (!path.isEmpty()) {
            String words = PathWords.standard().describe(path, locale);
            where = source + ": " + (words.equals(path) ? path : words + " (" + path + ")");
        }
        return severity.label().in(locale) + " [" + requirementId + "] " + where + ": " + text.in(locale);
    }
}

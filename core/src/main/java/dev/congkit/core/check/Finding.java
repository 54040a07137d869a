package dev.congkit.core.check;

import java.util.Objects;

/**
 * Something a check found: the requirement it concerns (an ID of the requirement catalogue), how
 * much it matters, where in {@code site.json} (a JSON path, empty for the site as a whole) and what.
 *
 * <p>Example:
 * <pre>{@code
 * Finding finding = Finding.warning("CONTACT-GOV-EMAIL", "officials[0].email",
 *         "is not on gov.vn: \"huong@gmail.com\"");
 * finding.format("site.json");   // "warning [CONTACT-GOV-EMAIL] site.json: officials[0].email: is not on gov.vn: ..."
 * }</pre>
 */
public record Finding(String requirementId, Severity severity, String path, String message, boolean suspected) {

    public Finding {
        Objects.requireNonNull(requirementId, "requirementId");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(message, "message");
    }

    /** A finding the check is sure of. */
    public Finding(String requirementId, Severity severity, String path, String message) {
        this(requirementId, severity, path, message, false);
    }

    /**
     * A warning the check suspects rather than knows (text that looks like a legacy encoding): the
     * rule set may lower it, never raise it above a warning.
     */
    public static Finding suspected(String requirementId, String path, String message) {
        return new Finding(requirementId, Severity.WARNING, path, message, true);
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

    public Finding withSeverity(Severity weighed) {
        return new Finding(requirementId, weighed, path, message, suspected);
    }

    /** The line a user sees, e.g. {@code warning [CONTACT-GOV-EMAIL] officials[0].email: ...}. */
    public String format(String source) {
        String where = path.isEmpty() ? source : source + ": " + path;
        return severity.id() + " [" + requirementId + "] " + where + ": " + message;
    }
}

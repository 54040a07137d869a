package dev.congkit.core.check;

/**
 * How much a finding matters; the site's rule set decides it per requirement.
 *
 * <p>Example:
 * <pre>{@code
 * Severity severity = finding.severity();
 * String inReports = severity.id();   // "error", "warning" or "info"
 * }</pre>
 */
public enum Severity {
    ERROR, WARNING, INFO;

    /** The lower-case name used in rule-set files and reports. */
    public String id() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}

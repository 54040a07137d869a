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

    /** The word people read: "lỗi" / "error", "cảnh báo" / "warning", "lưu ý" / "info". */
    public dev.congkit.core.i18n.Bilingual label() {
        return switch (this) {
            case ERROR -> dev.congkit.core.i18n.Bilingual.of("lỗi", "error");
            case WARNING -> dev.congkit.core.i18n.Bilingual.of("cảnh báo", "warning");
            case INFO -> dev.congkit.core.i18n.Bilingual.of("lưu ý", "info");
        };
    }
}

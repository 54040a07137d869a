package dev.congkit.audit.report;

import dev.congkit.audit.AuditFinding;
import dev.congkit.audit.Evidence;
import dev.congkit.audit.SiteReport;
import dev.congkit.audit.internal.Say;

import java.util.Locale;

/**
 * A site's report as plain text for a terminal: one line per requirement, evidence indented under it.
 *
 * <p>Example:
 * <pre>{@code
 * System.out.print(TextReports.site(report, Locale.forLanguageTag("vi")));
 * }</pre>
 */
public final class TextReports {

    private TextReports() {
    }

    public static String site(SiteReport report, Locale locale) {
        Say say = new Say(locale);
        StringBuilder text = new StringBuilder();
        text.append(say.t("report.site")).append(": ").append(report.target());
        if (!report.url().isEmpty() && !report.url().equals(report.target())) {
            text.append(" (").append(report.url()).append(')');
        }
        text.append('\n').append(say.t("report.ruleSets")).append(": ").append(String.join(" + ", report.ruleSets()))
                .append(" · ").append(say.t("report.date")).append(": ").append(report.date())
                .append(" · ").append(say.t("report.pages")).append(": ").append(report.pages().size()).append('\n');
        report.notes().forEach(note -> text.append("  * ").append(note).append('\n'));
        for (AuditFinding finding : report.findings()) {
            text.append(String.format(Locale.ROOT, "%-14s %-20s %s%n", finding.status().id(), finding.requirement(), finding.message()));
            for (Evidence evidence : finding.evidence()) {
                text.append("               ").append(evidence.selector());
                if (!evidence.excerpt().isEmpty()) {
                    text.append(" | ").append(evidence.excerpt());
                }
                text.append('\n');
            }
        }
        text.append(say.t("report.score")).append(": ")
                .append(report.score().isPresent() ? Math.round(report.score().getAsDouble() * 100) + " %" : "—").append('\n');
        return text.toString();
    }
}

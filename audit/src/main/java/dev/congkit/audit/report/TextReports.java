package dev.congkit.audit.report;

import dev.congkit.audit.AuditFinding;
import dev.congkit.audit.Evidence;
import dev.congkit.audit.SiteReport;
import dev.congkit.audit.internal.Places;
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

    /**
     * The report as text. Everything taken from a site is written without control characters or
     * bidirectional overrides, so a page cannot move the cursor or recolour an officer's terminal.
     */
    public static String site(SiteReport report, Locale locale) {
        Say say = new Say(locale);
        StringBuilder text = new StringBuilder();
        text.append(say.t("report.site")).append(": ").append(safe(report.target()));
        if (!report.url().isEmpty() && !report.url().equals(report.target())) {
            text.append(" (").append(safe(report.url())).append(')');
        }
        text.append('\n').append(say.t("report.ruleSets")).append(": ").append(String.join(" + ", report.ruleSets()))
                .append(" · ").append(say.t("report.date")).append(": ").append(report.date())
                .append(" · ").append(say.t("report.pages")).append(": ").append(report.pages().size()).append('\n');
        report.notes().forEach(note -> text.append("  * ").append(safe(note)).append('\n'));
        for (AuditFinding finding : report.findings()) {
            text.append(String.format(Locale.ROOT, "%-14s %-20s %s%n", finding.status().id(), finding.requirement(), safe(finding.message())));
            for (Evidence evidence : finding.evidence()) {
                text.append("               ").append(safe(Places.describe(evidence, report.url(), say)));
                if (!evidence.excerpt().isEmpty()) {
                    text.append(": ").append(safe(evidence.excerpt()));
                }
                text.append('\n');
            }
            HtmlReports.fix(say, finding).ifPresent(fix -> text.append("               ").append(say.t("report.fix")).append(": ").append(fix).append('\n'));
        }
        text.append(say.t("report.score")).append(": ")
                .append(report.score().isPresent() ? Math.round(report.score().getAsDouble() * 100) + " %" : "—").append('\n');
        return text.toString();
    }

    /**
     * {@code text} fit for a terminal: C0 and C1 control characters (escape included) and the
     * bidirectional overrides and isolates become spaces.
     */
    public static String safe(String text) {
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().forEach(c -> out.appendCodePoint(unsafe(c) ? ' ' : c));
        return out.toString();
    }

    private static boolean unsafe(int c) {
        return c < 0x20 || c >= 0x7f && c <= 0x9f || c >= 0x202a && c <= 0x202e || c >= 0x2066 && c <= 0x2069
                || c == 0x200e || c == 0x200f || c == 0x061c;
    }
}

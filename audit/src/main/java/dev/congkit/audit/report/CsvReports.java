package dev.congkit.audit.report;

import dev.congkit.audit.AuditFinding;
import dev.congkit.audit.SiteReport;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Sites × requirements as CSV (RFC 4180, UTF-8 with a byte-order mark so spreadsheet programs read
 * the Vietnamese text right): one row per site, one column per requirement holding its status.
 *
 * <p>Example:
 * <pre>{@code
 * String csv = CsvReports.table(reports);
 * ReportFiles.write(Path.of("bao-cao/tong-hop.csv"), csv);
 * }</pre>
 */
public final class CsvReports {

    private CsvReports() {
    }

    public static String table(List<SiteReport> reports) {
        Set<String> requirements = new LinkedHashSet<>();
        reports.forEach(r -> r.findings().forEach(f -> requirements.add(f.requirement())));
        StringBuilder csv = new StringBuilder("\uFEFF");
        csv.append(String.join(",", List.of("target", "url", "title", "date", "reachable", "score")));
        requirements.forEach(id -> csv.append(',').append(field(id)));
        csv.append("\r\n");
        for (SiteReport report : reports) {
            csv.append(field(report.target())).append(',').append(field(report.url())).append(',').append(field(report.title()))
                    .append(',').append(report.date()).append(',').append(report.reachable()).append(',')
                    .append(report.score().isPresent() ? String.format(Locale.ROOT, "%.4f", report.score().getAsDouble()) : "");
            for (String id : requirements) {
                csv.append(',').append(report.findings().stream().filter(f -> f.requirement().equals(id)).findFirst()
                        .map(AuditFinding::status).map(s -> s.id()).orElse(""));
            }
            csv.append("\r\n");
        }
        return csv.toString();
    }

    /**
     * A field quoted when it holds a comma, a semicolon (the list separator of Vietnamese Excel), a
     * quote or a line break, and defused when a spreadsheet would read it as a formula.
     */
    static String field(String value) {
        String text = value == null ? "" : value;
        if (!text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0) {
            text = "'" + text;
        }
        if (text.contains(",") || text.contains(";") || text.contains("\"") || text.contains("\n") || text.contains("\r")) {
            return "\"" + text.replace("\"", "\"\"") + "\"";
        }
        return text;
    }
}

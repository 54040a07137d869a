package dev.congkit.audit;

import dev.congkit.core.check.Severity;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.OptionalDouble;

/**
 * The audit of one site: what was audited, by which rule sets on which date, and the verdict on each
 * requirement.
 *
 *
 * <p>Example:
 * <pre>{@code
 * SiteReport report = new Auditor(AuditOptions.defaults()).audit("https://mauson.thanhhoa.gov.vn/");
 * report.score();                  // OptionalDouble: passes ÷ requirements judged
 * report.count(Status.FAIL);       // how many requirements failed
 * report.failsError();             // true when an error-severity requirement failed (the CLI exits 1)
 * String json = JsonReports.site(report);   // schema SiteReport.SCHEMA, documented in docs/audit-report.md
 * }</pre>
 *
 * @param target    the target as given (URL or file)
 * @param url       the address finally read (after redirects), or the file's URI
 * @param title     the target page's title
 * @param ruleSets  the rule set ids applied, national first
 * @param date      the date of the check
 * @param reachable whether the target could be read at all
 * @param notes     things the reader should know: unreachable target, TLS not verified, robots.txt ignored, broken links
 * @param pages     the addresses of the pages read, the target first
 * @param findings  one per requirement of the rule sets, in rule-set order
 * @param screenshots pictures taken in browser mode (the home page first), empty otherwise
 */
public record SiteReport(String target, String url, String title, List<String> ruleSets, LocalDate date, boolean reachable,
                         List<String> notes, List<String> pages, List<AuditFinding> findings, List<Screenshot> screenshots) {

    /** The version of the JSON report format ({@code docs/audit-report.md}). */
    public static final String SCHEMA = "congkit-audit-report/1";

    public SiteReport {
        Objects.requireNonNull(target, "target");
        url = url == null ? "" : url;
        title = title == null ? "" : title;
        ruleSets = List.copyOf(ruleSets);
        Objects.requireNonNull(date, "date");
        notes = List.copyOf(notes);
        pages = List.copyOf(pages);
        findings = List.copyOf(findings);
        screenshots = List.copyOf(screenshots);
    }

    /** A report without pictures (HTML mode). */
    public SiteReport(String target, String url, String title, List<String> ruleSets, LocalDate date, boolean reachable,
                      List<String> notes, List<String> pages, List<AuditFinding> findings) {
        this(target, url, title, ruleSets, date, reachable, notes, pages, findings, List.of());
    }

    /** The share of judged requirements (pass, fail, warning) that pass; empty when none was judged. */
    public OptionalDouble score() {
        long judged = findings.stream().filter(f -> f.status().judged()).count();
        long passed = findings.stream().filter(f -> f.status() == Status.PASS).count();
        return judged == 0 ? OptionalDouble.empty() : OptionalDouble.of((double) passed / judged);
    }

    /** Whether a requirement of error severity fails, or the target could not be read. */
    public boolean failsError() {
        return !reachable || findings.stream().anyMatch(f -> f.status() == Status.FAIL && f.severity() == Severity.ERROR);
    }

    public long count(Status status) {
        return findings.stream().filter(f -> f.status() == status).count();
    }
}

package dev.congkit.audit.report;

import dev.congkit.audit.AuditFinding;
import dev.congkit.audit.SiteReport;
import dev.congkit.audit.Status;
import dev.congkit.audit.internal.Say;
import dev.congkit.audit.internal.browser.Browser;
import dev.congkit.audit.report.Blocks.Align;
import dev.congkit.audit.report.Blocks.Block;
import dev.congkit.audit.report.Blocks.Cell;
import dev.congkit.audit.report.Blocks.Para;
import dev.congkit.audit.report.Blocks.Run;
import dev.congkit.audit.report.Blocks.Table;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The audit as an administrative report the office signs: a Báo cáo in the form of Nghị định
 * 30/2020/NĐ-CP, Phụ lục I — the supervising body above the issuing office, Quốc hiệu and tiêu ngữ,
 * "Số: …/BC-…" and the date left for the văn thư, the title and subject, the results across the
 * sites and then site by site with what to fix, the proposals, "Nơi nhận:" ending "- Lưu: VT, …" (the
 * drafting unit) and
 * the signature block. As printable A4 HTML ({@link #html}) and as DOCX for the office to edit
 * ({@link #docx}); in browser mode the command line also prints the HTML to PDF.
 * <pre>{@code
 * ReportForm form = ReportForm.from(heading);
 * ReportFiles.write(Path.of("bao-cao.html"), FormalReports.html(reports, form, heading, Locale.forLanguageTag("vi")));
 * AtomicFile.write(Path.of("bao-cao.docx"), FormalReports.docx(reports, form, heading, Locale.forLanguageTag("vi")));
 * }</pre>
 */
public final class FormalReports {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private FormalReports() {
    }

    /** The report as one printable HTML file (A4, Times New Roman, page breaks that keep tables and the signature whole). */
    public static String html(List<SiteReport> reports, ReportForm form, ReportHeading heading, Locale locale) {
        Say say = new Say(locale);
        return FormalHtml.render(blocks(reports, form, heading, say), say.t("formal.title") + " – " + subject(say), say.locale().getLanguage());
    }

    /** The report as a Word document (Office Open XML), to edit and sign. */
    public static byte[] docx(List<SiteReport> reports, ReportForm form, ReportHeading heading, Locale locale) {
        return FormalDocx.render(blocks(reports, form, heading, new Say(locale)));
    }

    /**
     * The HTML report printed to PDF by the Chromium at {@code chromium} (started for this and ended).
     *
     * @throws IOException when the browser cannot start or print
     */
    public static byte[] pdf(String html, Path chromium) throws IOException {
        try (Browser browser = Browser.start(chromium)) {
            return browser.pdf(html, Duration.ofSeconds(60));
        }
    }

    static List<Block> blocks(List<SiteReport> reports, ReportForm form, ReportHeading heading, Say say) {
        List<Block> blocks = new ArrayList<>();
        blocks.add(heading(form, say));
        blocks.add(Para.of(Align.CENTRE, 14, Run.bold(say.t("formal.title"))));
        blocks.add(Para.of(Align.CENTRE, 14, Run.bold(subject(say))));
        blocks.add(Para.of(Align.CENTRE, 13, Run.plain("—————")));
        String office = ReportForm.orDots(form.issuingOffice());
        String ruleSets = reports.isEmpty() ? "" : String.join(" + ", reports.get(0).ruleSets());
        blocks.add(Para.body(Run.plain(say.t("formal.intro", DAY.format(heading.checked()), office, reports.size(), ruleSets))));
        blocks.add(new Para(List.of(Run.bold(say.t("formal.overall"))), Align.LEFT, 13, true));
        blocks.add(overall(reports, say));
        blocks.add(new Para(List.of(Run.bold(say.t("formal.eachSite"))), Align.LEFT, 13, true));
        for (int i = 0; i < reports.size(); i++) {
            site(blocks, i + 1, reports.get(i), say);
        }
        blocks.add(new Para(List.of(Run.bold(say.t("formal.proposals"))), Align.LEFT, 13, true));
        blocks.add(Para.body(Run.plain(heading.deadline() == null ? say.t("formal.fix")
                : say.t("formal.fixBy", DAY.format(heading.deadline()), heading.office() == null ? office : heading.office()))));
        blocks.add(Para.body(Run.plain(say.t("formal.closing", office))));
        blocks.add(signature(form, say));
        return blocks;
    }

    private static String subject(Say say) {
        return say.t("formal.subject");
    }

    /** The two columns above the title: who issues it and its number; Quốc hiệu, tiêu ngữ, place and date. */
    private static Table heading(ReportForm form, Say say) {
        List<Para> left = new ArrayList<>();
        if (!form.supervisingBody().isEmpty()) {
            left.add(Para.of(Align.CENTRE, 13, Run.plain(form.supervisingBody().toUpperCase(Locale.forLanguageTag("vi")))));
        }
        left.add(Para.of(Align.CENTRE, 13, Run.bold(ReportForm.orDots(form.issuingOffice().toUpperCase(Locale.forLanguageTag("vi"))))));
        left.add(Para.of(Align.CENTRE, 13, Run.plain("———")));
        left.add(Para.of(Align.CENTRE, 13, Run.plain(say.t("formal.number", ReportForm.orDots(form.symbol())))));
        List<Para> right = List.of(
                Para.of(Align.CENTRE, 13, Run.bold("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM")),
                Para.of(Align.CENTRE, 14, new Run("Độc lập - Tự do - Hạnh phúc", true, false, true)),
                Para.of(Align.CENTRE, 13, Run.plain(" ")),
                Para.of(Align.CENTRE, 14, Run.italic(say.t("formal.dateLine", ReportForm.orDots(form.place())))));
        return new Table(List.of(List.of(new Cell(left, 40), new Cell(right, 60))), false, true);
    }

    private static Table overall(List<SiteReport> reports, Say say) {
        List<List<Cell>> rows = new ArrayList<>();
        rows.add(List.of(head(6, say.t("formal.no")), head(38, say.t("formal.site")), head(11, say.t("status.pass")),
                head(11, say.t("status.fail")), head(11, say.t("status.warning")), head(11, say.t("status.cannot-judge")),
                head(12, say.t("formal.score"))));
        for (int i = 0; i < reports.size(); i++) {
            SiteReport r = reports.get(i);
            rows.add(List.of(cell(6, Align.CENTRE, String.valueOf(i + 1)), cell(38, Align.LEFT, name(r)),
                    cell(11, Align.CENTRE, String.valueOf(r.count(Status.PASS))), cell(11, Align.CENTRE, String.valueOf(r.count(Status.FAIL))),
                    cell(11, Align.CENTRE, String.valueOf(r.count(Status.WARNING))),
                    cell(11, Align.CENTRE, String.valueOf(r.count(Status.CANNOT_JUDGE))),
                    cell(12, Align.CENTRE, r.score().isPresent() ? Math.round(r.score().getAsDouble() * 100) + " %" : "—")));
        }
        return new Table(rows, true, false);
    }

    private static void site(List<Block> blocks, int number, SiteReport report, Say say) {
        blocks.add(new Para(List.of(Run.bold(number + ". " + name(report)), Run.plain(report.url().isEmpty() ? "" : " (" + report.url() + ")")),
                Align.LEFT, 13, true));
        if (!report.reachable()) {
            blocks.add(Para.body(Run.plain("- " + say.t("formal.unreachable", report.notes().isEmpty() ? "" : report.notes().get(report.notes().size() - 1)))));
            return;
        }
        long judged = report.findings().stream().filter(f -> f.status().judged()).count();
        blocks.add(Para.body(Run.plain("- " + say.t("formal.passed", report.count(Status.PASS), judged))));
        List<AuditFinding> failed = report.findings().stream().filter(f -> f.status() == Status.FAIL || f.status() == Status.WARNING).toList();
        if (failed.isEmpty()) {
            blocks.add(Para.body(Run.plain("- " + say.t("formal.allMet"))));
            return;
        }
        blocks.add(Para.body(Run.plain("- " + say.t("formal.notMet", failed.size()))));
        for (AuditFinding f : failed) {
            List<Run> runs = new ArrayList<>(List.of(Run.plain("+ "), Run.bold(HtmlReports.title(say, f.requirement()) + " (" + f.requirement() + ")"),
                    Run.plain(": " + f.message())));
            HtmlReports.fix(say, f).ifPresent(fix -> runs.add(Run.italic(" " + say.t("report.fix") + ": " + fix)));
            blocks.add(new Para(runs, Align.JUSTIFY, 13, true));
        }
    }

    /** "Nơi nhận:" beside the signature block. */
    private static Table signature(ReportForm form, Say say) {
        List<Para> left = new ArrayList<>();
        left.add(Para.of(Align.LEFT, 12, new Run(say.t("formal.recipients"), true, true, false)));
        for (String recipient : form.recipients()) {
            left.add(Para.of(Align.LEFT, 11, Run.plain("- " + recipient + ";")));
        }
        left.add(Para.of(Align.LEFT, 11, Run.plain("- " + say.t("formal.archive", ReportForm.orDots(form.draftedBy())))));
        List<Para> right = new ArrayList<>();
        if (!form.authority().isEmpty()) {
            right.add(Para.of(Align.CENTRE, 13, Run.bold(form.authority())));
        }
        right.add(Para.of(Align.CENTRE, 13, Run.bold(ReportForm.orDots(form.position()))));
        right.add(Para.of(Align.CENTRE, 13, Run.italic(say.t("formal.sign"))));
        for (int i = 0; i < 3; i++) {
            right.add(Para.of(Align.CENTRE, 13, Run.plain(" ")));
        }
        right.add(Para.of(Align.CENTRE, 13, Run.bold(ReportForm.orDots(form.signer()))));
        return new Table(List.of(List.of(new Cell(left, 45), new Cell(right, 55))), false, true);
    }

    private static String name(SiteReport report) {
        return report.title().isEmpty() ? report.target() : report.title();
    }

    private static Cell head(int width, String text) {
        return Cell.of(width, Para.of(Align.CENTRE, 12, Run.bold(text)));
    }

    private static Cell cell(int width, Align align, String text) {
        return Cell.of(width, Para.of(align, 12, Run.plain(text)));
    }
}

package dev.congkit.cli;

import dev.congkit.audit.AuditOptions;
import dev.congkit.audit.Auditor;
import dev.congkit.audit.BatchAudit;
import dev.congkit.audit.SiteReport;
import dev.congkit.audit.report.CsvReports;
import dev.congkit.audit.report.FormalReports;
import dev.congkit.audit.report.HtmlReports;
import dev.congkit.audit.report.JsonReports;
import dev.congkit.audit.report.ReportFiles;
import dev.congkit.audit.report.ReportForm;
import dev.congkit.audit.report.ReportHeading;
import dev.congkit.audit.report.TextReports;
import dev.congkit.core.io.AtomicFile;
import dev.congkit.core.render.RenderContext;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

/** {@code congkit audit TARGET...}: judge portals' pages against a rule set and write reports. */
@Command(name = "audit", mixinStandardHelpOptions = true,
        description = {"Audits portals, built with CổngKit or not, against a rule set: each TARGET is a URL or a saved HTML file.",
                "One target: a report in --format to --out FILE (or the terminal). Several targets or --targets: a batch",
                "written into --out DIR (summary.html, summary.json, summary.csv and one report per site under sites/).",
                "Exit status: 0 no error-severity requirement fails, 1 one does (or a target is unreachable), 2 usage or I/O error."})
final class AuditCommand implements Callable<Integer> {

    enum Format { text, json, csv, html, report }

    @Parameters(descriptionKey = "target", paramLabel = "TARGET", arity = "0..*", description = "URLs (http, https) or saved HTML files.")
    List<String> targets = new ArrayList<>();

    @Option(names = "--targets", paramLabel = "FILE", description = "A file listing targets, one per line (# starts a comment).")
    Path targetsFile;

    @Option(names = "--rules", paramLabel = "ID", description = "Rule set (default: the national set in force on the date).")
    String rules;

    @Option(names = "--format", paramLabel = "FORMAT", description = "text, json, csv, html or report: the formal Báo cáo (Nghị định 30/2020), HTML, or DOCX or PDF by the --out file's "
            + "extension (one target; a batch writes bao-cao.html and bao-cao.docx beside its summary; default text).")
    Format format = Format.text;

    @Option(names = "--lang", paramLabel = "LANG", description = "Report language: vi (default) or en.")
    String lang = Language.english() ? "en" : "vi";

    @Option(names = "--out", paramLabel = "FILE|DIR", description = "Where to write: a file for one target, a folder for a batch.")
    Path out;

    @Option(names = "--previous", paramLabel = "FILE", description = "The previous batch's summary.json, to report what improved and regressed.")
    Path previous;

    @Option(names = "--concurrency", paramLabel = "N", description = "Sites audited at once in a batch (default 4).")
    int concurrency = 4;

    @Option(names = "--per-host", paramLabel = "N", description = "Requests at once to one host (default 2).")
    int perHost = 2;

    @Option(names = "--max-pages", paramLabel = "N", description = "Pages read per site, the target included (default 40).")
    int maxPages = 40;

    @Option(names = "--depth", paramLabel = "N", description = "How deep links are followed from the target (default 2).")
    int depth = 2;

    @Option(names = "--timeout", paramLabel = "SECONDS",
            description = "Time one request may take in all: connecting, headers and body (default 15).")
    int timeout = 15;

    @Option(names = "--site-timeout", paramLabel = "SECONDS",
            description = "Time one site may take in all; what was read by then is judged, and a site that overruns it "
                    + "by a minute more is reported as not judged while the batch goes on (default 300).")
    int siteTimeout = 300;

    @Option(names = "--allow-private-addresses",
            description = "Read hosts on loopback or private-network addresses even when the target is a public site "
                    + "(a target on such an address always may).")
    boolean allowPrivate;

    @Option(names = "--ignore-robots", description = "Read pages robots.txt forbids (an office auditing its own units).")
    boolean ignoreRobots;

    @Option(names = "--insecure-tls", description = "Read sites whose TLS certificate chain does not verify; reported in the notes.")
    boolean insecureTls;

    @Option(names = "--browser", description = "Also render each home page in Chromium: the feedback banner's place and size, "
            + "menus drawn by script, the page at 320 px, timings, a screenshot in the HTML report.")
    boolean browser;

    @Option(names = "--chromium", paramLabel = "PROGRAM", description = "The Chromium or Chrome of --browser (default: the one installed, /usr/bin/chromium).")
    Path chromiumProgram;

    @Option(names = "--axe", paramLabel = "FILE", description = "axe-core's axe.min.js, run on each home page in browser mode (A11Y by WCAG 2.1 A/AA).")
    Path axe;

    @CommandLine.Mixin
    FormalReportOptions formal = new FormalReportOptions();

    @Option(names = "--date", paramLabel = "yyyy-mm-dd", description = "Audit as of this date (default: today in Vietnam).")
    LocalDate date;

    @Option(names = "--unit", paramLabel = "NAME", description = "The reporting unit, printed at the head of the HTML report.")
    String unit;

    @Option(names = "--office", paramLabel = "NAME", description = "The office the report goes to.")
    String office;

    @Option(names = "--deadline", paramLabel = "yyyy-mm-dd", description = "The report's deadline.")
    LocalDate deadline;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    /** The browser of --browser, once found. */
    private Path chromium;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        List<String> all = new ArrayList<>(targets);
        if (targetsFile != null) {
            try {
                for (String line : Files.readAllLines(targetsFile, StandardCharsets.UTF_8)) {
                    String target = line.replaceFirst("\\s+#.*$", "").strip();
                    if (!target.isEmpty() && !target.startsWith("#")) {
                        all.add(target);
                    }
                }
            } catch (MalformedInputException e) {
                return usage(err, Language.say("không đọc được " + targetsFile + ": không phải chữ UTF-8", "cannot read " + targetsFile + ": not UTF-8 text"));
            } catch (IOException e) {
                return usage(err, Language.say("không đọc được ", "cannot read ") + targetsFile + ": " + e.getMessage());
            }
        }
        if (all.isEmpty()) {
            return usage(err, Language.say("hãy cho ít nhất một ĐÍCH hoặc --targets TỆP", "give at least one TARGET or --targets FILE"));
        }
        if (!"vi".equals(lang) && !"en".equals(lang)) {
            return usage(err, Language.say("--lang phải là vi hoặc en, nhưng đang là '" + lang + "'", "--lang must be vi or en, but was '" + lang + "'"));
        }
        if (concurrency < 1 || perHost < 1 || maxPages < 1 || depth < 0 || timeout < 1) {
            return usage(err, Language.say("--concurrency, --per-host, --max-pages và --timeout phải từ 1 trở lên, --depth từ 0 trở lên", "--concurrency, --per-host, --max-pages and --timeout must be at least 1, --depth at least 0"));
        }
        if (siteTimeout < timeout) {
            return usage(err, Language.say("--site-timeout không được nhỏ hơn --timeout (" + timeout + "), nhưng đang là " + siteTimeout, "--site-timeout must be at least --timeout (" + timeout + "), but was " + siteTimeout));
        }
        String unknown = Language.unknownRuleSet(rules);
        if (unknown != null) {
            return usage(err, unknown);
        }
        chromium = null;
        if (browser || chromiumProgram != null) {
            chromium = chromiumProgram == null ? AuditOptions.installedBrowser().orElse(null) : chromiumProgram;
            if (chromium == null || !Files.isExecutable(chromium)) {
                return usage(err, chromiumProgram == null
                        ? Language.say("không tìm thấy Chromium (/usr/bin/chromium); cài bằng 'apt-get install chromium' hoặc ghi --chromium CHƯƠNG-TRÌNH",
                        "no Chromium found (/usr/bin/chromium); install it with 'apt-get install chromium' or give --chromium PROGRAM")
                        : Language.say("--chromium " + chromiumProgram + " không phải một chương trình chạy được",
                        "--chromium " + chromiumProgram + " is not a program that can run"));
            }
        }
        if (axe != null && (chromium == null || !Files.isReadable(axe))) {
            return usage(err, chromium == null ? Language.say("--axe chỉ dùng cùng --browser", "--axe needs --browser")
                    : Language.say("không đọc được --axe " + axe, "cannot read --axe " + axe));
        }
        if (format == Format.report && out != null && targetsFile == null && targets.size() == 1) {
            String problem = formalFileProblem(out);
            if (problem != null) {
                return usage(err, problem);
            }
        }
        LocalDate day = date != null ? date : LocalDate.now(RenderContext.VIETNAM);
        Locale locale = Locale.forLanguageTag(lang);
        Auditor auditor;
        try {
            auditor = new Auditor(AuditOptions.defaults().withRuleSet(rules).withDate(day).withLocale(locale)
                    .withTimeout(Duration.ofSeconds(timeout)).withMaxPages(maxPages).withMaxDepth(depth).withPerHost(perHost)
                    .withIgnoreRobots(ignoreRobots).withAcceptBrokenTls(insecureTls)
                    .withSiteTimeout(Duration.ofSeconds(siteTimeout)).withAllowPrivateAddresses(allowPrivate)
                    .withBrowser(chromium).withAxe(axe));
        } catch (IllegalArgumentException e) {
            return usage(err, e.getMessage());
        }
        ReportHeading heading = new ReportHeading(unit, office, deadline, day);
        boolean batch = all.size() > 1 || targetsFile != null;
        try (auditor) {
            return batch ? batch(auditor, all, heading, locale, err) : single(auditor, all.get(0), heading, locale);
        } catch (IOException e) {
            err.println("congkit: " + Language.say("không ghi được báo cáo: ", "cannot write the report: ") + e.getMessage());
            return 2;
        }
    }

    private ReportForm form(ReportHeading heading) {
        return formal.form(heading.unit(), heading.office());
    }

    private int single(Auditor auditor, String target, ReportHeading heading, Locale locale) throws IOException {
        SiteReport report = new BatchAudit(auditor, 1).run(List.of(target), (finished, total, done) -> { }).get(0);
        if (format == Format.report && out != null && !out.toString().toLowerCase(Locale.ROOT).matches(".*\\.html?$")) {
            AtomicFile.write(out, formal(List.of(report), heading, locale, out));
            spec.commandLine().getErr().println("congkit: " + Language.say("đã ghi báo cáo vào ", "report written to ") + out);
            return report.failsError() ? 1 : 0;
        }
        String text = switch (format) {
            case text -> TextReports.site(report, locale);
            case json -> JsonReports.site(report);
            case csv -> CsvReports.table(List.of(report));
            case html -> HtmlReports.site(report, heading, locale);
            case report -> FormalReports.html(List.of(report), form(heading), heading, locale);
        };
        if (out == null) {
            spec.commandLine().getOut().print(text);
            spec.commandLine().getOut().flush();
        } else {
            ReportFiles.write(out, text);
            spec.commandLine().getErr().println("congkit: " + Language.say("đã ghi báo cáo vào ", "report written to ") + out);
        }
        return report.failsError() ? 1 : 0;
    }

    private int batch(Auditor auditor, List<String> all, ReportHeading heading, Locale locale, PrintWriter err) throws IOException {
        if (out == null) {
            return usage(err, Language.say("kiểm tra hàng loạt cần --out THƯ-MỤC", "a batch needs --out DIR"));
        }
        if (Files.exists(out) && !Files.isDirectory(out)) {
            return usage(err, Language.say("--out " + out + " là một tệp; kiểm tra hàng loạt ghi vào một thư mục", "--out " + out + " is a file; a batch writes into a folder"));
        }
        List<SiteReport> before = List.of();
        if (previous != null) {
            try {
                before = JsonReports.readSummary(Files.readString(previous, StandardCharsets.UTF_8));
            } catch (IOException e) {
                return usage(err, Language.say("không dùng được --previous ", "cannot use --previous ") + previous + ": " + e.getMessage());
            }
        }
        Progress bar = new Progress(err, System.console() != null);
        List<SiteReport> reports = new BatchAudit(auditor, concurrency).run(all, bar::done);
        bar.end();
        ReportFiles.writeBatch(out, reports, before, heading, locale);
        ReportFiles.write(out.resolve("bao-cao.html"), FormalReports.html(reports, form(heading), heading, locale));
        AtomicFile.write(out.resolve("bao-cao.docx"), formal(reports, heading, locale, out.resolve("bao-cao.docx")));
        if (chromium != null) {
            AtomicFile.write(out.resolve("bao-cao.pdf"), formal(reports, heading, locale, out.resolve("bao-cao.pdf")));
        }
        long unreachable = reports.stream().filter(r -> !r.reachable()).count();
        long failing = reports.stream().filter(SiteReport::failsError).count();
        err.println("congkit: " + Language.say("đã kiểm tra " + reports.size() + " trang (" + unreachable + " không truy cập được, " + failing
                + " vi phạm yêu cầu mức lỗi); tổng hợp ở " + out.resolve("summary.html"), reports.size() + " sites audited (" + unreachable
                + " unreachable, " + failing + " failing an error-severity requirement); summary in " + out.resolve("summary.html")));
        return failing > 0 ? 1 : 0;
    }

    /** Why the formal report cannot be written to {@code file} (its extension, or a PDF without a browser), or null. */
    private String formalFileProblem(Path file) {
        String name = file.toString().toLowerCase(Locale.ROOT);
        if (!name.matches(".*\\.(html?|docx|pdf)$")) {
            return Language.say("báo cáo chính thức ghi ra tệp .html, .docx hoặc .pdf, không phải " + file,
                    "the formal report is written to a .html, .docx or .pdf file, not " + file);
        }
        return name.endsWith(".pdf") && chromium == null ? Language.say("báo cáo PDF cần --browser (Chromium in ra PDF); hoặc ghi ra .docx hay .html",
                "a PDF report needs --browser (Chromium prints it); or write .docx or .html") : null;
    }

    /** The formal report as {@code file} asks for, checked by {@link #formalFileProblem}: a PDF printed by the browser, else DOCX. */
    private byte[] formal(List<SiteReport> reports, ReportHeading heading, Locale locale, Path file) throws IOException {
        if (file.toString().toLowerCase(Locale.ROOT).endsWith(".pdf")) {
            return FormalReports.pdf(FormalReports.html(reports, form(heading), heading, locale), chromium);
        }
        return FormalReports.docx(reports, form(heading), heading, locale);
    }

    private static int usage(PrintWriter err, String message) {
        err.println("congkit audit: " + message);
        return 2;
    }

    /** A progress bar on the error stream: redrawn in place on a terminal, one line per site otherwise. */
    private static final class Progress {
        private final PrintWriter err;
        private final boolean terminal;
        private final String unreachable = Language.say("(không truy cập được) ", "(unreachable) ");   // the sites' threads do not carry the language

        Progress(PrintWriter err, boolean terminal) {
            this.err = err;
            this.terminal = terminal;
        }

        void done(int finished, int total, SiteReport report) {
            int filled = total == 0 ? 20 : finished * 20 / total;
            String line = "[" + "#".repeat(filled) + ".".repeat(20 - filled) + "] " + finished + "/" + total + " "
                    + (report.reachable() ? "" : unreachable) + TextReports.safe(report.target());
            if (terminal) {
                err.print("\r" + (line.length() > 100 ? line.substring(0, 100) : String.format("%-100s", line)));
            } else {
                err.println(line);
            }
            err.flush();
        }

        void end() {
            if (terminal) {
                err.println();
            }
        }
    }
}

package dev.congkit.audit.report;

import com.github.mustachejava.DefaultMustacheFactory;
import com.github.mustachejava.Mustache;
import dev.congkit.audit.AuditFinding;
import dev.congkit.audit.Screenshot;
import dev.congkit.audit.SiteReport;
import dev.congkit.audit.Status;
import dev.congkit.audit.internal.Places;
import dev.congkit.audit.internal.Say;

import java.io.StringWriter;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Reports for people: one self-contained, printable HTML file per site (findings grouped by outcome,
 * each with its mark, evidence and legal source) and a summary across sites (a table of sites ×
 * requirements, a chart of compliance per requirement drawn as inline SVG, and what improved or
 * regressed since the previous run). Vietnamese by default, English on request.
 *
 * <p>Example:
 * <pre>{@code
 * ReportHeading heading = new ReportHeading("UBND xã Mẫu Sơn", "Phòng Văn hóa - Thông tin", LocalDate.of(2026, 12, 15),
 *         LocalDate.of(2026, 11, 28));
 * String page = HtmlReports.site(report, heading, Locale.forLanguageTag("vi"));   // printable, self-contained
 * ReportFiles.write(Path.of("bao-cao/mauson.html"), page);
 * }</pre>
 */
public final class HtmlReports {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final Mustache SITE;
    private static final Mustache SUMMARY;

    static {
        DefaultMustacheFactory factory = new DefaultMustacheFactory("dev/congkit/audit/report");
        SITE = factory.compile("site-report.mustache");
        SUMMARY = factory.compile("summary-report.mustache");
    }

    record Heading(String unit, String office, String deadline, String date) {
    }

    record EvidenceView(String place, String excerpt) {
    }

    /** A part of the home page's screenshot, drawn by an SVG that shows the picture through a window on that part. */
    record CropView(String shot, String caption, String viewBox, int width, int height) {
    }

    /** The home page's screenshot, embedded once; the areas findings point at are outlined on it. */
    record ShotView(String id, String caption, String data, int width, int height, List<Screenshot.Area> areas) {
    }

    record Row(String id, String title, String status, String statusLabel, String mark, String severity, String message,
               String source, List<EvidenceView> evidence, String fix, List<CropView> crops) {
        public boolean hasEvidence() {
            return !evidence.isEmpty();
        }

        public boolean hasFix() {
            return fix != null;
        }
    }

    record Group(String title, List<Row> rows) {
    }

    record SiteView(String lang, Map<String, Object> msg, Heading heading, String target, String url, String title,
                    String ruleSets, boolean reachable, String score, int pages, Map<String, Long> counts, List<String> notes,
                    List<Group> groups, List<ShotView> shots) {
        public boolean hasNotes() {
            return !notes.isEmpty();
        }
    }

    record Cell(String status, String mark, String label) {
    }

    record SiteLine(String target, String link, String score, List<Cell> cells) {
    }

    record Bar(String id, String title, String percent, int y, int width, int textY, String label) {
        /** What the chart writes beside the bar: the requirement's name, its ID after it. */
        public String name() {
            String name = title.equals(id) ? id : title + " (" + id + ")";
            return name.length() <= 80 ? name : name.substring(0, 79) + "…";
        }
    }

    /** A column of the summary table: the requirement's ID, its name in the report's language. */
    record Column(String id, String title) {
    }

    record Change(String target, String requirement, String from, String to) {
    }

    record SummaryView(String lang, Map<String, Object> msg, Heading heading, int sites, List<Column> columns, List<SiteLine> lines,
                       List<Bar> bars, int chartHeight, boolean hasPrevious, List<Change> improved, List<Change> regressed) {
    }

    private HtmlReports() {
    }

    public static String site(SiteReport report, ReportHeading heading, Locale locale) {
        Say say = new Say(locale);
        Map<String, Long> counts = new LinkedHashMap<>();
        for (Status status : Status.values()) {
            counts.put(status.id().replace("-", ""), report.count(status));
        }
        List<Group> groups = new ArrayList<>();
        group(groups, say, "report.groupFailed", report, f -> f.status() == Status.FAIL || f.status() == Status.WARNING);
        group(groups, say, "report.groupPassed", report, f -> f.status() == Status.PASS);
        group(groups, say, "report.groupOther", report, f -> !f.status().judged());
        SiteView view = new SiteView(say.locale().getLanguage(), say.tree(), heading(heading), report.target(), report.url(),
                report.title(), String.join(" + ", report.ruleSets()), report.reachable(), score(report), report.pages().size(),
                counts, report.notes(), groups, shots(report));
        return render(SITE, view);
    }

    /**
     * @param links    the file name of each site's detailed report, in the order of {@code reports} (or empty)
     * @param previous the previous run's reports, or an empty list
     */
    public static String summary(List<SiteReport> reports, List<String> links, List<SiteReport> previous, ReportHeading heading,
                                 Locale locale) {
        Say say = new Say(locale);
        Set<String> columns = new LinkedHashSet<>();
        reports.forEach(r -> r.findings().forEach(f -> columns.add(f.requirement())));
        List<SiteLine> lines = new ArrayList<>();
        for (int i = 0; i < reports.size(); i++) {
            SiteReport report = reports.get(i);
            List<Cell> cells = new ArrayList<>();
            for (String id : columns) {
                Status status = status(report, id);
                cells.add(status == null ? new Cell("none", "", "") : new Cell(status.id(), mark(status), say.t("status." + status.id())));
            }
            lines.add(new SiteLine(report.target(), i < links.size() ? links.get(i) : null,
                    report.reachable() ? score(report) : say.t("report.unreachable"), cells));
        }
        List<Bar> bars = new ArrayList<>();
        int y = 0;
        for (String id : columns) {
            long judged = reports.stream().map(r -> status(r, id)).filter(s -> s != null && s.judged()).count();
            long passed = reports.stream().map(r -> status(r, id)).filter(s -> s == Status.PASS).count();
            double share = judged == 0 ? 0 : (double) passed / judged;
            String percent = judged == 0 ? "—" : Math.round(share * 100) + " %";
            bars.add(new Bar(id, title(say, id), percent, y, (int) Math.round(share * 300), y + 14,
                    passed + "/" + judged));
            y += 22;
        }
        List<Change> improved = new ArrayList<>();
        List<Change> regressed = new ArrayList<>();
        for (SiteReport report : reports) {
            previous.stream().filter(p -> p.target().equals(report.target())).findFirst().ifPresent(before -> {
                for (AuditFinding now : report.findings()) {
                    Status then = status(before, now.requirement());
                    if (then == null || then == now.status()) {
                        continue;
                    }
                    Change change = new Change(report.target(), now.requirement() + " — " + title(say, now.requirement()),
                            say.t("status." + then.id()), say.t("status." + now.status().id()));
                    if (now.status() == Status.PASS && then != Status.PASS) {
                        improved.add(change);
                    } else if (then == Status.PASS && (now.status() == Status.FAIL || now.status() == Status.WARNING)) {
                        regressed.add(change);
                    }
                }
            });
        }
        SummaryView view = new SummaryView(say.locale().getLanguage(), say.tree(), heading(heading), reports.size(),
                columns.stream().map(id -> new Column(id, title(say, id))).toList(), lines, bars, Math.max(y, 22), !previous.isEmpty(),
                improved, regressed);
        return render(SUMMARY, view);
    }

    private static void group(List<Group> groups, Say say, String key, SiteReport report, Predicate<AuditFinding> which) {
        List<Row> rows = new ArrayList<>();
        for (AuditFinding f : report.findings()) {
            if (which.test(f)) {
                rows.add(new Row(f.requirement(), title(say, f.requirement()), f.status().id(), say.t("status." + f.status().id()),
                        mark(f.status()), say.t("severity." + f.severity().id()), f.message(), f.source(),
                        f.evidence().stream().map(e -> new EvidenceView(Places.describe(e, report.url(), say), e.excerpt())).toList(),
                        fix(say, f).orElse(null), crops(report, f.requirement())));
            }
        }
        if (!rows.isEmpty()) {
            groups.add(new Group(say.t(key), rows));
        }
    }

    private static List<ShotView> shots(SiteReport report) {
        List<ShotView> shots = new ArrayList<>();
        for (int i = 0; i < report.screenshots().size(); i++) {
            Screenshot shot = report.screenshots().get(i);
            shots.add(new ShotView("ck-shot-" + i, shot.caption(), "data:image/jpeg;base64," + Base64.getEncoder().encodeToString(shot.jpeg()),
                    shot.width(), shot.height(), shot.areas()));
        }
        return shots;
    }

    /** Windows on the screenshots where they show what {@code requirement}'s finding is about, with a margin around it. */
    private static List<CropView> crops(SiteReport report, String requirement) {
        List<CropView> crops = new ArrayList<>();
        for (int i = 0; i < report.screenshots().size(); i++) {
            for (Screenshot.Area a : report.screenshots().get(i).areas()) {
                if (a.requirement().equals(requirement)) {
                    int margin = 24;
                    int width = Math.min(a.width() + 2 * margin, 720);
                    crops.add(new CropView("#ck-shot-" + i, a.caption(), (a.x() - margin) + " " + (a.y() - margin) + " "
                            + (a.width() + 2 * margin) + " " + (a.height() + 2 * margin), width,
                            Math.round((float) width * (a.height() + 2 * margin) / (a.width() + 2 * margin))));
                }
            }
        }
        return crops;
    }

    /** How to meet a requirement the site fails or is warned about ("Cách khắc phục"), where the catalogue has a line for it. */
    static java.util.Optional<String> fix(Say say, AuditFinding finding) {
        if (finding.status() != Status.FAIL && finding.status() != Status.WARNING) {
            return java.util.Optional.empty();
        }
        return finding.remedy().isEmpty() ? say.find("fix." + finding.requirement()) : java.util.Optional.of(finding.remedy());
    }

    static String title(Say say, String id) {
        return say.find("req." + id).orElse(id);
    }

    private static Status status(SiteReport report, String id) {
        return report.findings().stream().filter(f -> f.requirement().equals(id)).findFirst().map(AuditFinding::status).orElse(null);
    }

    private static String mark(Status status) {
        return switch (status) {
            case PASS -> "✓";
            case FAIL -> "✗";
            case WARNING -> "!";
            case NOT_APPLICABLE -> "–";
            case CANNOT_JUDGE -> "?";
        };
    }

    private static String score(SiteReport report) {
        return report.score().isPresent() ? Math.round(report.score().getAsDouble() * 100) + " %" : "—";
    }

    private static Heading heading(ReportHeading heading) {
        return new Heading(heading.unit(), heading.office(), heading.deadline() == null ? null : DAY.format(heading.deadline()),
                DAY.format(heading.checked()));
    }

    private static String render(Mustache template, Object view) {
        StringWriter out = new StringWriter();
        template.execute(out, view);
        return out.toString();
    }
}

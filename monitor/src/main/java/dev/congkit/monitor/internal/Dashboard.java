package dev.congkit.monitor.internal;

import dev.congkit.audit.AuditFinding;
import dev.congkit.audit.SiteReport;
import dev.congkit.core.model.SiteConfig;
import dev.congkit.core.render.Labels;
import dev.congkit.core.render.Locales;
import dev.congkit.core.render.RenderContext;
import dev.congkit.core.render.Widget;
import dev.congkit.core.render.WidgetRenderer;
import dev.congkit.monitor.MonitorRunner;
import dev.congkit.monitor.MonitorStore;
import dev.congkit.monitor.MonitorStore.Result;
import dev.congkit.monitor.MonitorStore.StoredSite;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.jsoup.nodes.Entities;

import java.io.IOException;
import java.io.PrintWriter;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The dashboard: log-in, the overview, a page per commune and per requirement, the CSV export, "check now". Nothing without a session. */
public final class Dashboard extends HttpServlet {

    private static final long serialVersionUID = 1L;
    private static final String OFFICER = "dev.congkit.monitor.officer";
    private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("HH:mm 'ngày' dd/MM/yyyy");

    private final transient MonitorStore store;
    private final transient MonitorRunner runner;
    private final transient Officers officers;
    private final transient ExecutorService runs;
    private final transient Clock clock;
    private final transient SiteConfig shell;
    private final transient WidgetRenderer renderer;
    private final transient dev.congkit.audit.report.ReportForm form;

    public Dashboard(MonitorStore store, MonitorRunner runner, Officers officers, ExecutorService runs, Clock clock, SiteConfig shell,
                     dev.congkit.audit.report.ReportForm form) {
        this.form = form;
        this.store = store;
        this.runner = runner;
        this.officers = officers;
        this.runs = runs;
        this.clock = clock;
        this.shell = shell;
        this.renderer = WidgetRenderer.builder().widgets(List.of(view("monitor-overview", this::overview), view("monitor-site", this::site),
                view("monitor-requirement", this::requirement), view("monitor-login", (c, l) -> c.params()),
                view("monitor-password", (c, l) -> c.params()), view("monitor-report", this::report), view("monitor-sites", this::siteList), view("monitor-officers", this::officerList))).build();
    }

    private static Widget view(String id, java.util.function.BiFunction<RenderContext, Labels, Object> model) {
        return Widget.of(id, "dev/congkit/monitor/", "dev.congkit.monitor.messages", model);
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String path = path(request);
        if (path.equals("/dang-nhap")) {
            page(request, response, 200, "login.title", "monitor-login", Map.of("csrf", csrf(request)));
            return;
        }
        String officer = officer(request);
        if (officer == null) {
            redirect(response, request.getContextPath() + "/dang-nhap");
            return;
        }
        MonitorStore.Officer who = officers.officer(officer);   // read once per request
        if (who.mustChange() && !path.equals("/doi-mat-khau")) {
            redirect(response, request.getContextPath() + "/doi-mat-khau");
            return;
        }
        Map<String, String> params = new TreeMap<>();
        params.put("csrf", csrf(request));
        params.put("admin", "ADMIN".equals(who.role()) ? "1" : "");
        copy(request, params, "loc", "sap-xep", "da-chay", "thang", "quy", "nam");
        if (path.equals("/") || path.isEmpty()) {
            page(request, response, 200, "monitor.overview", "monitor-overview", params);
        } else if (path.equals("/doi-mat-khau")) {
            params.put("first", who.mustChange() ? "1" : "");
            page(request, response, 200, "login.change", "monitor-password", params);
        } else if (path.startsWith("/don-vi/") && store.site(path.substring(8)).isPresent()) {
            params.put("ma", path.substring(8));
            page(request, response, 200, null, "monitor-site", params);
        } else if (path.startsWith("/yeu-cau/") && path.substring(9).matches("[A-Z0-9-]{2,40}")) {
            params.put("id", path.substring(9));
            page(request, response, 200, null, "monitor-requirement", params);
        } else if (path.equals("/xuat/tong-hop.csv")) {
            csv(response);
        } else if (path.equals("/can-bo")) {
            if (!"1".equals(params.get("admin"))) {
                response.sendError(403);
                return;
            }
            page(request, response, 200, "officers.title", "monitor-officers", params);
        } else if (path.equals("/danh-sach")) {
            if (!"1".equals(params.get("admin"))) {
                response.sendError(403);
                return;
            }
            params.put("csv", currentList());
            page(request, response, 200, "sites.title", "monitor-sites", params);
        } else if (path.equals("/bao-cao") || path.equals("/bao-cao.csv") || path.equals("/bao-cao.xlsx")) {
            dev.congkit.monitor.ReportPeriod period = period(request);
            if (path.endsWith(".csv")) {
                Reports.csv(response, dev.congkit.monitor.PeriodicReport.of(store, period));
            } else if (path.endsWith(".xlsx")) {
                Reports.xlsx(response, dev.congkit.monitor.PeriodicReport.of(store, period));
            } else {
                params.put("tu", period.from().toString());
                params.put("den", period.to().toString());
                params.put("ten", period.name());
                page(request, response, 200, "report.page", "monitor-report", params);
            }
        } else {
            response.sendError(404);
        }
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        request.setCharacterEncoding("UTF-8");
        String path = path(request);
        if (!csrfValid(request)) {
            page(request, response, 403, "login.title", "monitor-login", Map.of("csrf", csrf(request), "problem", label("login.expired", request)));
            return;
        }
        if (path.equals("/dang-nhap")) {
            String name = request.getParameter("ten");
            Officers.Outcome outcome = officers.login(name, request.getParameter("mat-khau"));
            if (outcome == Officers.Outcome.IN) {
                request.getSession(true);
                request.changeSessionId();   // a session id planted before the log-in is worth nothing after it
                request.getSession().setAttribute(OFFICER, name);
                redirect(response, request.getContextPath() + "/");
            } else {
                page(request, response, outcome == Officers.Outcome.LOCKED ? 429 : 401, "login.title", "monitor-login", Map.of("csrf", csrf(request),
                        "problem", label(outcome == Officers.Outcome.LOCKED ? "login.locked" : "login.wrong", request), "name", name == null ? "" : name));
            }
            return;
        }
        String officer = officer(request);
        if (officer == null) {
            response.sendError(403);
            return;
        }
        boolean admin = "ADMIN".equals(officers.officer(officer).role());
        if (path.equals("/dang-xuat")) {
            request.getSession().invalidate();
            redirect(response, request.getContextPath() + "/dang-nhap");
        } else if (path.equals("/doi-mat-khau")) {
            if (officers.changePassword(officer, request.getParameter("hien-tai"), request.getParameter("moi"))) {
                redirect(response, request.getContextPath() + "/");
            } else {
                page(request, response, 400, "login.change", "monitor-password", Map.of("csrf", csrf(request), "problem", label("login.changeRefused", request)));
            }
        } else if (path.equals("/danh-sach")) {
            if (!admin) {
                response.sendError(403);
                return;
            }
            String csv = request.getParameter("csv") == null ? "" : request.getParameter("csv");
            Map<String, String> params = new TreeMap<>(Map.of("csrf", csrf(request), "csv", csv));
            try {
                dev.congkit.monitor.SiteList list = dev.congkit.monitor.SiteList.parse(label("sites.title", request), csv);
                store.replaceSites(list);
                params.put("saved", renderer.labels("monitor-sites", Locales.fromTag(request.getParameter("lang"))).format("sites.saved", list.sites().size()));
                params.put("csv", currentList());
                page(request, response, 200, "sites.title", "monitor-sites", params);
            } catch (dev.congkit.core.config.ConfigException e) {
                params.put("problems", e.problems().stream().map(Object::toString).collect(Collectors.joining("\n")));
                page(request, response, 400, "sites.title", "monitor-sites", params);
            }
        } else if (path.equals("/can-bo")) {
            if (!admin) {
                response.sendError(403);
                return;
            }
            String name = request.getParameter("ten");
            Optional<String> password = officers.create(name, String.valueOf(request.getParameter("vai-tro")));
            Labels labels = renderer.labels("monitor-officers", Locales.fromTag(request.getParameter("lang")));
            Map<String, String> params = new TreeMap<>(Map.of("csrf", csrf(request), "admin", "1"));
            if (password.isPresent()) {
                params.put("created", labels.format("officers.created", name, password.get()));
            } else {
                params.put("refused", labels.get("officers.refused"));
            }
            page(request, response, password.isPresent() ? 200 : 400, "officers.title", "monitor-officers", params);
        } else if (path.equals("/chay")) {
            if (!admin) {
                response.sendError(403, label("login.forbidden", request));
                return;
            }
            runs.submit(() -> runner.run("HAND"));
            redirect(response, request.getContextPath() + "/?da-chay=1");
        } else {
            response.sendError(404);
        }
    }

    // --- models

    private Object overview(RenderContext context, Labels labels) {
        List<StoredSite> sites = store.sites();
        Map<Long, List<Result>> latest = store.latestTwo();
        Map<Long, List<String>> failing = store.latestFailing();
        Map<Long, Instant> lastRead = store.lastReachable();
        List<Row> rows = new ArrayList<>();
        int order = 0;
        for (StoredSite site : sites) {
            List<Result> two = latest.getOrDefault(site.id(), List.of());
            Result now = two.isEmpty() ? null : two.get(0);
            Double before = two.size() < 2 ? null : two.get(1).score();
            String arrow = now == null || now.score() == null || before == null ? "·" : now.score() > before ? "↑" : now.score() < before ? "↓" : "→";
            String trend = now == null || now.score() == null ? "" : before == null ? labels.get("monitor.new")
                    : labels.get(now.score() > before ? "monitor.up" : now.score() < before ? "monitor.down" : "monitor.same");
            Instant last = lastRead.get(site.id());
            boolean down = now != null && !now.reachable();
            rows.add(new Row(order++, site.site().name(), site.site().code(), "/don-vi/" + site.site().code(), down ? "" : percent(now == null ? null : now.score()),
                    now == null || now.score() == null ? -1 : now.score(), now != null && !now.reachable(), arrow, trend, "↓".equals(arrow),
                    failing.getOrDefault(site.id(), List.of()).stream().map(id -> new Link(id, "/yeu-cau/" + id)).toList(),
                    last == null ? null : last.atZone(VIETNAM).toOffsetDateTime().withNano(0).toString(),
                    last != null ? WHEN.format(last.atZone(VIETNAM)) : labels.get(now == null ? "monitor.neverAudited" : "monitor.neverRead")));
        }
        Map<dev.congkit.core.model.AgencyLevel, Long> types = sites.stream().map(site -> site.site().unitType()).filter(java.util.Objects::nonNull)
                .collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
        String typeLine = labels.format("monitor.types", types.getOrDefault(dev.congkit.core.model.AgencyLevel.XA, 0L),
                types.getOrDefault(dev.congkit.core.model.AgencyLevel.PHUONG, 0L), types.getOrDefault(dev.congkit.core.model.AgencyLevel.DAC_KHU, 0L),
                types.getOrDefault(dev.congkit.core.model.AgencyLevel.THI_TRAN, 0L));
        String filter = context.param("loc") == null ? "" : context.param("loc");
        String sort = context.param("sap-xep") == null ? "" : context.param("sap-xep");
        List<Row> shown = rows.stream().filter(r -> switch (filter) {
            case "khong-truy-cap" -> r.unreachable();
            case "chua-dat" -> !r.failing().isEmpty();
            case "giam" -> r.worse();
            default -> true;
        }).sorted(switch (sort) {
            case "diem" -> Comparator.comparingDouble(Row::scoreValue).thenComparingInt(Row::order);
            case "ten" -> Comparator.comparing(Row::name, java.text.Collator.getInstance(Locale.forLanguageTag("vi")));
            default -> Comparator.comparingInt(Row::order);
        }).toList();
        long audited = rows.stream().filter(r -> r.scoreValue() >= 0 || r.unreachable()).count();
        long down = rows.stream().filter(Row::unreachable).count();
        List<Link2> filters = List.of(new Link2(labels.get("monitor.filterAll"), link("", sort), filter.isEmpty()),
                new Link2(labels.get("monitor.filterUnreachable"), link("khong-truy-cap", sort), filter.equals("khong-truy-cap")),
                new Link2(labels.get("monitor.filterFailing"), link("chua-dat", sort), filter.equals("chua-dat")),
                new Link2(labels.get("monitor.filterWorse"), link("giam", sort), filter.equals("giam")));
        List<Link2> sorts = List.of(new Link2(labels.get("monitor.sortList"), link(filter, ""), sort.isEmpty()),
                new Link2(labels.get("monitor.sortScore"), link(filter, "diem"), sort.equals("diem")),
                new Link2(labels.get("monitor.sortName"), link(filter, "ten"), sort.equals("ten")));
        List<Text> runList = store.runs(10).stream().map(r -> new Text(labels.format("monitor.run", r.id(), WHEN.format(r.startedAt().atZone(VIETNAM)),
                labels.get(switch (r.status()) {
                    case "DONE" -> "monitor.runDone";
                    case "RUNNING" -> "monitor.runRunning";
                    default -> "monitor.runInterrupted";
                }) + (r.resumed() ? " " + labels.get("monitor.runResumed") : "")))).toList();
        String notice = "1".equals(context.param("da-chay")) ? labels.get("monitor.started") : runner.running() ? labels.get("monitor.running") : null;
        List<Text> worse = store.latestAlerts().stream().map(a -> new Text(a.line())).toList();
        return new Overview(labels.format("monitor.sites", sites.size(), audited, down) + " (" + typeLine + ")", shown, filters, sorts, runList, notice,
                "1".equals(context.param("admin")), context.param("csrf"), worse);
    }

    private Object site(RenderContext context, Labels labels) {
        StoredSite site = store.site(context.param("ma")).orElseThrow();
        List<Result> history = store.history(site.id());
        Result now = history.isEmpty() ? null : history.get(history.size() - 1);
        Chart chart = history.isEmpty() ? null : chart(site, history, labels);
        List<String> changes = new ArrayList<>();
        List<FindingRow> findings = new ArrayList<>();
        if (now != null) {
            Optional<SiteReport> report = store.report(now.runId(), site.id());
            Map<String, String> before = history.size() < 2 ? Map.of()
                    : store.report(history.get(history.size() - 2).runId(), site.id()).map(r -> r.findings().stream()
                    .collect(Collectors.toMap(AuditFinding::requirement, f -> f.status().id(), (a, b) -> a))).orElse(Map.of());
            for (AuditFinding finding : report.map(SiteReport::findings).orElse(List.of())) {
                findings.add(new FindingRow(finding.requirement(), "/yeu-cau/" + finding.requirement(), finding.status().id(),
                        labels.get("status." + finding.status().id()), finding.message()));
                String earlier = before.get(finding.requirement());
                if (earlier != null && !earlier.equals(finding.status().id())) {
                    changes.add(labels.format("monitor.changed", finding.requirement(), labels.get("status." + earlier), labels.get("status." + finding.status().id())));
                }
            }
        }
        return new SitePage(site.site(), now != null && !now.reachable() ? "" : percent(now == null ? null : now.score()), now != null && !now.reachable(),
                chart, changes, findings);
    }

    private Object requirement(RenderContext context, Labels labels) {
        String id = context.param("id");
        return new RequirementPage(labels.format("monitor.failingSites", id), store.failing(id).stream()
                .map(s -> new Unit(s.site().name(), s.site().code(), "/don-vi/" + s.site().code())).toList());
    }

    private Object officerList(RenderContext context, Labels labels) {
        Instant now = clock.instant();
        List<OfficerRow> rows = officers.all().stream().map(o -> new OfficerRow(o.name(), labels.get("ADMIN".equals(o.role()) ? "officers.admin" : "officers.reader"),
                labels.get(o.lockedUntil() != null && now.isBefore(o.lockedUntil()) ? "officers.locked" : o.mustChange() ? "officers.mustChange" : "officers.active")))
                .toList();
        return new OfficersPage(rows, context.param("csrf"), context.param("created"), context.param("refused"));
    }

    /** An officer in the list. */
    public record OfficerRow(String name, String role, String state) {
    }

    /** The officers' page. */
    public record OfficersPage(List<OfficerRow> officers, String csrf, String created, String refused) {
    }

    private Object siteList(RenderContext context, Labels labels) {
        String problems = context.param("problems");
        return new SitesPage(context.param("csv"), context.param("csrf"), context.param("saved"),
                problems == null || problems.isEmpty() ? List.of() : List.of(problems.split("\n")));
    }

    /** The site list as the office's CSV, for editing. */
    private String currentList() {
        StringBuilder csv = new StringBuilder("Tên đơn vị,Mã đơn vị hành chính,Mã định danh,Địa chỉ trang,Bộ quy tắc,Liên hệ\n");
        for (StoredSite site : store.sites()) {
            dev.congkit.monitor.MonitoredSite s = site.site();
            csv.append(String.join(",", quote(s.name()), s.code(), quote(s.identifier()), quote(s.url()), quote(s.ruleSet()), quote(s.contact())))
                    .append('\n');
        }
        return csv.toString();
    }

    /** A CSV cell as written, quoted (no formula guard: this text is read back by the list, not by a spreadsheet). */
    private static String quote(String text) {
        return text == null ? "" : "\"" + text.replace("\"", "\"\"") + "\"";
    }

    /** The site list's page. */
    public record SitesPage(String csv, String csrf, String saved, List<String> problems) {
        public boolean hasProblems() {
            return !problems.isEmpty();
        }
    }

    /** The period the query asks for: ?thang=2026-12, or ?nam=2026&quy=4; the month of today's data by default. */
    private dev.congkit.monitor.ReportPeriod period(HttpServletRequest request) {
        String month = request.getParameter("thang");
        String year = request.getParameter("nam");
        String quarter = request.getParameter("quy");
        if (year != null && quarter != null && year.matches("20[0-9]{2}") && quarter.matches("[1-4]")) {
            return dev.congkit.monitor.ReportPeriod.quarter(Integer.parseInt(year), Integer.parseInt(quarter));
        }
        if (month != null && month.matches("20[0-9]{2}-(0[1-9]|1[0-2])")) {
            return dev.congkit.monitor.ReportPeriod.month(java.time.YearMonth.parse(month));
        }
        return dev.congkit.monitor.ReportPeriod.monthOf(java.time.LocalDate.now(clock.withZone(VIETNAM)));
    }

    private Object report(RenderContext context, Labels labels) {
        dev.congkit.monitor.ReportPeriod period = new dev.congkit.monitor.ReportPeriod(context.param("ten"),
                java.time.LocalDate.parse(context.param("tu")), java.time.LocalDate.parse(context.param("den")));
        dev.congkit.monitor.PeriodicReport report = dev.congkit.monitor.PeriodicReport.of(store, period);
        DateTimeFormatter day = DateTimeFormatter.ofPattern("dd/MM/yyyy");
        List<ReportLine> rows = new ArrayList<>();
        int number = 1;
        for (dev.congkit.monitor.PeriodicReport.Row row : report.rows()) {
            rows.add(new ReportLine(number++, row, String.join(", ", row.failingAtEnd())));
        }
        int audits = report.rows().stream().mapToInt(dev.congkit.monitor.PeriodicReport.Row::audits).sum();
        String query = period.name().startsWith("quý") ? "nam=" + period.to().getYear() + "&quy=" + ((period.to().getMonthValue() + 2) / 3)
                : "thang=" + java.time.YearMonth.from(period.to());
        int year = period.to().getYear();
        List<Link2> quarters = new ArrayList<>();
        for (int q = 1; q <= 4; q++) {
            quarters.add(new Link2(dev.congkit.monitor.ReportPeriod.quarter(year, q).name(), "/bao-cao?nam=" + year + "&quy=" + q, false));
        }
        return new ReportPage(form, labels.format("report.subject", period.name(), day.format(period.from()), day.format(period.to())),
                labels.format("report.summary", report.rows().size(), audits,
                        report.average().isPresent() ? Math.round(report.average().getAsDouble() * 100) + " %" : "—"),
                rows, java.time.YearMonth.from(period.to()).toString(), quarters, "/bao-cao.csv?" + query, "/bao-cao.xlsx?" + query);
    }

    /** A line of the periodic report. */
    public record ReportLine(int number, dev.congkit.monitor.PeriodicReport.Row row, String failing) {
    }

    /** The periodic report's page. */
    public record ReportPage(dev.congkit.audit.report.ReportForm form, String subject, String summary, List<ReportLine> rows, String month, List<Link2> quarters, String csvPath,
                             String xlsxPath) {
    }

    private Chart chart(StoredSite site, List<Result> history, Labels labels) {
        int width = 640;
        int height = 200;
        int bottom = height - 20;
        int right = width - 10;
        int n = history.size();
        List<Dot> dots = new ArrayList<>();
        StringBuilder points = new StringBuilder();
        for (int i = 0; i < n; i++) {
            Double score = history.get(i).score();
            int x = n == 1 ? 40 + (right - 40) / 2 : 40 + (right - 40) * i / (n - 1);
            int y = bottom - (int) Math.round((score == null ? 0 : score) * (bottom - 10));
            dots.add(new Dot(x, y));
            points.append(points.length() == 0 ? "" : " ").append(x).append(',').append(y);
        }
        List<String> lines = history.stream().map(r -> WHEN.format(r.auditedAt().atZone(VIETNAM)) + ": "
                + (r.reachable() ? percent(r.score()) : labels.get("monitor.unreachable"))).toList();
        return new Chart(width, height, bottom, right, points.toString(), dots, labels.format("monitor.historyChart", site.site().name(), n,
                WHEN.format(history.get(0).auditedAt().atZone(VIETNAM)), WHEN.format(history.get(n - 1).auditedAt().atZone(VIETNAM))), lines);
    }

    private static String percent(Double score) {
        return score == null ? "" : Math.round(score * 100) + " %";
    }

    private static String link(String filter, String sort) {
        String query = (filter.isEmpty() ? "" : "loc=" + filter) + (sort.isEmpty() ? "" : (filter.isEmpty() ? "" : "&") + "sap-xep=" + sort);
        return "/" + (query.isEmpty() ? "" : "?" + query);
    }

    /** A row of the overview. */
    public record Row(int order, String name, String code, String url, String score, double scoreValue, boolean unreachable, String arrow,
                      String trend, boolean worse, List<Link> failing, String lastIso, String lastText) {
    }

    /** A link with its text. */
    public record Link(String id, String url) {
    }

    /** A filter or sort link, marked when it is the current one. */
    public record Link2(String label, String url, boolean current) {
    }

    /** A line of text. */
    public record Text(String text) {
    }

    /** The overview. */
    public record Overview(String count, List<Row> rows, List<Link2> filters, List<Link2> sorts, List<Text> runs, String notice, boolean admin,
                           String csrf, List<Text> worse) {
        public boolean hasWorse() {
            return !worse.isEmpty();
        }
    }

    /** A commune's page. */
    public record SitePage(dev.congkit.monitor.MonitoredSite site, String score, boolean unreachable, Chart chart, List<String> changes,
                           List<FindingRow> findings) {
    }

    /** A verdict on a commune's page. */
    public record FindingRow(String id, String url, String status, String statusLabel, String message) {
    }

    /** The score chart's geometry. */
    public record Chart(int width, int height, int bottom, int right, String points, List<Dot> dots, String title, List<String> history) {
        /** Where the "0 %" label sits: just above the axis. */
        public int labelBottom() {
            return bottom - 6;
        }
    }

    /** A point of the chart. */
    public record Dot(int x, int y) {
    }

    /** A requirement's page. */
    public record RequirementPage(String heading, List<Unit> sites) {
    }

    /** A unit linked to its page. */
    public record Unit(String name, String code, String url) {
    }

    // --- the page, sessions, CSRF

    private void page(HttpServletRequest request, HttpServletResponse response, int status, String titleKey, String view, Map<String, String> params)
            throws IOException {
        RenderContext context = RenderContext.of(shell).withClock(clock).withLocale(Locales.fromTag(request.getParameter("lang")))
                .withPath(path(request)).withParams(params);
        Labels labels = renderer.labels(view, context.locale());
        String title = titleKey != null ? labels.get(titleKey) : view.equals("monitor-site")
                ? store.site(params.get("ma")).map(s -> s.site().name()).orElse("") : labels.format("monitor.failingSites", params.get("id"));
        String main = renderer.render(view, context);
        response.setStatus(status);
        response.setContentType("text/html;charset=UTF-8");
        response.setHeader("Cache-Control", "no-store");
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Referrer-Policy", "same-origin");
        response.setHeader("Content-Security-Policy", "default-src 'self'; img-src 'self' data:; object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'self'");
        boolean in = officer(request) != null;
        PrintWriter out = response.getWriter();
        out.write("<!DOCTYPE html>\n<html lang=\"" + context.lang() + "\">\n<head>\n<meta charset=\"utf-8\">\n"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<link rel=\"icon\" href=\"data:,\">\n<title>" + Entities.escape(title + " | " + labels.get("monitor.title"))
                + "</title>\n<link rel=\"stylesheet\" href=\"" + request.getContextPath() + "/congkit/congkit.css\">\n</head>\n<body class=\"ck-monitor-page\">\n"
                + "<header class=\"ck-monitor__header\"><p class=\"ck-monitor__brand\"><a href=\"/\">" + Entities.escape(labels.get("monitor.title")) + "</a></p>\n");
        if (in) {
            out.write("<nav aria-label=\"" + Entities.escape(labels.get("monitor.overview")) + "\"><a href=\"/\">" + Entities.escape(labels.get("monitor.overview"))
                    + "</a> <a href=\"/bao-cao\">" + Entities.escape(labels.get("report.page")) + "</a> <a href=\"/danh-sach\">"
                    + Entities.escape(labels.get("sites.title")) + "</a> <a href=\"/can-bo\">" + Entities.escape(labels.get("officers.title")) + "</a></nav>\n<form class=\"ck-monitor__logout\" action=\"/dang-xuat\" method=\"post\"><input type=\"hidden\" name=\"csrf\" value=\""
                    + Entities.escape(csrf(request)) + "\"><button type=\"submit\" class=\"ck-button\">" + Entities.escape(labels.get("monitor.logout"))
                    + "</button></form>\n");
        }
        out.write("</header>\n<main id=\"noi-dung\" class=\"ck-monitor__main\">\n<h1>" + Entities.escape(title) + "</h1>\n");
        out.write(main);
        out.write("\n</main>\n</body>\n</html>\n");
    }

    private String label(String key, HttpServletRequest request) {
        return renderer.labels("monitor-login", Locales.fromTag(request.getParameter("lang"))).get(key);
    }

    private static String officer(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        return session == null ? null : (String) session.getAttribute(OFFICER);
    }

    private static String csrf(HttpServletRequest request) {
        return dev.congkit.servlet.CsrfTokens.token(request);
    }

    private static boolean csrfValid(HttpServletRequest request) {
        return dev.congkit.servlet.CsrfTokens.valid(request);
    }

    private void csv(HttpServletResponse response) throws IOException {
        response.setContentType("text/csv;charset=UTF-8");
        response.setHeader("Content-Disposition", "attachment; filename=\"tong-hop.csv\"");
        response.setHeader("Cache-Control", "no-store");
        Map<Long, Result> latest = store.latest().stream().collect(Collectors.toMap(r -> r.site().id(), Function.identity()));
        Map<Long, List<String>> failing = store.latestFailing();
        PrintWriter out = response.getWriter();
        out.write('\uFEFF');
        out.write("ma,ten,url,diem,truy_cap_duoc,so_yeu_cau_chua_dat,yeu_cau_chua_dat,kiem_tra_luc\r\n");
        for (StoredSite site : store.sites()) {
            Result now = latest.get(site.id());
            out.write(String.join(",", site.site().code(), Reports.cell(site.site().name()), Reports.cell(site.site().url()),
                    now == null || now.score() == null ? "" : String.format(Locale.ROOT, "%.3f", now.score()),
                    now == null ? "" : String.valueOf(now.reachable()), now == null ? "" : String.valueOf(now.failed()),
                    Reports.cell(String.join(" ", failing.getOrDefault(site.id(), List.of()))), now == null ? "" : now.auditedAt().toString()) + "\r\n");
        }
    }

    /** A 302 to {@code location}, written out: {@code sendRedirect(String)} is abstract in one servlet API and default in the next. */
    private static void redirect(HttpServletResponse response, String location) {
        response.setStatus(HttpServletResponse.SC_FOUND);
        response.setHeader("Location", location);
    }

    private static String path(HttpServletRequest request) {
        String uri = request.getRequestURI().substring(request.getContextPath().length());
        return uri.isEmpty() ? "/" : uri;
    }

    private static void copy(HttpServletRequest request, Map<String, String> params, String... names) {
        for (String name : names) {
            String value = request.getParameter(name);
            if (value != null && value.matches("[a-z0-9-]{1,20}")) {
                params.put(name, value);
            }
        }
    }
}

import com.sun.net.httpserver.HttpServer;
import dev.congkit.audit.AuditOptions;
import dev.congkit.audit.SiteReport;
import dev.congkit.monitor.MonitorRunner;
import dev.congkit.monitor.MonitorService;
import dev.congkit.monitor.MonitorStore;
import dev.congkit.monitor.SiteList;

import java.io.IOException;
import java.net.CookieManager;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The monitor at scale, on loopback: N simulated commune portals (varied pages; one in ten slow, one in
 * fifty down, one in forty hostile: a 3 MB page), one full run with the auditor's politeness, then a
 * year of daily history bulk-inserted (the run's reports, not audited again), then the dashboard's
 * response times over that history. Usage: java -cp cli/target/congkit.jar MonitorBench.java WORK [SITES] [CONCURRENCY]
 */
public final class MonitorBench {

    /** A clock the bench moves: each bulk-inserted run is a day later. */
    static final class MovingClock extends Clock {
        volatile Instant now = Instant.now();

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    public static void main(String[] args) throws Exception {
        Path work = Path.of(args[0]);
        int count = args.length > 1 ? Integer.parseInt(args[1]) : 332;
        int concurrency = args.length > 2 ? Integer.parseInt(args[2]) : 8;
        java.util.logging.Logger.getLogger("").setLevel(java.util.logging.Level.WARNING);
        Files.createDirectories(work);
        List<HttpServer> servers = new ArrayList<>();
        StringBuilder csv = new StringBuilder("ten,ma,url\n");
        for (int i = 0; i < count; i++) {
            String url;
            if (i % 50 == 49) {
                url = "http://127.0.0.1:9/";   // discard port: nothing listens
            } else {
                HttpServer server = portal(i);
                servers.add(server);
                url = "http://127.0.0.1:" + server.getAddress().getPort() + "/";
            }
            csv.append("Xã mô phỏng ").append(i).append(',').append(10000 + i).append(',').append(url).append('\n');
        }
        MovingClock clock = new MovingClock();
        try (MonitorStore store = MonitorStore.open("jdbc:h2:file:" + work.resolve("monitor").toAbsolutePath(), clock)) {
            store.replaceSites(SiteList.parse("bench.csv", csv.toString()));
            AuditOptions audit = AuditOptions.defaults().withRuleSet("vn-nd224-2026").withIgnoreRobots(true).withTimeout(Duration.ofSeconds(10))
                    .withSiteTimeout(Duration.ofSeconds(60));
            long before = size(work);
            long start = System.nanoTime();
            long runId = new MonitorRunner(store, audit, concurrency).run("HAND");
            double seconds = (System.nanoTime() - start) / 1e9;
            long oneRun = size(work) - before;
            System.out.printf("run: %d portals, concurrency %d: %.1f s (%.2f s a portal); national (3 321) by extrapolation: %.0f min%n",
                    count, concurrency, seconds, seconds / count, seconds / count * 3321 / 60);
            System.out.printf("database: %.1f MB after one run of %d portals (%.1f KB a portal)%n", oneRun / 1e6, count, oneRun / 1e3 / count);
            List<MonitorStore.StoredSite> sites = store.sites();
            List<SiteReport> reports = new ArrayList<>();
            for (MonitorStore.StoredSite site : sites) {
                reports.add(store.report(runId, site.id()).orElse(null));
            }
            long bulk = System.nanoTime();
            for (int day = 1; day < 365; day++) {
                clock.now = clock.now.plus(Duration.ofDays(1));
                long id = store.startRun("SCHEDULE", sites.size());
                for (int s = 0; s < sites.size(); s++) {
                    if (reports.get(s) != null) {
                        store.saveResult(id, sites.get(s).id(), reports.get(s));
                    }
                }
                store.finishRun(id);
            }
            System.out.printf("history: 365 daily runs of %d portals in %.0f s; database %.0f MB (%.1f MB a run)%n", count,
                    (System.nanoTime() - bulk) / 1e9, size(work) / 1e6, size(work) / 1e6 / 365);
            try (MonitorService service = MonitorService.start(store, MonitorService.Settings.defaults().withPort(0).withEvery(Duration.ofDays(365))
                    .withAdminPassword("mat-khau-do-hieu-nang").withAudit(audit), List.of(), line -> { })) {
                HttpClient client = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
                String base = "http://127.0.0.1:" + service.port();
                post(client, base + "/dang-nhap", Map.of("csrf", csrf(client, base + "/dang-nhap"), "ten", "admin", "mat-khau", "mat-khau-do-hieu-nang"));
                post(client, base + "/doi-mat-khau", Map.of("csrf", csrf(client, base + "/doi-mat-khau"), "hien-tai", "mat-khau-do-hieu-nang",
                        "moi", "mat-khau-moi-do-hieu-nang"));
                for (String path : List.of("/", "/?sap-xep=diem", "/don-vi/10001", "/yeu-cau/SEARCH", "/bao-cao", "/xuat/tong-hop.csv")) {
                    time(client, base + path);
                }
            }
        } finally {
            servers.forEach(s -> s.stop(0));
        }
    }

    static void time(HttpClient client, String url) throws Exception {
        for (int i = 0; i < 3; i++) {
            client.send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.discarding());
        }
        double[] ms = new double[30];
        int status = 0;
        for (int i = 0; i < ms.length; i++) {
            long t = System.nanoTime();
            status = client.send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofByteArray()).statusCode();
            ms[i] = (System.nanoTime() - t) / 1e6;
        }
        Arrays.sort(ms);
        System.out.printf("dashboard %-32s %d  median %6.1f ms  p95 %6.1f ms%n", url.replaceFirst("http://[^/]+", ""), status, ms[15], ms[28]);
    }

    static String csrf(HttpClient client, String url) throws Exception {
        Matcher m = Pattern.compile("name=\"csrf\" value=\"([0-9a-f]+)\"").matcher(
                client.send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofString()).body());
        return m.find() ? m.group(1) : "";
    }

    static void post(HttpClient client, String url, Map<String, String> fields) throws Exception {
        StringBuilder body = new StringBuilder();
        fields.forEach((k, v) -> body.append(body.length() == 0 ? "" : "&").append(k).append('=').append(URLEncoder.encode(v, StandardCharsets.UTF_8)));
        client.send(HttpRequest.newBuilder(URI.create(url)).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body.toString())).build(), HttpResponse.BodyHandlers.discarding());
    }

    static long size(Path work) throws IOException {
        try (var files = Files.walk(work)) {
            return files.filter(Files::isRegularFile).mapToLong(p -> p.toFile().length()).sum();
        }
    }

    /** One simulated portal: a home page linking two pages, in one of several shapes. */
    static HttpServer portal(int n) throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 8);
        server.setExecutor(Executors.newFixedThreadPool(2, r -> {
            Thread t = new Thread(r);
            t.setDaemon(true);
            return t;
        }));
        server.createContext("/", exchange -> {
            String path = exchange.getRequestURI().getPath();
            if (n % 10 == 3) {
                sleep(300);   // a slow portal
            }
            String body;
            if (n % 40 == 7 && path.equals("/")) {
                body = "<!DOCTYPE html><html lang=\"vi\"><head><meta charset=\"utf-8\"><title>Xã " + n + "</title></head><body>"
                        + "<p>Nội dung lặp lại. </p>".repeat(120_000) + "</body></html>";   // hostile: about 3 MB
            } else {
                body = page(n, path);
            }
            byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "text/html; charset=utf-8");
            exchange.sendResponseHeaders(path.equals("/") || path.equals("/gioi-thieu") || path.equals("/lien-he") ? 200 : 404, bytes.length);
            exchange.getResponseBody().write(bytes);
            exchange.close();
        });
        server.start();
        return server;
    }

    static String page(int n, String path) {
        StringBuilder html = new StringBuilder("<!DOCTYPE html><html lang=\"vi\"><head><meta charset=\"utf-8\"><meta name=\"viewport\" "
                + "content=\"width=device-width, initial-scale=1\"><title>Ủy ban nhân dân xã mô phỏng " + n + "</title></head><body><header><p>ỦY BAN NHÂN DÂN XÃ "
                + n + "</p></header><nav><a href=\"/\">Trang chủ</a> <a href=\"/gioi-thieu\">Giới thiệu</a> <a href=\"/lien-he\">Liên hệ</a></nav><main><h1>")
                .append(path.equals("/") ? "Trang chủ" : path.substring(1)).append("</h1>");
        for (int i = 0; i < 20 + n % 30; i++) {
            html.append("<article><h2>Tin số ").append(i).append("</h2><p>Ngày ").append(1 + i % 28).append("/11/2026: hoạt động của xã.</p></article>");
        }
        if (n % 2 == 0) {
            html.append("<form role=\"search\" action=\"/tim-kiem\"><label for=\"q\">Tìm kiếm</label><input id=\"q\" name=\"q\"></form>");
        }
        return html.append("</main><footer><p>Cơ quan chủ quản: UBND xã ").append(n).append("</p><p>Điện thoại: 0237 3 000 ").append(100 + n % 900)
                .append("</p></footer></body></html>").toString();
    }

    static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}

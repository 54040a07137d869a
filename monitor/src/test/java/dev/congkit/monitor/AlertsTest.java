package dev.congkit.monitor;

import com.sun.net.httpserver.HttpServer;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What a run made worse: on the overview, by e-mail through a loopback SMTP server, and to a loopback webhook. */
class AlertsTest {

    @Test
    void aPortalThatGotWorseIsListedMailedAndPosted(@TempDir Path dir) throws Exception {
        List<String> posted = new CopyOnWriteArrayList<>();
        HttpServer hook = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 4);
        hook.createContext("/hook", exchange -> {
            posted.add(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
            exchange.sendResponseHeaders(204, -1);
            exchange.close();
        });
        hook.start();
        try (LoopbackPortals portals = new LoopbackPortals(20, 0);
             LoopbackSmtp smtp = new LoopbackSmtp();
             MonitorStore store = MonitorStore.embedded(dir.resolve("monitor"))) {
            store.replaceSites(SiteList.parse("xa-phuong.csv", portals.csv()));
            List<AlertSink> sinks = List.of(new MailAlerts("127.0.0.1", smtp.port(), "giamsat@example.gov.vn", List.of("cntt@example.gov.vn"), null, null),
                    new WebhookAlerts(URI.create("http://127.0.0.1:" + hook.getAddress().getPort() + "/hook")));
            try (MonitorService service = MonitorService.start(store, MonitorServiceTest.settings(), sinks, line -> { })) {
                MonitorServiceTest.awaitRuns(store, 1);
                assertEquals(List.of(), smtp.messages, "a first run has nothing to compare with");
                portals.changed.set(true);
                while (!service.runNow()) {
                    Thread.sleep(50);
                }
                MonitorServiceTest.awaitRuns(store, 2);
                long deadline = System.nanoTime() + 60_000_000_000L;
                while ((smtp.messages.isEmpty() || posted.isEmpty()) && System.nanoTime() < deadline) {
                    Thread.sleep(50);
                }
                String worse = "Xã số " + portals.worsening + " (" + (16500 + portals.worsening) + ")";
                List<String> lines = store.latestAlerts().stream().map(Alert::line).toList();
                long site = store.site(String.valueOf(16500 + portals.worsening)).orElseThrow().id();
                String seen = "runs " + store.runs() + "; the portal's results " + store.history(site) + "; verdicts "
                        + store.runs().stream().map(r -> store.verdicts(r.id(), site)).toList() + "; alerts " + lines;
                assertEquals(1, smtp.messages.size(), seen);
                assertTrue(lines.stream().anyMatch(l -> l.startsWith(worse + ": điểm giảm từ")), seen);
                assertTrue(lines.stream().anyMatch(l -> l.startsWith(worse + ": chưa đạt thêm")), seen);
                assertTrue(lines.stream().noneMatch(l -> l.contains("Xã số " + portals.changing + " ")), "the improved portal is not an alert");

                String mail = smtp.messages.get(0);
                assertTrue(mail.contains("To: cntt@example.gov.vn"), mail);
                assertTrue(mail.contains("Subject: =?UTF-8?"), "a Vietnamese subject, encoded: " + mail);
                jakarta.mail.internet.MimeMessage parsed = new jakarta.mail.internet.MimeMessage(null,
                        new java.io.ByteArrayInputStream(mail.getBytes(StandardCharsets.ISO_8859_1)));
                assertTrue(parsed.getSubject().startsWith("[CổngKit] Lượt kiểm tra 2:"), parsed.getSubject());
                assertTrue(parsed.getContent().toString().contains(worse), parsed.getContent().toString());
                assertEquals(1, posted.size());
                assertTrue(posted.get(0).contains("\"kind\":\"SCORE_DOWN\"") && posted.get(0).contains("\"run\":2"), posted.get(0));

                MonitorClient officer = new MonitorClient(service.port());
                officer.login("admin", "mat-khau-quan-tri-1");
                officer.post("/doi-mat-khau", java.util.Map.of("csrf", officer.csrf("/doi-mat-khau"), "hien-tai", "mat-khau-quan-tri-1",
                        "moi", "mat-khau-moi-cua-to-giam-sat"));
                assertTrue(Jsoup.parse(officer.get("/").body()).select(".ck-monitor__worse li").text().contains(worse));
            }
        } finally {
            hook.stop(0);
        }
    }
}

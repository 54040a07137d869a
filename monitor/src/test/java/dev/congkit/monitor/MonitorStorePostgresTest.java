package dev.congkit.monitor;

import dev.congkit.audit.AuditFinding;
import dev.congkit.audit.SiteReport;
import dev.congkit.audit.Status;
import dev.congkit.core.check.Severity;
import dev.congkit.core.ManualClock;
import dev.congkit.store.PostgresServer;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/** The monitor's history on H2 and on a real PostgreSQL: sites by code, a result once per run, what fails now. */
class MonitorStorePostgresTest {

    static SiteReport report(String url, boolean reachable, Map<String, Status> verdicts) {
        List<AuditFinding> findings = verdicts.entrySet().stream().map(e -> new AuditFinding(e.getKey(), e.getValue(), Severity.ERROR,
                "nhận xét " + e.getKey(), List.of(), "NĐ 224/2026")).toList();
        return new SiteReport(url, url, "Trang chủ", List.of("vn-nd224-2026"), LocalDate.of(2026, 12, 1), reachable, List.of(), List.of(url), findings);
    }

    @ParameterizedTest
    @ValueSource(strings = {"h2", "postgresql"})
    void resultsAreKeptOncePerRunAndTheNewestFailuresAreFound(String kind, @TempDir Path dir) throws Exception {
        ManualClock clock = new ManualClock(Instant.parse("2026-12-01T03:00:00Z"));
        PostgresServer postgres = null;
        String url;
        if (kind.equals("h2")) {
            url = "jdbc:h2:file:" + dir.resolve("monitor").toAbsolutePath();
        } else {
            var bin = PostgresServer.installed();
            if (bin.isEmpty()) {
                Assumptions.assumeTrue(System.getenv("CI") == null, "");
                fail("PostgreSQL is not installed (apt-get install postgresql); CI must run these tests");
            }
            postgres = PostgresServer.start(bin.get());
            url = postgres.newDatabase("monitor") + "?user=congkit";
        }
        try (MonitorStore store = MonitorStore.open(url, clock)) {
            store.replaceSites(SiteList.parse("xa.csv", "ten,ma,url\nXã Mẫu Sơn,16555,https://mauson.thanhhoa.gov.vn/\nXã Cẩm Thủy,16556,https://camthuy.thanhhoa.gov.vn/\n"));
            List<MonitorStore.StoredSite> sites = store.sites();
            long first = store.startRun("HAND", 2);
            assertTrue(store.saveResult(first, sites.get(0).id(), report(sites.get(0).site().url(), true, Map.of("SEARCH", Status.FAIL, "UTF8", Status.PASS))));
            assertFalse(store.saveResult(first, sites.get(0).id(), report(sites.get(0).site().url(), true, Map.of("SEARCH", Status.PASS))),
                    "a second result for the same run is ignored");
            assertTrue(store.saveResult(first, sites.get(1).id(), report(sites.get(1).site().url(), false, Map.of())));
            store.finishRun(first);
            clock.now = clock.now.plusSeconds(86_400);
            long second = store.startRun("SCHEDULE", 2);
            store.saveResult(second, sites.get(0).id(), report(sites.get(0).site().url(), true, Map.of("SEARCH", Status.PASS, "UTF8", Status.FAIL)));
            assertEquals(List.of(second, first), store.runs().stream().map(MonitorStore.Run::id).toList());
            assertEquals("RUNNING", store.runs().get(0).status());
            assertEquals(List.of("UTF8"), store.latestFailing().get(sites.get(0).id()));
            assertEquals(List.of("Xã Mẫu Sơn"), store.failing("UTF8").stream().map(s -> s.site().name()).toList());
            assertEquals(List.of(), store.failing("SEARCH"));
            assertEquals(List.of(0.5, 0.5), store.history(sites.get(0).id()).stream().map(MonitorStore.Result::score).toList());
            assertFalse(store.latest().get(1).reachable());
            assertEquals(List.of(second, first), store.latestTwo().get(sites.get(0).id()).stream().map(MonitorStore.Result::runId).toList());
            assertEquals(List.of(first), store.latestTwo().get(sites.get(1).id()).stream().map(MonitorStore.Result::runId).toList());
            assertEquals("Trang chủ", store.report(first, sites.get(0).id()).orElseThrow().title());
            assertEquals(4, store.findingCount());
            assertEquals(List.of(second), store.interruptRunning().stream().map(MonitorStore.Run::id).toList());
            store.replaceSites(SiteList.parse("xa.csv", "ten,ma,url\nXã Cẩm Thủy mới,16556,https://camthuy.thanhhoa.gov.vn/\n"));
            assertEquals(List.of("Xã Cẩm Thủy mới"), store.sites().stream().map(s -> s.site().name()).toList(), "a unit off the list is kept but not shown");
            assertTrue(store.site("16555").isPresent());
        } finally {
            if (postgres != null) {
                postgres.close();
            }
        }
    }
}

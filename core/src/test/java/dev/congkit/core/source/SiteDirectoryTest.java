package dev.congkit.core.source;

import dev.congkit.core.TestSites;
import dev.congkit.core.config.ConfigException;
import dev.congkit.core.config.SectionRegistry;
import dev.congkit.core.config.SiteConfigLoader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SiteDirectoryTest {

    private static final SiteConfigLoader LOADER = SiteConfigLoader.of(SectionRegistry.of(List.of()));

    static String site(String name, String host) {
        return TestSites.minimalJson().replace("xã Mẫu Sơn", "xã " + name).replace("https://mauson.thanhhoa.gov.vn", "https://" + host);
    }

    private static SiteDirectory load(Path dir) throws ConfigException {
        return SiteDirectory.load(dir, LOADER, s -> { }, Clock.systemUTC(), 1000);
    }

    @Test
    void eachFileIsServedAtTheHostOfItsBaseUrl(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("mau-son.json"), site("Mẫu Sơn", "mauson.thanhhoa.gov.vn"));
        Files.writeString(dir.resolve("cam-thanh.json"), site("Cẩm Thành", "www.camthanh.thanhhoa.gov.vn"));
        Files.writeString(dir.resolve("ghi-chu.txt"), "not a site");
        SiteDirectory sites = load(dir);
        assertEquals(2, sites.size());
        assertEquals("Ủy ban nhân dân xã Mẫu Sơn", sites.forHost("MauSon.ThanhHoa.gov.vn.").orElseThrow().site().agency().fullName());
        assertEquals("Ủy ban nhân dân xã Cẩm Thành", sites.forHost("camthanh.thanhhoa.gov.vn").orElseThrow().site().agency().fullName(),
                "the www. twin of a base URL's host");
        assertEquals("Ủy ban nhân dân xã Mẫu Sơn", sites.forHost("www.mauson.thanhhoa.gov.vn").orElseThrow().site().agency().fullName());
        assertTrue(sites.forHost("127.0.0.1").isEmpty());
        assertTrue(sites.forHost("localhost").isEmpty());
        assertTrue(sites.forHost("thanhhoa.gov.vn").isEmpty());
        assertTrue(sites.forHost(null).isEmpty());
        assertNotEquals(sites.forHost("mauson.thanhhoa.gov.vn").orElseThrow().cacheKey(),
                sites.forHost("camthanh.thanhhoa.gov.vn").orElseThrow().cacheKey());
        assertEquals("Ủy ban nhân dân xã Cẩm Thành", sites.any().site().agency().fullName(), "the first file by name");
    }

    @Test
    void anEditedFileIsServedSoonAfterAndABadEditKeepsTheLastGood(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("mau-son.json"), site("Mẫu Sơn", "mauson.thanhhoa.gov.vn"));
        java.util.List<String> log = new java.util.concurrent.CopyOnWriteArrayList<>();
        try (SiteDirectory sites = SiteDirectory.load(dir, LOADER, log::add, Clock.systemUTC(), 1000)) {
            String first = sites.forHost("mauson.thanhhoa.gov.vn").orElseThrow().version();
            Files.writeString(dir.resolve("mau-son.json"), site("Mẫu Sơn mới", "mauson.thanhhoa.gov.vn"));
            assertTrue(eventually(() -> sites.forHost("mauson.thanhhoa.gov.vn").orElseThrow().site().agency().fullName().endsWith("Mẫu Sơn mới")),
                    "the watcher had the edit read");
            assertNotEquals(first, sites.forHost("mauson.thanhhoa.gov.vn").orElseThrow().version());
            Files.writeString(dir.resolve("mau-son.json"), "{ broken");
            assertTrue(eventually(() -> sites.forHost("mauson.thanhhoa.gov.vn").isPresent()
                    && log.stream().anyMatch(line -> line.contains("has errors; still serving the last good configuration"))), log.toString());
            assertTrue(sites.forHost("mauson.thanhhoa.gov.vn").orElseThrow().site().agency().fullName().endsWith("Mẫu Sơn mới"));
        }
    }

    /** Asks up to ten seconds, as a visitor's requests would. */
    private static boolean eventually(java.util.function.BooleanSupplier condition) throws InterruptedException {
        for (int i = 0; i < 100; i++) {
            if (condition.getAsBoolean()) {
                return true;
            }
            Thread.sleep(100);
        }
        return false;
    }

    @Test
    void everyBadFileAndEveryHostServedTwiceIsReportedAtOnce(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("a.json"), site("Mẫu Sơn", "mauson.thanhhoa.gov.vn"));
        Files.writeString(dir.resolve("b.json"), site("Mẫu Sơn cũ", "MAUSON.thanhhoa.gov.vn"));
        Files.writeString(dir.resolve("c.json"), site("Cẩm Thành", "camthanh.thanhhoa.gov.vn").replace("\"XA\"", "\"LANG\""));
        ConfigException e = assertThrows(ConfigException.class, () -> load(dir));
        assertEquals(2, e.problems().size(), e.getMessage());
        assertTrue(e.getMessage().contains("b.json: agency.baseUrl: names the host 'mauson.thanhhoa.gov.vn', which a.json already serves"), e.getMessage());
        assertTrue(e.getMessage().contains("c.json: agency.level: must be one of"), e.getMessage());
    }

    @Test
    void anEmptyOrMissingFolderIsAClearError(@TempDir Path dir) {
        assertTrue(assertThrows(ConfigException.class, () -> load(dir)).getMessage().contains("has no *.json file"));
        assertTrue(assertThrows(ConfigException.class, () -> load(dir.resolve("khong-co"))).getMessage().contains("cannot list the folder of sites"));
    }

    @Test
    void aFixedSourceNeverSharesItsVersion() {
        SiteSource one = SiteSource.fixed(TestSites.minimal());
        SiteSource two = SiteSource.fixed(TestSites.minimal());
        assertEquals(one.current(), one.current());
        assertNotEquals(one.current().cacheKey(), two.current().cacheKey());
        assertThrows(IllegalArgumentException.class, () -> new SiteData(TestSites.minimal(), " "));
        assertThrows(IllegalArgumentException.class, () -> new SiteData(TestSites.minimal(), "v\n1"));
    }
}

package dev.congkit.store;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.congkit.core.ManualClock;
import dev.congkit.core.config.ConfigException;
import dev.congkit.core.config.SiteConfigLoader;
import dev.congkit.core.model.SiteConfig;
import dev.congkit.core.source.SiteData;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** UPDATE-ON-CHANGE, CONTACT-OFFICIALS, SCHEDULE-LEADER, UTF8: the JDBC store on H2 and on a real PostgreSQL. */
class SiteStoreTest {

    static final Path SAMPLE = Path.of("../samples/src/main/resources/site.json");
    private static final AtomicInteger DATABASES = new AtomicInteger();
    private static PostgresServer postgres;
    /** Flyway reports each migration at INFO; the tests keep their output for failures. */
    private static final java.util.logging.Logger FLYWAY = java.util.logging.Logger.getLogger("org.flywaydb");

    static {
        FLYWAY.setLevel(java.util.logging.Level.WARNING);
    }

    static JsonNode sample() throws Exception {
        return SiteConfigLoader.parse(SAMPLE.toString(), Files.readString(SAMPLE, StandardCharsets.UTF_8));
    }

    /** A store on a fresh database of {@code kind}: "h2" (a file under {@code dir}) or "postgresql". */
    static SiteStore store(String kind, Path dir, Clock clock) throws Exception {
        String url;
        if (kind.equals("h2")) {
            url = "jdbc:h2:file:" + dir.resolve("congkit-" + DATABASES.incrementAndGet()).toAbsolutePath();
        } else {
            var bin = PostgresServer.installed();
            if (bin.isEmpty()) {
                // CI installs Debian's postgresql; elsewhere the PostgreSQL half is skipped with a message
                Assumptions.assumeTrue(System.getenv("CI") == null, "");
                assertTrue(false, "PostgreSQL is not installed (apt-get install postgresql); CI must run these tests");
            }
            synchronized (SiteStoreTest.class) {
                if (postgres == null) {
                    postgres = PostgresServer.start(bin.get());
                }
            }
            url = postgres.newDatabase("congkit_" + DATABASES.incrementAndGet());
        }
        com.zaxxer.hikari.HikariConfig config = new com.zaxxer.hikari.HikariConfig();
        config.setJdbcUrl(url);
        config.setUsername("congkit");
        config.setMaximumPoolSize(2);
        com.zaxxer.hikari.HikariDataSource pool = new com.zaxxer.hikari.HikariDataSource(config);
        SiteStore store = SiteStore.open(pool, SiteConfigLoader.withRegisteredSections(), clock, 1000);
        POOLS.put(store, pool);
        return store;
    }

    private static final java.util.Map<SiteStore, javax.sql.DataSource> POOLS = new java.util.concurrent.ConcurrentHashMap<>();

    static javax.sql.DataSource dataSource(SiteStore store) {
        return POOLS.get(store);
    }

    @AfterAll
    static void stopPostgres() throws Exception {
        POOLS.values().forEach(pool -> ((com.zaxxer.hikari.HikariDataSource) pool).close());
        POOLS.clear();
        if (postgres != null) {
            postgres.close();
            postgres = null;
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"h2", "postgresql"})
    void theSampleSiteComesBackAsTheFileLoadsIt(String kind, @TempDir Path dir) throws Exception {
        try (SiteStore store = store(kind, dir, Clock.systemUTC())) {
            Saved saved = store.save("site.json", sample());
            assertEquals("mauson.thanhhoa.gov.vn", saved.host());
            assertEquals(List.of(), saved.warnings());
            SiteConfig fromFile = SiteConfigLoader.withRegisteredSections().load(SAMPLE);
            SiteData stored = store.forHost("mauson.thanhhoa.gov.vn").orElseThrow();
            assertEquals(fromFile, stored.site(), "every section, official, week, entry and banner survives the tables");
            ObjectNode tree = store.tree("MAUSON.thanhhoa.gov.vn").orElseThrow();
            JsonNode expected = ((ObjectNode) sample()).without("$schema");
            assertEquals(expected, tree, "the tree written comes back, keys in the file's order");
            assertEquals(List.of("mauson.thanhhoa.gov.vn"), store.hosts());
            assertTrue(store.forHost("www.mauson.thanhhoa.gov.vn").isPresent());
            assertTrue(store.forHost("127.0.0.1").isEmpty());
            assertTrue(store.forHost("camthanh.thanhhoa.gov.vn").isEmpty());
        }
    }

    /** DOCS-LIST, NEWS-COMPLETE: documents, articles and albums are rows; bodies are stored sanitised; slugs become keys. */
    @ParameterizedTest
    @ValueSource(strings = {"h2", "postgresql"})
    void contentIsStoredAsRowsAndCountedPerMonth(String kind, @TempDir Path dir) throws Exception {
        ObjectNode site = (ObjectNode) sample();
        ObjectNode article = (ObjectNode) site.path("news").path("articles").get(0);
        article.remove("slug");
        article.put("title", "Hội nghị <script>alert(1)</script> tháng 11");
        article.put("body", "<p onclick=\"alert(1)\">Nội dung</p><script>alert(1)</script>");
        try (SiteStore store = store(kind, dir, Clock.systemUTC())) {
            store.save("site.json", site);
            try (java.sql.Connection connection = dataSource(store).getConnection();
                 java.sql.Statement statement = connection.createStatement()) {
                assertEquals(48, count(statement, "select count(*) from ck_document"));
                assertEquals(48, count(statement, "select count(*) from ck_document_file"));
                assertEquals(42, count(statement, "select count(*) from ck_article"));
                assertEquals(11, count(statement, "select count(*) from ck_photo"));
                assertEquals(1, count(statement, "select count(*) from ck_video"));
                try (java.sql.ResultSet row = statement.executeQuery("select slug, body from ck_article where sort_order = 0")) {
                    row.next();
                    assertEquals("hoi-nghi-script-alert-1-script-thang-11", row.getString(1), "the slug made from the title is the key");
                    assertEquals("<p>Nội dung</p>", row.getString(2), "the body is stored as the sanitiser left it");
                }
                try (java.sql.ResultSet row = statement.executeQuery("select body from ck_section where name = 'documents'")) {
                    row.next();
                    assertFalse(row.getString(1).contains("QĐ-UBND"), "the documents live in their rows, not in the section's JSON");
                }
            }
            SiteConfig stored = store.forHost("mauson.thanhhoa.gov.vn").orElseThrow().site();
            assertEquals(SiteConfigLoader.withRegisteredSections().load("site.json", site), stored);
            List<MonthlyCount> months = store.publishedPerMonth("mauson.thanhhoa.gov.vn");
            assertEquals(48, months.stream().mapToInt(MonthlyCount::documents).sum());
            assertEquals(42, months.stream().mapToInt(MonthlyCount::articles).sum());
            assertEquals(new MonthlyCount(java.time.YearMonth.of(2026, 11), 6, 13), months.get(months.size() - 1));
            assertEquals(List.of(), store.publishedPerMonth("camthanh.thanhhoa.gov.vn"));
        }
    }

    private static int count(java.sql.Statement statement, String sql) throws java.sql.SQLException {
        try (java.sql.ResultSet rows = statement.executeQuery(sql)) {
            rows.next();
            return rows.getInt(1);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"h2", "postgresql"})
    void aSaveIsSeenWithinTheIntervalWithANewVersion(String kind, @TempDir Path dir) throws Exception {
        ManualClock clock = new ManualClock(Instant.parse("2026-12-01T01:00:00Z"));
        try (SiteStore store = store(kind, dir, clock)) {
            store.save("site.json", sample());
            SiteData first = store.source("mauson.thanhhoa.gov.vn").current();
            assertEquals(first, store.forHost("mauson.thanhhoa.gov.vn").orElseThrow(), "unchanged data: the same cached instance");
            ObjectNode edited = (ObjectNode) sample();
            ((ObjectNode) edited.get("officials").get(0)).put("fullName", "Lê Thị Hoa");
            Saved saved = store.save("site.json", edited);
            SiteData second = store.forHost("mauson.thanhhoa.gov.vn").orElseThrow();
            assertNotEquals(first.version(), second.version());
            assertEquals("store-" + saved.version(), second.version());
            assertEquals("Lê Thị Hoa", second.site().officials().get(0).fullName(), "a save through this store is seen at once");

            // another process (here: a second store on the same database) sees it within the interval
            try (SiteStore writer = SiteStore.open(dataSource(store), SiteConfigLoader.withRegisteredSections(), clock, 1000)) {
                ((ObjectNode) edited.get("officials").get(0)).put("fullName", "Trần Văn Nam");
                writer.save("site.json", edited);
            }
            assertEquals(second, store.forHost("mauson.thanhhoa.gov.vn").orElseThrow(), "not looked at yet");
            clock.now = clock.now.plusSeconds(2);
            assertEquals("Trần Văn Nam", store.forHost("mauson.thanhhoa.gov.vn").orElseThrow().site().officials().get(0).fullName());
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"h2", "postgresql"})
    void aBadSiteIsRefusedWithEveryProblemAndNothingIsWritten(String kind, @TempDir Path dir) throws Exception {
        ManualClock clock = new ManualClock(Instant.parse("2026-12-01T01:00:00Z"));
        try (SiteStore store = store(kind, dir, clock)) {
            long good = store.save("site.json", sample()).version();
            ObjectNode bad = (ObjectNode) sample();
            ((ObjectNode) bad.get("agency")).put("email", "ubnd@");
            ((ObjectNode) bad.get("officials").get(1)).put("phone", "12345");
            ObjectNode entry = (ObjectNode) bad.get("leaderSchedule").get("weeks").get(0).get("entries").get(0);
            entry.put("leader", "khong-co-ai");
            ConfigException e = assertThrows(ConfigException.class, () -> store.save("lich.json", bad));
            assertTrue(e.getMessage().contains("lich.json: agency.email: must be an e-mail address, but was 'ubnd@'"), e.getMessage());
            assertTrue(e.getMessage().contains("officials[1].phone"), e.getMessage());
            clock.now = clock.now.plusSeconds(2);
            assertEquals("store-" + good, store.forHost("mauson.thanhhoa.gov.vn").orElseThrow().version(), "the last good site stays");
            assertEquals("ubnd.mauson@thanhhoa.gov.vn", store.forHost("mauson.thanhhoa.gov.vn").orElseThrow().site().agency().email().value());
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"h2", "postgresql"})
    void aFormerOfficialLeavesTheDirectoryButPastWeeksStillNameHer(String kind, @TempDir Path dir) throws Exception {
        try (SiteStore store = store(kind, dir, Clock.systemUTC())) {
            ObjectNode site = (ObjectNode) sample();
            ArrayNode officials = (ArrayNode) site.get("officials");
            String leader = site.get("leaderSchedule").get("weeks").get(0).get("entries").get(0).get("leader").asText();
            for (JsonNode official : officials) {
                if (official.get("id").asText().equals(leader)) {
                    ((ObjectNode) official).put("activeUntil", "2026-11-30");
                }
            }
            store.save("site.json", site);
            SiteConfig stored = store.forHost("mauson.thanhhoa.gov.vn").orElseThrow().site();
            assertTrue(stored.official(leader).isPresent());
            assertEquals(java.time.LocalDate.of(2026, 11, 30), stored.official(leader).get().activeUntil());
            assertFalse(stored.officialsOn(java.time.LocalDate.of(2026, 12, 1)).stream().anyMatch(o -> o.id().equals(leader)));
            assertTrue(stored.officialsOn(java.time.LocalDate.of(2026, 11, 30)).stream().anyMatch(o -> o.id().equals(leader)));
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"h2", "postgresql"})
    void textIsStoredInNfcAndLegacyEncodingsAreReported(String kind, @TempDir Path dir) throws Exception {
        try (SiteStore store = store(kind, dir, Clock.systemUTC())) {
            ObjectNode site = (ObjectNode) sample();
            ((ObjectNode) site.get("officials").get(0)).put("fullName", "NguyÔn V¨n B×nh");
            ((ObjectNode) site.get("agency")).put("address", Normalizer.normalize("Thôn Trung Tâm, xã Mẫu Sơn", Normalizer.Form.NFD));
            Saved saved = store.save("site.json", site);
            assertEquals(1, saved.warnings().size(), saved.warnings().toString());
            assertEquals("officials[0].fullName", saved.warnings().get(0).path());
            assertTrue(saved.warnings().get(0).message().contains("did you mean 'Nguyễn Văn Bình'?"));
            String address = store.tree("mauson.thanhhoa.gov.vn").orElseThrow().get("agency").get("address").asText();
            assertEquals("Thôn Trung Tâm, xã Mẫu Sơn", address);
            assertTrue(Normalizer.isNormalized(address, Normalizer.Form.NFC));
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"h2", "postgresql"})
    void aDeletedSiteIsGoneAndOthersStay(String kind, @TempDir Path dir) throws Exception {
        ManualClock clock = new ManualClock(Instant.parse("2026-12-01T01:00:00Z"));
        try (SiteStore store = store(kind, dir, clock)) {
            store.save("mau-son.json", sample());
            ObjectNode other = (ObjectNode) sample();
            ((ObjectNode) other.get("agency")).put("baseUrl", "https://camthanh.thanhhoa.gov.vn").put("fullName", "Ủy ban nhân dân xã Cẩm Thành");
            store.save("cam-thanh.json", other);
            assertEquals(List.of("camthanh.thanhhoa.gov.vn", "mauson.thanhhoa.gov.vn"), store.hosts());
            assertTrue(store.delete("mauson.thanhhoa.gov.vn"));
            clock.now = clock.now.plusSeconds(2);
            assertTrue(store.forHost("mauson.thanhhoa.gov.vn").isEmpty());
            assertEquals("Ủy ban nhân dân xã Cẩm Thành", store.forHost("camthanh.thanhhoa.gov.vn").orElseThrow().site().agency().fullName());
            assertFalse(store.delete("mauson.thanhhoa.gov.vn"));
        }
    }
}

package dev.congkit.store;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import dev.congkit.core.source.SiteData;
import dev.congkit.core.source.SitesByHost;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** INTEGRATION.md's two ways to live data, run as written: the CổngKit store, and a vendor's own tables. */
class IntegrationGuideTest {

    private static final java.util.logging.Logger FLYWAY = java.util.logging.Logger.getLogger("org.flywaydb");

    static {
        FLYWAY.setLevel(java.util.logging.Level.WARNING);
    }

    @Test
    void theStoreExampleSeedsOnceAndServesByHost(@TempDir Path dir) throws Exception {
        SitesByHost sites = StoreExample.sites(dir.resolve("congkit"), SiteStoreTest.SAMPLE);
        assertEquals("Ủy ban nhân dân xã Mẫu Sơn", sites.forHost("mauson.thanhhoa.gov.vn").orElseThrow().site().agency().fullName());
        ((SiteStore) sites).close();
        SitesByHost again = StoreExample.sites(dir.resolve("congkit"), SiteStoreTest.SAMPLE);
        assertEquals(1, ((SiteStore) again).hosts().size(), "a second start finds the seeded site");
        ((SiteStore) again).close();
    }

    @Test
    void aVendorsOwnTablesBecomeASiteWithAVersion() throws Exception {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl("jdbc:h2:mem:portal;DB_CLOSE_DELAY=-1");
        try (HikariDataSource database = new HikariDataSource(config); Connection connection = database.getConnection();
             Statement sql = connection.createStatement()) {
            sql.execute("create table portal_commune (name varchar(200), address varchar(500), phone varchar(50), email varchar(200),"
                    + " base_url varchar(200), head_name varchar(200), head_title varchar(200), updated_at timestamp)");
            sql.execute("create table portal_person (slug varchar(64), name varchar(200), title varchar(200), unit varchar(200),"
                    + " phone varchar(50), email varchar(200), rank int, left_on date, updated_at timestamp)");
            sql.execute("insert into portal_commune values ('Ủy ban nhân dân xã Mẫu Sơn', 'Thôn Trung Tâm, xã Mẫu Sơn', '0237 3 123 456',"
                    + " 'ubndmauson@thanhhoa.gov.vn', 'https://mauson.thanhhoa.gov.vn', 'Nguyễn Văn Thành', 'Chủ tịch UBND xã',"
                    + " timestamp '2026-11-30 08:00:00')");
            sql.execute("insert into portal_person values ('nguyen-van-thanh', 'Nguyễn Văn Thành', 'Chủ tịch UBND xã', 'UBND xã',"
                    + " '0900000001', null, 1, null, timestamp '2026-11-30 08:00:00'), ('nguyen-thi-huong', 'Nguyễn Thị Hường',"
                    + " 'Phó Chủ tịch UBND xã', 'UBND xã', '0900000002', null, 2, null, timestamp '2026-11-30 08:00:00')");
            VendorSiteSource source = new VendorSiteSource(database);
            SiteData first = source.current();
            assertEquals(2, first.site().officials().size());
            assertEquals(first, source.current(), "nothing changed: the same data");
            sql.execute("update portal_person set left_on = date '2026-12-01', updated_at = timestamp '2026-12-01 07:00:00'"
                    + " where slug = 'nguyen-thi-huong'");
            Thread.sleep(1100);
            SiteData second = source.current();
            assertNotEquals(first.version(), second.version());
            assertEquals(java.time.LocalDate.of(2026, 11, 30), second.site().official("nguyen-thi-huong").orElseThrow().activeUntil());
            sql.execute("update portal_commune set email = 'ubnd@', updated_at = timestamp '2026-12-01 08:00:00'");
            Thread.sleep(1100);
            assertEquals(second, source.current(), "a bad edit keeps the last good site");
        }
    }

    @Test
    void theGuideShowsBothAsWritten() throws Exception {
        String guide = Files.readString(Path.of("../INTEGRATION.md"), StandardCharsets.UTF_8);
        String vendor = Files.readString(Path.of("src/test/java/dev/congkit/store/VendorSiteSource.java"), StandardCharsets.UTF_8);
        assertEquals(vendor.substring(vendor.indexOf("/** The vendor's own tables")).strip(), block(guide, "vendor-source"));
        String store = Files.readString(Path.of("src/test/java/dev/congkit/store/StoreExample.java"), StandardCharsets.UTF_8);
        int start = store.indexOf("    static SitesByHost sites(");
        assertEquals(store.substring(start, store.indexOf("\n    }\n", start) + 6).stripIndent().strip(), block(guide, "store"));
    }

    private static String block(String guide, String name) {
        Matcher block = Pattern.compile("<!-- tested: " + name + " -->\\s*```java\\n(.*?)```", Pattern.DOTALL).matcher(guide);
        assertTrue(block.find(), "INTEGRATION.md has a block marked 'tested: " + name + "'");
        return block.group(1).strip();
    }
}

package dev.congkit.core.source;

import dev.congkit.core.ManualClock;
import dev.congkit.core.TestSites;
import dev.congkit.core.config.ConfigException;
import dev.congkit.core.config.SectionRegistry;
import dev.congkit.core.config.SiteConfigLoader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class FileSiteSourceTest {

    private static void write(Path file, String json, int second) throws Exception {
        Files.writeString(file, json);
        Files.setLastModifiedTime(file, FileTime.from(Instant.parse("2026-11-23T03:00:00Z").plusSeconds(second)));
    }

    @Test
    void aGoodEditIsServedAfterTheNextLookAndABadOneKeepsTheLastGood(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("site.json");
        write(file, TestSites.minimalJson(), 0);
        List<String> log = new ArrayList<>();
        ManualClock clock = new ManualClock(Instant.parse("2026-11-23T03:00:00Z"));
        FileSiteSource resolver = FileSiteSource.watch(file, SiteConfigLoader.of(SectionRegistry.of(List.of())), log::add, clock, 1000);
        assertEquals("Ủy ban nhân dân xã Mẫu Sơn", resolver.current().site().agency().fullName());
        String first = resolver.current().version();

        write(file, TestSites.minimalJson().replace("xã Mẫu Sơn", "phường Hàm Rồng"), 10);
        assertEquals("Ủy ban nhân dân xã Mẫu Sơn", resolver.current().site().agency().fullName(), "not looked at yet");
        clock.now = clock.now.plus(Duration.ofSeconds(2));
        assertEquals("Ủy ban nhân dân phường Hàm Rồng", resolver.current().site().agency().fullName());
        String second = resolver.current().version();
        assertTrue(!second.equals(first), "a good edit is a new version");

        write(file, TestSites.minimalJson().replace("\"XA\"", "\"LANG\"").replace("ubndmauson@", "ubnd@@"), 20);
        clock.now = clock.now.plus(Duration.ofSeconds(2));
        assertEquals("Ủy ban nhân dân phường Hàm Rồng", resolver.current().site().agency().fullName(), "the last good configuration");
        assertEquals(second, resolver.current().version(), "a bad edit keeps the version of the last good data");
        String report = log.get(log.size() - 1);
        assertTrue(report.contains("has errors; still serving the last good configuration"), report);
        assertTrue(report.contains("agency.level: must be one of") && report.contains("agency.email: must be an e-mail address"), report);

        write(file, "{ truncated", 30);
        clock.now = clock.now.plus(Duration.ofSeconds(2));
        assertEquals("Ủy ban nhân dân phường Hàm Rồng", resolver.current().site().agency().fullName());
        Files.delete(file);
        clock.now = clock.now.plus(Duration.ofSeconds(2));
        assertEquals("Ủy ban nhân dân phường Hàm Rồng", resolver.current().site().agency().fullName());
        assertTrue(log.get(log.size() - 1).contains("cannot read"), log.toString());
    }

    @Test
    void aBadFileFailsStartUpWithEveryProblem(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("site.json");
        write(file, "{\"agency\": {}}", 0);
        ConfigException e = assertThrows(ConfigException.class, () -> FileSiteSource.watch(file, s -> { }));
        assertTrue(e.problems().size() >= 5, e.getMessage());
    }
}

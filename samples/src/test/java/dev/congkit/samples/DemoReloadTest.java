package dev.congkit.samples;

import dev.congkit.core.source.FileSiteSource;
import dev.congkit.servlet.SiteResolver;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertTrue;

/** A site.json edited while the demo runs: a good edit is served, a bad one keeps the last good configuration. */
class DemoReloadTest {

    @Test
    void editsAreServedAndBadEditsAreNot(@TempDir Path dir) throws Exception {
        java.util.logging.Logger.getLogger("").setLevel(java.util.logging.Level.WARNING);
        Path file = dir.resolve("site.json");
        String sample = Files.readString(Path.of("src/main/resources/site.json"), StandardCharsets.UTF_8);
        Files.writeString(file, sample, StandardCharsets.UTF_8);
        List<String> log = new ArrayList<>();
        FileSiteSource sites = FileSiteSource.watch(file, log::add);
        Clock clock = Clock.system(ZoneId.of("Asia/Ho_Chi_Minh"));
        HttpClient client = HttpClient.newHttpClient();
        try (DemoPortal.Running demo = DemoPortal.start(SiteResolver.of(sites), sites.current().site(), "127.0.0.1", 0, clock, "x")) {
            URI footer = URI.create("http://127.0.0.1:" + demo.port() + "/widgets/footer");
            assertTrue(client.send(HttpRequest.newBuilder(footer).build(), HttpResponse.BodyHandlers.ofString()).body().contains("Nguyễn Văn Thành"));
            Files.writeString(file, sample.replace("Nguyễn Văn Thành", "Lê Thị Hoa"), StandardCharsets.UTF_8);
            Files.setLastModifiedTime(file, FileTime.from(Instant.now().plusSeconds(5)));
            Thread.sleep(1100);
            assertTrue(client.send(HttpRequest.newBuilder(footer).build(), HttpResponse.BodyHandlers.ofString()).body().contains("Lê Thị Hoa"));
            Files.writeString(file, sample.replace("\"level\": \"XA\"", "\"level\": \"LANG\""), StandardCharsets.UTF_8);
            Files.setLastModifiedTime(file, FileTime.from(Instant.now().plusSeconds(10)));
            Thread.sleep(1100);
            assertTrue(client.send(HttpRequest.newBuilder(footer).build(), HttpResponse.BodyHandlers.ofString()).body().contains("Lê Thị Hoa"),
                    "the last good configuration is still served");
            assertTrue(log.stream().anyMatch(l -> l.contains("agency.level: must be one of")), log.toString());
        }
    }
}

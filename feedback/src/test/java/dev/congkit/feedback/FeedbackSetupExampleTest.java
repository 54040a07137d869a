package dev.congkit.feedback;

import dev.congkit.core.TestSites;
import dev.congkit.core.config.SiteConfigLoader;
import dev.congkit.store.SiteStore;
import org.apache.catalina.Context;
import org.apache.catalina.startup.Tomcat;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** INTEGRATION.md's feedback set-up, run as written on Tomcat 11 (127.0.0.1) over a CổngKit store. */
class FeedbackSetupExampleTest {

    @TempDir
    Path base;

    @Test
    void theGuidesSetUpServesTheFormTheStaffPagesAndTheRating() throws Exception {
        try (SiteStore store = SiteStore.embedded(base.resolve("congkit"))) {
            store.save("site.json", SiteConfigLoader.parse("site.json", TestSites.minimalJson().replace("https://mauson.thanhhoa.gov.vn", "http://127.0.0.1")));
            Tomcat tomcat = new Tomcat();
            tomcat.setBaseDir(base.toString());
            tomcat.setPort(0);
            tomcat.getConnector().setProperty("address", "127.0.0.1");
            Context context = tomcat.addContext("", Files.createDirectories(base.resolve("root")).toString());
            context.getServletContext().setAttribute("congkit.store", store);
            context.addServletContainerInitializer(new FeedbackSetup(), null);
            tomcat.start();
            try {
                HttpClient client = HttpClient.newHttpClient();
                String url = "http://127.0.0.1:" + tomcat.getConnector().getLocalPort();
                HttpResponse<String> form = client.send(HttpRequest.newBuilder(URI.create(url + "/lien-he-gop-y")).build(), HttpResponse.BodyHandlers.ofString());
                assertEquals(200, form.statusCode());
                assertTrue(form.body().contains("name=\"csrf\""));
                assertEquals(403, client.send(HttpRequest.newBuilder(URI.create(url + "/lien-he-gop-y/quan-ly")).build(),
                        HttpResponse.BodyHandlers.ofString()).statusCode(), "no one has the staff role here");
                HttpResponse<String> rating = client.send(HttpRequest.newBuilder(URI.create(url + "/danh-gia"))
                        .header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString("trang=/&diem=5")).build(),
                        HttpResponse.BodyHandlers.ofString());
                assertEquals(303, rating.statusCode());
                assertEquals(1, RatingStore.on(store).count("127.0.0.1"));
            } finally {
                tomcat.stop();
                tomcat.destroy();
            }
        }
    }

    @Test
    void theGuideShowsTheSetUpThisTestRuns() throws Exception {
        String source = Files.readString(Path.of("src/test/java/dev/congkit/feedback/FeedbackSetup.java"), StandardCharsets.UTF_8);
        String guide = Files.readString(Path.of("../INTEGRATION.md"), StandardCharsets.UTF_8);
        Matcher block = Pattern.compile("<!-- tested: feedback -->\\s*```java\\n(.*?)```", Pattern.DOTALL).matcher(guide);
        assertTrue(block.find(), "INTEGRATION.md has a block marked 'tested: feedback'");
        assertEquals(source.substring(source.indexOf("public final class")).strip(), block.group(1).strip());
    }
}

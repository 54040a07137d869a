package dev.congkit.samples;

import dev.congkit.core.config.SiteConfigLoader;
import dev.congkit.core.render.RenderContext;
import dev.congkit.core.render.WidgetRenderer;
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

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** INTEGRATION.md's servlet registration from code, run as written on Tomcat 11 (127.0.0.1). */
class ServletSetupExampleTest {

    private static final Path SITE = Path.of("src/main/resources/site.json").toAbsolutePath();

    @TempDir
    Path base;

    @Test
    void theGuidesInitializerRegistersEveryEndpoint() throws Exception {
        Tomcat tomcat = new Tomcat();
        tomcat.setBaseDir(base.toString());
        tomcat.setPort(0);
        tomcat.getConnector().setProperty("address", "127.0.0.1");
        Context context = tomcat.addContext("", Files.createDirectories(base.resolve("root")).toString());
        context.addParameter("congkit.site", SITE.toString());
        context.addServletContainerInitializer(new CongKitSetup(), null);
        tomcat.start();
        try {
            int port = tomcat.getConnector().getLocalPort();
            HttpResponse<String> footer = get(port, "/widgets/footer?path=/");
            assertEquals(200, footer.statusCode(), footer.body());
            assertEquals(WidgetRenderer.create().render("footer",
                    RenderContext.of(SiteConfigLoader.withRegisteredSections().load(SITE)).withPath("/")), footer.body());
            assertEquals(200, get(port, "/congkit/congkit.css").statusCode());
            assertTrue(get(port, "/sitemap.xml").body().contains("<urlset"));
            assertTrue(get(port, "/danh-ba.vcf").body().startsWith("BEGIN:VCARD"));
            assertTrue(get(port, "/lich-lam-viec.ics").body().startsWith("BEGIN:VCALENDAR"));
            assertTrue(get(port, "/lich-tiep-cong-dan.ics").body().startsWith("BEGIN:VCALENDAR"));
        } finally {
            tomcat.stop();
            tomcat.destroy();
        }
    }

    @Test
    void theGuideShowsTheInitializerThisTestRuns() throws Exception {
        String source = Files.readString(Path.of("src/test/java/dev/congkit/samples/CongKitSetup.java"), StandardCharsets.UTF_8);
        assertEquals(source.substring(source.indexOf("public final class")).strip(),
                WebXmlDeploymentIT.guideBlock("initializer").strip());
    }

    private static HttpResponse<String> get(int port, String path) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }
}

package dev.congkit.it.javax;

import dev.congkit.core.config.SiteConfigLoader;
import dev.congkit.core.model.SiteConfig;
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
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * INTEGRATION.md's advice for javax.servlet containers, run: the guide's servlet, written against
 * {@code javax.servlet}, renders widgets on embedded Tomcat 9 with no Jakarta class anywhere.
 */
class JavaxServletExampleTest {

    private static final Path SITE = Path.of("../../samples/src/main/resources/site.json").toAbsolutePath().normalize();

    @TempDir
    Path base;

    @Test
    void coreAndWidgetsNeedNoJakartaServlet() {
        assertThrows(ClassNotFoundException.class, () -> Class.forName("jakarta.servlet.Servlet"));
    }

    @Test
    void theGuidesServletRendersOnTomcat9() throws Exception {
        Tomcat tomcat = new Tomcat();
        tomcat.setBaseDir(base.toString());
        tomcat.setPort(0);
        tomcat.getConnector().setProperty("address", "127.0.0.1");
        Context context = tomcat.addContext("", Files.createDirectories(base.resolve("root")).toString());
        context.addParameter("congkit.site", SITE.toString());
        Tomcat.addServlet(context, "congkit", new CongKitFragments());
        context.addServletMappingDecoded("/widgets/*", "congkit");
        tomcat.start();
        try {
            int port = tomcat.getConnector().getLocalPort();
            assertTrue(org.apache.catalina.util.ServerInfo.getServerNumber().startsWith("9."), org.apache.catalina.util.ServerInfo.getServerInfo());
            SiteConfig site = SiteConfigLoader.withRegisteredSections().load(SITE);
            HttpResponse<String> footer = get(port, "/widgets/footer?lang=en&path=/");
            assertEquals(200, footer.statusCode());
            assertEquals(WidgetRenderer.create().render("footer", RenderContext.of(site).withLocale(Locale.ENGLISH).withPath("/")),
                    footer.body());
            assertEquals(404, get(port, "/widgets/no-such-widget").statusCode());
        } finally {
            tomcat.stop();
            tomcat.destroy();
        }
    }

    @Test
    void theGuideShowsTheServletThisTestRuns() throws Exception {
        String source = Files.readString(Path.of("src/main/java/dev/congkit/it/javax/CongKitFragments.java"), StandardCharsets.UTF_8);
        String guide = Files.readString(Path.of("../../INTEGRATION.md"), StandardCharsets.UTF_8);
        Matcher block = Pattern.compile("<!-- tested: javax -->\\s*```java\\n(.*?)```", Pattern.DOTALL).matcher(guide);
        assertTrue(block.find(), "INTEGRATION.md has a block marked 'tested: javax'");
        assertEquals(source.substring(source.indexOf("public class")).strip(), block.group(1).strip());
    }

    private static HttpResponse<String> get(int port, String path) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }
}

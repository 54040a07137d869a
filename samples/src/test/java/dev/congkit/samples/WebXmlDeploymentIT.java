package dev.congkit.samples;

import dev.congkit.core.config.SiteConfigLoader;
import dev.congkit.core.model.SiteConfig;
import dev.congkit.core.render.RenderContext;
import dev.congkit.core.render.WidgetRenderer;
import org.apache.catalina.startup.Tomcat;
import org.junit.jupiter.api.AfterEach;
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
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The {@code web.xml} way of INTEGRATION.md, deployed as written: a web application directory whose
 * {@code web.xml} is the guide's block (with this build's sample {@code site.json}), whose JSP page
 * is the guide's JSP block and whose {@code WEB-INF/lib} holds the packaged {@code congkit-servlet} jar
 * and its run-time dependencies, on Tomcat 11 with its own configuration processing (web fragments
 * from {@code WEB-INF/lib}, TLD scanning, Jasper), as a vendor's container would run it. An
 * integration test: it needs the packaged jars.
 */
class WebXmlDeploymentIT {

    private static final Path GUIDE = Path.of("../INTEGRATION.md");
    private static final Path LIBRARIES = Path.of("target/webapp-lib");
    private static final Path SITE = Path.of("src/main/resources/site.json").toAbsolutePath();
    private static final HttpClient CLIENT = HttpClient.newHttpClient();

    @TempDir
    Path webapp;
    private Tomcat tomcat;

    @AfterEach
    void stop() throws Exception {
        if (tomcat != null) {
            tomcat.stop();
            tomcat.destroy();
        }
    }

    @Test
    void theShippedFragmentServesWhatWebXmlMaps() throws Exception {
        int port = deploy(guideBlock("web-fragment"), false);
        servesEveryEndpoint(port);
    }

    @Test
    void aMetadataCompleteWebXmlDeclaresTheServletsItself() throws Exception {
        int port = deploy(guideBlock("web.xml"), true);
        servesEveryEndpoint(port);
    }

    @Test
    void withoutASiteTheServletFailsAndSaysWhichParameterIsMissing() throws Exception {
        int port = deploy("<servlet-mapping><servlet-name>congkit-widgets</servlet-name><url-pattern>/widgets/*</url-pattern></servlet-mapping>", false);
        HttpResponse<String> refused = get(port, "/widgets/menu");
        assertEquals(500, refused.statusCode());
        // Tomcat's error report (and its log) carries the servlet's message
        assertTrue(refused.body().contains("congkit-widgets: CổngKit needs the context parameter congkit.site"), refused.body());
    }

    private void servesEveryEndpoint(int port) throws Exception {
        SiteConfig site = SiteConfigLoader.withRegisteredSections().load(SITE);
        WidgetRenderer renderer = WidgetRenderer.create();

        HttpResponse<String> menu = get(port, "/widgets/menu?path=/tin-tuc");
        assertEquals(200, menu.statusCode(), menu.body());
        assertEquals(renderer.render("menu", RenderContext.of(site).withPath("/tin-tuc")), menu.body());

        HttpResponse<String> css = get(port, "/congkit/congkit.css");
        assertEquals(200, css.statusCode());
        assertTrue(css.headers().firstValue("Content-Type").orElse("").startsWith("text/css"));

        HttpResponse<String> sitemap = get(port, "/sitemap.xml");
        assertEquals(200, sitemap.statusCode());
        assertTrue(sitemap.body().contains("<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">"));

        HttpResponse<String> vcards = get(port, "/danh-ba.vcf");
        assertEquals(200, vcards.statusCode());
        assertTrue(vcards.body().startsWith("BEGIN:VCARD"));

        HttpResponse<String> leaders = get(port, "/lich-lam-viec.ics");
        assertEquals(200, leaders.statusCode());
        assertTrue(leaders.body().startsWith("BEGIN:VCALENDAR"));
        HttpResponse<String> reception = get(port, "/lich-tiep-cong-dan.ics");
        assertEquals(200, reception.statusCode());
        assertTrue(reception.body().contains("Tiếp công dân") || reception.body().contains("tiếp công dân"), reception.body());

        for (String feed : new String[] {"/van-ban/xa.atom", "/tin-tuc.atom"}) {
            HttpResponse<String> atom = get(port, feed);
            assertEquals(200, atom.statusCode(), feed);
            assertTrue(atom.body().contains("<feed xmlns=\"http://www.w3.org/2005/Atom\""), feed);
        }

        // the guide's JSP page: its tags share the servlets' site and write what the Java API writes
        HttpResponse<String> page = get(port, "/trang.jsp");
        assertEquals(200, page.statusCode(), page.body());
        RenderContext context = RenderContext.of(site).withPath("/trang.jsp");
        for (String widget : new String[] {"header", "top-menu", "menu", "feedback-banner", "footer"}) {
            assertTrue(page.body().contains(renderer.render(widget, context)), "<ck:" + widget + "> on the guide's JSP page");
        }
        assertTrue(page.body().contains(renderer.render("contact-card", context.withParam("official", "nguyen-van-thanh"))));
    }

    private int deploy(String webXmlBody, boolean metadataComplete) throws Exception {
        Path webInf = Files.createDirectories(webapp.resolve("WEB-INF"));
        Path lib = Files.createDirectories(webInf.resolve("lib"));
        try (Stream<Path> jars = Files.list(LIBRARIES)) {
            for (Path jar : jars.toList()) {
                Files.copy(jar, lib.resolve(jar.getFileName()));
            }
        }
        Files.writeString(webInf.resolve("web.xml"), """
                <?xml version="1.0" encoding="UTF-8"?>
                <web-app xmlns="https://jakarta.ee/xml/ns/jakartaee" version="6.0" metadata-complete="%s">
                %s
                </web-app>
                """.formatted(metadataComplete, webXmlBody.replace("/etc/congkit/site.json", SITE.toString())),
                StandardCharsets.UTF_8);
        Files.writeString(webapp.resolve("trang.jsp"), """
                <%@ page contentType="text/html;charset=UTF-8" pageEncoding="UTF-8" %>
                """ + guideBlock("jsp"), StandardCharsets.UTF_8);
        tomcat = new Tomcat();
        tomcat.setBaseDir(Files.createDirectories(webapp.resolveSibling(webapp.getFileName() + "-tomcat")).toString());
        tomcat.setPort(0);
        tomcat.getConnector().setProperty("address", "127.0.0.1");
        tomcat.addWebapp("", webapp.toString());
        tomcat.start();
        return tomcat.getConnector().getLocalPort();
    }

    /** The fenced block that follows {@code <!-- tested: NAME -->} in INTEGRATION.md. */
    static String guideBlock(String name) throws Exception {
        String guide = Files.readString(GUIDE, StandardCharsets.UTF_8);
        Matcher block = Pattern.compile("<!-- tested: " + Pattern.quote(name) + " -->\\s*```[a-z]*\\n(.*?)```", Pattern.DOTALL)
                .matcher(guide);
        assertTrue(block.find(), "INTEGRATION.md has a block marked 'tested: " + name + "'");
        return block.group(1);
    }

    private static HttpResponse<String> get(int port, String path) throws Exception {
        return CLIENT.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }
}

package dev.congkit.servlet.javax;

import dev.congkit.core.TestSites;
import dev.congkit.servlet.SitemapXmlServlet;
import dev.congkit.servlet.StaticResourceServlet;
import dev.congkit.servlet.WidgetServlet;
import org.apache.catalina.Context;
import org.apache.catalina.startup.Tomcat;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * congkit-servlet-javax is congkit-servlet for javax.servlet 4: not one {@code jakarta} reference
 * is left in its classes or descriptors, and its servlets and JSP tags serve a site on Tomcat 9.
 */
class JavaxServletTest {

    private static final Path CLASSES = Path.of("target/classes");

    @Test
    void noJakartaReferenceIsLeft() throws IOException {
        List<String> found = new ArrayList<>();
        List<Path> files;
        try (Stream<Path> walk = Files.walk(CLASSES)) {
            files = walk.filter(Files::isRegularFile).toList();
        }
        for (Path file : files) {
            // class files keep names as UTF-8 in their constant pool: a byte search finds every reference
            if (new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1).contains("jakarta")) {
                found.add(CLASSES.relativize(file).toString());
            }
        }
        assertTrue(files.size() > 20, "the servlet classes were transformed into " + CLASSES);
        assertTrue(files.contains(CLASSES.resolve("META-INF/web-fragment.xml")) && files.contains(CLASSES.resolve("META-INF/congkit.tld")));
        assertEquals(List.of(), found, "files that still name jakarta");
        String fragment = Files.readString(CLASSES.resolve("META-INF/web-fragment.xml"));
        assertTrue(fragment.contains("http://xmlns.jcp.org/xml/ns/javaee") && fragment.contains("version=\"4.0\""), "a Servlet 4 web fragment");
        String tags = Files.readString(CLASSES.resolve("META-INF/congkit.tld"));
        assertTrue(tags.contains("version=\"2.1\""), "a JSP 2.1 tag library");
    }

    @Test
    void theServletsServeASiteOnTomcat9(@TempDir Path dir) throws Exception {
        Path site = dir.resolve("site.json");
        Files.writeString(site, TestSites.minimalJson());
        Tomcat tomcat = new Tomcat();
        tomcat.setBaseDir(dir.resolve("tomcat").toString());
        tomcat.setHostname("127.0.0.1");
        tomcat.setPort(0);
        tomcat.getConnector().setProperty("address", "127.0.0.1");
        Path pages = Files.createDirectories(dir.resolve("pages"));
        Files.writeString(pages.resolve("trang.jsp"), """
                <%@ page contentType="text/html;charset=UTF-8" pageEncoding="UTF-8" %>
                <%@ taglib prefix="ck" uri="https://congkit.dev/tags" %>
                <main><ck:widget name="header"/></main><ck:footer/>
                """);
        Context context = tomcat.addContext("", pages.toString());
        context.addParameter(WidgetServlet.SITE_PARAM, site.toString());
        // Jasper 9 for *.jsp; it finds the tag library's TLD in the transformed classes folder
        context.addServletContainerInitializer(new org.apache.jasper.servlet.JasperInitializer(), null);
        ((org.apache.tomcat.util.scan.StandardJarScanner) context.getJarScanner()).setScanAllDirectories(true);
        Tomcat.addServlet(context, "jsp", new org.apache.jasper.servlet.JspServlet());
        context.addServletMappingDecoded("*.jsp", "jsp");
        Tomcat.addServlet(context, "widgets", new WidgetServlet());
        context.addServletMappingDecoded("/widgets/*", "widgets");
        Tomcat.addServlet(context, "static", new StaticResourceServlet());
        context.addServletMappingDecoded("/congkit/*", "static");
        Tomcat.addServlet(context, "sitemap", new SitemapXmlServlet());
        context.addServletMappingDecoded("/sitemap.xml", "sitemap");
        tomcat.start();
        try {
            String base = "http://127.0.0.1:" + tomcat.getConnector().getLocalPort();
            assertTrue(org.apache.catalina.util.ServerInfo.getServerNumber().startsWith("9."), "Tomcat 9: " + org.apache.catalina.util.ServerInfo.getServerInfo());
            HttpResponse<String> footer = get(base + "/widgets/footer");
            assertEquals(200, footer.statusCode(), footer.body());
            assertTrue(footer.body().contains("Ủy ban nhân dân xã Mẫu Sơn"), footer.body());
            HttpResponse<String> css = get(base + "/congkit/congkit.css");
            assertEquals(200, css.statusCode());
            assertTrue(css.headers().firstValue("Content-Type").orElse("").startsWith("text/css"));
            HttpResponse<String> sitemap = get(base + "/sitemap.xml");
            assertEquals(200, sitemap.statusCode(), sitemap.body());
            assertTrue(sitemap.body().contains("<urlset"), sitemap.body());
            assertEquals(404, get(base + "/widgets/khong-co").statusCode(), "an unknown widget is a plain 404, not an error");
            HttpResponse<String> page = get(base + "/trang.jsp");
            assertEquals(200, page.statusCode(), page.body());
            assertTrue(page.body().contains("<header") && page.body().contains("<footer") && page.body().contains("Ủy ban nhân dân xã Mẫu Sơn"),
                    "the JSP tags render on Tomcat 9: " + page.body());
        } finally {
            tomcat.stop();
            tomcat.destroy();
        }
    }

    private static HttpResponse<String> get(String url) throws IOException, InterruptedException {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofString());
    }
}

package dev.congkit.feedback;

import dev.congkit.core.ManualClock;
import dev.congkit.core.TestSites;
import dev.congkit.core.model.SiteConfig;
import dev.congkit.servlet.SiteResolver;
import org.apache.catalina.Context;
import org.apache.catalina.startup.Tomcat;
import org.jsoup.Jsoup;

import javax.sql.DataSource;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

/**
 * The feedback servlets on an embedded Tomcat (127.0.0.1, a free port) over an H2 database, with a
 * client that keeps its session cookie, and every log record of Tomcat, Flyway and CổngKit caught.
 */
final class FeedbackServer implements AutoCloseable {

    static final String HOST = "mauson.thanhhoa.gov.vn";
    static final String STAFF_HEADER = "X-Test-Staff";

    final ManualClock clock = new ManualClock(Instant.parse("2026-12-01T03:00:00Z"));
    final FeedbackStore store;
    final RatingStore ratings;
    final List<String> logs = Collections.synchronizedList(new ArrayList<>());
    private final Tomcat tomcat = new Tomcat();
    private final HttpClient client = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
    private final Handler catcher = new Handler() {
        @Override
        public void publish(LogRecord record) {
            logs.add(record.getLoggerName() + " " + record.getMessage() + (record.getThrown() == null ? "" : " " + record.getThrown()));
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    };
    private final List<Logger> caught = List.of(Logger.getLogger("org.apache"), Logger.getLogger("org.flywaydb"), Logger.getLogger("dev.congkit"),
            Logger.getLogger("com.zaxxer"));

    FeedbackServer(Path dir, FeedbackOptions options) throws Exception {
        this(dir, options, false);
    }

    FeedbackServer(Path dir, FeedbackOptions options, boolean keepConnections) throws Exception {
        for (Logger logger : caught) {
            logger.setUseParentHandlers(false);
            // CổngKit's own loggers at every level; the container at INFO, as servers run (its FINE level dumps requests whole)
            logger.setLevel(logger.getName().equals("dev.congkit") ? Level.ALL : Level.INFO);
            logger.addHandler(catcher);
        }
        DataSource data = Databases.fresh("h2", dir);
        store = FeedbackStore.open(data, clock);
        ratings = RatingStore.open(data);
        SiteConfig site = TestSites.minimal();
        SiteResolver sites = SiteResolver.single(site);
        tomcat.setBaseDir(Files.createTempDirectory(dir, "tomcat").toString());
        tomcat.setHostname("127.0.0.1");
        tomcat.setPort(0);
        tomcat.getConnector().setProperty("address", "127.0.0.1");
        if (keepConnections) {
            // as behind a reverse proxy: connections stay open (Tomcat's default closes each after 100 requests, and the JDK
            // client can race that close with its next post, which it then reports as a failed connection)
            tomcat.getConnector().setProperty("maxKeepAliveRequests", "-1");
        }
        Context context = tomcat.addContext("", null);
        Tomcat.addServlet(context, "feedback", new FeedbackServlet(sites, store, store, PageLayout.standalone(), options, clock))
                .setMultipartConfigElement(FeedbackServlet.multipartConfig(options));
        context.addServletMappingDecoded("/lien-he-gop-y", "feedback");
        context.addServletMappingDecoded("/lien-he-gop-y/*", "feedback");
        Tomcat.addServlet(context, "staff", new FeedbackStaffServlet(sites, store, ratings,
                request -> "yes".equals(request.getHeader(STAFF_HEADER)), PageLayout.standalone(), clock));
        context.addServletMappingDecoded("/lien-he-gop-y/quan-ly/*", "staff");
        Tomcat.addServlet(context, "rating", new RatingServlet(sites, ratings, new RateLimiter(options.postsPerMinute(),
                java.time.Duration.ofMinutes(1), clock), clock));
        context.addServletMappingDecoded(RatingWidget.ACTION, "rating");
        Tomcat.addServlet(context, "widgets", new dev.congkit.servlet.WidgetServlet(dev.congkit.core.render.WidgetRenderer.create(), sites));
        context.addServletMappingDecoded("/widgets/*", "widgets");
        tomcat.start();
    }

    String url(String path) {
        return "http://127.0.0.1:" + tomcat.getConnector().getLocalPort() + path;
    }

    HttpResponse<String> get(String path, String... headers) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url(path)));
        if (headers.length > 0) {
            request.headers(headers);
        }
        return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    /** The CSRF token of a freshly loaded form (the session starts with it). */
    String csrf() throws IOException, InterruptedException {
        return Jsoup.parse(get("/lien-he-gop-y").body()).select("input[name=csrf]").val();
    }

    /** A multipart post of {@code fields} and, when {@code fileName} is not null, a file in {@code tep}. */
    HttpResponse<String> post(String path, Map<String, String> fields, String fileName, byte[] file, String... headers)
            throws IOException, InterruptedException {
        String boundary = "----ck" + UUID.randomUUID();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        for (Map.Entry<String, String> field : fields.entrySet()) {
            body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + field.getKey() + "\"\r\n\r\n" + field.getValue() + "\r\n")
                    .getBytes(StandardCharsets.UTF_8));
        }
        if (fileName != null) {
            body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"tep\"; filename=\"" + fileName
                    + "\"\r\nContent-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.UTF_8));
            body.writeBytes(file);
            body.writeBytes("\r\n".getBytes(StandardCharsets.UTF_8));
        }
        body.writeBytes(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url(path)))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()));
        if (headers.length > 0) {
            request.headers(headers);
        }
        return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    /** A plain form post ({@code application/x-www-form-urlencoded}). */
    HttpResponse<String> postForm(String path, Map<String, String> fields, String... headers) throws IOException, InterruptedException {
        StringBuilder body = new StringBuilder();
        fields.forEach((name, value) -> body.append(body.length() == 0 ? "" : "&").append(java.net.URLEncoder.encode(name, StandardCharsets.UTF_8))
                .append('=').append(java.net.URLEncoder.encode(value, StandardCharsets.UTF_8)));
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url(path)))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body.toString()));
        if (headers.length > 0) {
            request.headers(headers);
        }
        return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    @Override
    public void close() throws org.apache.catalina.LifecycleException {
        tomcat.stop();
        tomcat.destroy();
        for (Logger logger : caught) {
            logger.removeHandler(catcher);
            logger.setUseParentHandlers(true);
            logger.setLevel(null);
        }
    }
}

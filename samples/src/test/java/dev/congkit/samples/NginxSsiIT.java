package dev.congkit.samples;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * INTEGRATION.md's nginx example, run: a real nginx with SSI (Debian's nginx-light, which .ci/run
 * installs) in front of the demo, serving a static page that includes the header, menu and footer
 * fragments. Everything listens on 127.0.0.1.
 */
class NginxSsiIT {

    private static final Path NGINX = Path.of("/usr/sbin/nginx");
    private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @TempDir
    Path work;

    @Test
    void aStaticPageIncludesTheFragmentsThroughNginx() throws Exception {
        assumeTrue(Files.isExecutable(NGINX), "nginx is not installed (apt-get install nginx-light)");
        try (DemoAccess.Running demo = DemoAccess.start()) {
            int demoPort = Integer.parseInt(demo.url("").replaceAll(".*:", ""));
            int port = freePort();
            Path www = Files.createDirectories(work.resolve("www"));
            Files.writeString(www.resolve("tin-tuc.html"), WebXmlDeploymentIT.guideBlock("nginx-page"), StandardCharsets.UTF_8);
            String server = WebXmlDeploymentIT.guideBlock("nginx")
                    .replace("127.0.0.1:8081", "127.0.0.1:" + port)
                    .replace("127.0.0.1:8080", "127.0.0.1:" + demoPort)
                    .replace("/var/www/portal", www.toString());
            Path conf = work.resolve("nginx.conf");
            Files.writeString(conf, """
                    master_process off;
                    pid %1$s/nginx.pid;
                    error_log %1$s/error.log warn;
                    events { worker_connections 64; }
                    http {
                        access_log off;
                        client_body_temp_path %1$s/body;
                        proxy_temp_path %1$s/proxy;
                        fastcgi_temp_path %1$s/fastcgi;
                        uwsgi_temp_path %1$s/uwsgi;
                        scgi_temp_path %1$s/scgi;
                        types { text/html html; text/css css; }
                        charset utf-8;
                    %2$s
                    }
                    """.formatted(work, server), StandardCharsets.UTF_8);
            Process nginx = new ProcessBuilder(NGINX.toString(), "-p", work.toString(), "-e", work.resolve("error.log").toString(),
                    "-c", conf.toString(), "-g", "daemon off;").redirectErrorStream(true)
                    .redirectOutput(work.resolve("nginx.out").toFile()).start();
            try {
                HttpResponse<String> page = getWhenUp(port, "/tin-tuc.html");
                assertEquals(200, page.statusCode(), page.body());
                String body = page.body();
                assertTrue(!body.contains("<!--#"), "every include was processed: " + body);
                for (String fragment : new String[] {"/widgets/header", "/widgets/menu?path=/tin-tuc.html", "/widgets/footer"}) {
                    HttpResponse<String> direct = get(demoPort, fragment);
                    assertEquals(200, direct.statusCode());
                    assertTrue(body.contains(direct.body()), fragment + " is included as the servlet renders it");
                }
                assertTrue(body.contains("aria-current=\"page\"") || body.contains("ck-menu"), body);
                assertEquals(200, get(port, "/congkit/congkit.css").statusCode());
            } finally {
                nginx.destroy();
                nginx.waitFor(10, TimeUnit.SECONDS);
            }
        }
    }

    private static HttpResponse<String> getWhenUp(int port, String path) throws Exception {
        IOException last = null;
        for (int i = 0; i < 50; i++) {
            try {
                return get(port, path);
            } catch (IOException e) {
                last = e;
                Thread.sleep(100);
            }
        }
        throw last;
    }

    private static HttpResponse<String> get(int port, String path) throws Exception {
        return CLIENT.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).timeout(Duration.ofSeconds(10)).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }
}

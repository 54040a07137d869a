package dev.congkit.servlet;

import jakarta.servlet.http.HttpServlet;
import org.apache.catalina.Context;
import org.apache.catalina.LifecycleException;
import org.apache.catalina.startup.Tomcat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.util.Map;

/** An embedded Tomcat on 127.0.0.1 and a free port, for tests. */
public final class TestServer implements AutoCloseable {

    private static final java.util.logging.Logger TOMCAT_LOG = java.util.logging.Logger.getLogger("org.apache");

    static {
        TOMCAT_LOG.setLevel(java.util.logging.Level.SEVERE);
    }

    private final Tomcat tomcat = new Tomcat();
    private final HttpClient client = HttpClient.newHttpClient();

    public TestServer(Map<String, HttpServlet> servletsByMapping) throws LifecycleException, IOException {
        tomcat.setBaseDir(Files.createTempDirectory("congkit-tomcat").toString());
        tomcat.setHostname("127.0.0.1");
        tomcat.setPort(0);
        tomcat.getConnector().setProperty("address", "127.0.0.1");
        Context context = tomcat.addContext("", null);
        int i = 0;
        for (Map.Entry<String, HttpServlet> entry : servletsByMapping.entrySet()) {
            String name = "s" + i++;
            Tomcat.addServlet(context, name, entry.getValue());
            context.addServletMappingDecoded(entry.getKey(), name);
        }
        tomcat.start();
    }

    public int port() {
        return tomcat.getConnector().getLocalPort();
    }

    public HttpResponse<String> get(String path, String... headers) {
        try {
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + tomcat.getConnector().getLocalPort() + path));
            if (headers.length > 0) {
                request.headers(headers);
            }
            return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() throws LifecycleException {
        tomcat.stop();
        tomcat.destroy();
    }
}

package dev.congkit.samples;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

/** Starts the demo portal on 127.0.0.1 and a free port once per test class. */
abstract class DemoServer {

    static DemoAccess.Running demo;
    static final HttpClient CLIENT = HttpClient.newHttpClient();

    @BeforeAll
    static void startDemo() throws Exception {
        demo = DemoAccess.start();
    }

    @AfterAll
    static void stopDemo() throws Exception {
        demo.close();
    }

    static URI uri(String path) {
        return URI.create(demo.url(path));
    }

    static HttpResponse<String> get(String path) throws Exception {
        return CLIENT.send(HttpRequest.newBuilder(uri(path)).build(), HttpResponse.BodyHandlers.ofString());
    }
}

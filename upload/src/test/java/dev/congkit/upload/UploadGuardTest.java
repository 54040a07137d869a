package dev.congkit.upload;

import dev.congkit.image.ImageResizer;
import dev.congkit.image.Slots;
import dev.congkit.servlet.TestServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.assertNull;

/** The upload endpoint decides who may upload before it reads the body, and redirects only within the site. */
class UploadGuardTest {

    @Test
    void aRefusedUploaderIsAnsweredBeforeTheBodyIsRead(@TempDir Path dir) throws Exception {
        AtomicBoolean asked = new AtomicBoolean();
        UploadServlet upload = new UploadServlet(ImageResizer.create(), Slots.defaults(), dir, "/uploads", request -> {
            asked.set(true);
            return false;
        });
        try (TestServer server = new TestServer(Map.of("/tai-anh-len", upload))) {
            String boundary = "ranh-gioi";
            String body = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"a.jpg\"\r\n"
                    + "Content-Type: image/jpeg\r\n\r\n" + "x".repeat(200_000) + "\r\n--" + boundary + "--\r\n";
            HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                            URI.create("http://127.0.0.1:" + server.port() + "/tai-anh-len"))
                    .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                    .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)).build(), HttpResponse.BodyHandlers.ofString());
            // had the body been parsed first, the servlet (registered here without a multipart configuration) would answer 413
            assertEquals(403, response.statusCode(), response.body());
            assertTrue(asked.get(), "the authoriser was asked");
        }
    }

    @Test
    void aRedirectIsASitePathOnceControlCharactersAreRemoved() {
        assertEquals("/tai-anh-len?xong=1", UploadServlet.siteRelative("/tai-anh-len?xong=1"));
        assertNull(UploadServlet.siteRelative("/\n/evil.example"), "a line feed hid a second slash");
        assertNull(UploadServlet.siteRelative("/\t/evil.example"));
        assertNull(UploadServlet.siteRelative("/\r\n/evil.example"));
        assertNull(UploadServlet.siteRelative(" //evil.example"));
        assertNull(UploadServlet.siteRelative("/\\evil.example"));
        assertNull(UploadServlet.siteRelative("https://evil.example/"));
        assertEquals("/a/b", UploadServlet.siteRelative("/a\r\n/b"), "header injection is not possible either");
    }
}

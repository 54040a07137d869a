package dev.congkit.samples;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import javax.imageio.ImageIO;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLDecoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The demo's upload page: authorisation hook, CSRF token, type and magic-byte checks, fitted result. IMAGE-BUDGET. */
class DemoUploadTest {

    private static DemoPortal.Running demo;
    private final HttpClient client = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();

    @BeforeAll
    static void start() throws Exception {
        java.util.logging.Logger.getLogger("").setLevel(java.util.logging.Level.WARNING);
        Clock clock = Clock.system(ZoneId.of("Asia/Ho_Chi_Minh"));
        demo = DemoPortal.start(SampleSite.load(LocalDate.now(clock)), "127.0.0.1", 0, clock, "mat-khau-mau"); // a known password
    }

    @AfterAll
    static void stop() throws Exception {
        demo.close();
    }

    private URI uri(String path) {
        return URI.create("http://127.0.0.1:" + demo.port() + path);
    }

    private String token() throws Exception {
        String page = client.send(HttpRequest.newBuilder(uri("/tai-anh-len")).build(), HttpResponse.BodyHandlers.ofString()).body();
        return Jsoup.parse(page).select("input[name=csrf]").attr("value");
    }

    private HttpResponse<String> post(Map<String, String> fields, String fileName, String type, byte[] file) throws Exception {
        String boundary = "----congkit" + System.nanoTime();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        for (Map.Entry<String, String> field : fields.entrySet()) {
            body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + field.getKey() + "\"\r\n\r\n" + field.getValue() + "\r\n")
                    .getBytes(StandardCharsets.UTF_8));
        }
        body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName + "\"\r\nContent-Type: "
                + type + "\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.write(file);
        body.write(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return client.send(HttpRequest.newBuilder(uri("/tai-anh-len/gui")).header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static byte[] photo(int width, int height) throws Exception {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setPaint(new java.awt.GradientPaint(0, 0, Color.RED, width, height, Color.YELLOW));
        g.fillRect(0, 0, width, height);
        g.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "jpeg", out);
        return out.toByteArray();
    }

    private Map<String, String> fields(String csrf, String password) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("csrf", csrf);
        fields.put("slot", "banner-right");
        fields.put("password", password);
        fields.put("redirect", "/tai-anh-len");
        return fields;
    }

    @Test
    void anAuthorisedUploadIsFittedToItsSlotAndShown() throws Exception {
        HttpResponse<String> response = post(fields(token(), "mat-khau-mau"), "Ảnh Hội nghị.jpg", "image/jpeg", photo(1600, 1200));
        assertEquals(303, response.statusCode(), response.body());
        String location = response.headers().firstValue("Location").orElseThrow();
        String url = URLDecoder.decode(location.substring(location.indexOf("uploaded=") + 9), StandardCharsets.UTF_8);
        assertTrue(url.matches("/uploads/anh-hoi-nghi(-[0-9]+)?\\.jpg"), url);
        HttpResponse<byte[]> image = client.send(HttpRequest.newBuilder(uri(url)).build(), HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, image.statusCode());
        BufferedImage fitted = ImageIO.read(new ByteArrayInputStream(image.body()));
        assertEquals(300, fitted.getWidth());
        assertTrue(image.body().length <= 100 * 1024);
        String page = client.send(HttpRequest.newBuilder(uri(location)).build(), HttpResponse.BodyHandlers.ofString()).body();
        assertEquals(url, Jsoup.parse(page).select("main figure img").attr("src"));
    }

    @Test
    void withoutThePasswordOrTheTokenNothingIsWritten() throws Exception {
        assertEquals(403, post(fields(token(), "sai"), "a.jpg", "image/jpeg", photo(100, 100)).statusCode());
        HttpResponse<String> forged = post(fields("forged", "mat-khau-mau"), "a.jpg", "image/jpeg", photo(100, 100));
        assertEquals(403, forged.statusCode());
        assertTrue(forged.body().contains("CSRF"));
    }

    @Test
    void onlyImagesAreAccepted() throws Exception {
        byte[] text = "<html><script>alert(1)</script></html>".getBytes(StandardCharsets.UTF_8);
        assertEquals(415, post(fields(token(), "mat-khau-mau"), "a.html", "text/html", text).statusCode());
        HttpResponse<String> disguised = post(fields(token(), "mat-khau-mau"), "a.jpg", "image/jpeg", text);
        assertEquals(400, disguised.statusCode());
        // an editor reads it: in Vietnamese
        assertEquals("a: không phải ảnh: tệp bắt đầu bằng 3C 68 74 6D, không phải dấu hiệu của tệp JPEG, PNG, GIF, BMP hay WebP\n", disguised.body());
        Map<String, String> badSlot = fields(token(), "mat-khau-mau");
        badSlot.put("slot", "poster");
        assertEquals(400, post(badSlot, "a.jpg", "image/jpeg", photo(100, 100)).statusCode());
    }

    @Test
    void anOversizedRequestIsRefused() throws Exception {
        assertEquals(413, post(fields(token(), "mat-khau-mau"), "big.jpg", "image/jpeg", new byte[16 << 20]).statusCode());
    }
}

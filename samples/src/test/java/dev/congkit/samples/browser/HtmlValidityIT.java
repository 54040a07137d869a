package dev.congkit.samples.browser;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.congkit.samples.DemoAccess;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every widget fixture's golden output (wrapped in a minimal page) and every demo page pass the
 * W3C Nu HTML Checker with zero errors, all files in one checker run. Needs vnu.jar from the npm
 * package vnu-jar in .build/ (.ci/run installs it); skipped with a message without it.
 */
class HtmlValidityIT {

    static final Path VNU = Path.of("../.build/node_modules/vnu-jar/build/dist/vnu.jar");
    private static final Path FIXTURES = Path.of("../widgets/src/test/resources/dev/congkit/widgets");

    @Test
    void everyFixtureAndDemoPageIsValidHtml() throws Exception {
        if (!Files.isRegularFile(VNU)) {
            System.err.println("\n*** SKIPPING HTML validation: need " + VNU.toAbsolutePath().normalize() + " (npm install --prefix .build vnu-jar) ***\n");
        }
        Assumptions.assumeTrue(Files.isRegularFile(VNU), "vnu.jar is not installed");
        Path folder = Path.of("target/vnu");
        if (Files.exists(folder)) {
            try (Stream<Path> old = Files.walk(folder)) {
                old.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
        Files.createDirectories(folder);
        int fixtures = 0;
        try (Stream<Path> files = Files.walk(FIXTURES)) {
            for (Path html : files.filter(p -> p.toString().endsWith(".html") && p.getParent().getParent().getFileName().toString().equals("fixtures"))
                    .sorted().toList()) {
                String fragment = Files.readString(html, StandardCharsets.UTF_8);
                String page = "<!DOCTYPE html>\n<html lang=\"vi\"><head><meta charset=\"utf-8\"><title>fixture</title></head><body>\n"
                        + fragment + "</body></html>\n";
                Files.writeString(folder.resolve("fixture-" + html.getParent().getFileName() + "-" + html.getFileName()), page, StandardCharsets.UTF_8);
                fixtures++;
            }
        }
        int pages = 0;
        try (DemoAccess.Running demo = DemoAccess.start("mat-khau-thu")) {
            HttpClient client = HttpClient.newBuilder().cookieHandler(new java.net.CookieManager()).build();
            List<String> paths = new ArrayList<>(AccessibilityIT.pages());
            for (String path : paths) {
                HttpResponse<String> response = client.send(HttpRequest.newBuilder(URI.create(demo.url(path))).build(), HttpResponse.BodyHandlers.ofString());
                Files.writeString(folder.resolve("page-" + pages++ + ".html"), response.body(), StandardCharsets.UTF_8);
            }
            for (String body : feedbackStates(client, demo)) {
                Files.writeString(folder.resolve("page-" + pages++ + ".html"), body, StandardCharsets.UTF_8);
            }
        }
        Process vnu = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar", VNU.toString(),
                "--errors-only", "--format", "json", "--exit-zero-always", folder.toString())
                .redirectInput(Files.createTempFile("empty", ".txt").toFile()) // an open stdin pipe makes the checker wait
                .redirectErrorStream(false).redirectOutput(ProcessBuilder.Redirect.DISCARD).redirectError(Path.of("target/vnu-report.json").toFile()).start();
        boolean finished = vnu.waitFor(3, TimeUnit.MINUTES);
        if (!finished) {
            vnu.destroyForcibly(); // never leave a checker running after the test
        }
        assertTrue(finished, "the checker finished");
        JsonNode report = new ObjectMapper().readTree(Path.of("target/vnu-report.json").toFile());
        List<String> errors = new ArrayList<>();
        for (JsonNode message : report.path("messages")) {
            errors.add(message.path("url").asText().replaceAll(".*/", "") + ":" + message.path("lastLine").asText() + ": "
                    + message.path("message").asText() + " [" + message.path("extract").asText() + "]");
        }
        System.out.println("Nu HTML Checker: " + fixtures + " fixture outputs and " + pages + " demo pages, " + errors.size() + " errors");
        assertTrue(fixtures > 50 && pages > 20, "the check saw the files");
        assertEquals(List.of(), errors);
    }

    /** The pages only a post reaches: the form with errors, the confirmation, the staff's list, message and report. */
    private static List<String> feedbackStates(HttpClient client, DemoAccess.Running demo) throws Exception {
        List<String> bodies = new ArrayList<>();
        String form = client.send(HttpRequest.newBuilder(URI.create(demo.url("/lien-he-gop-y"))).build(), HttpResponse.BodyHandlers.ofString()).body();
        String csrf = form.replaceAll("(?s).*name=\"csrf\" value=\"([0-9a-f]+)\".*", "$1");
        HttpResponse<String> errors = post(client, demo.url("/lien-he-gop-y"), "csrf=" + csrf + "&ho-ten=%3Cb%3EH%C6%B0%E1%BB%9Dng&email=x");
        assertEquals(400, errors.statusCode());
        bodies.add(errors.body());
        HttpResponse<String> sent = post(client, demo.url("/lien-he-gop-y"), "csrf=" + csrf
                + "&ho-ten=H%C6%B0%E1%BB%9Dng&tieu-de=%C4%90%C3%A8n&noi-dung=H%E1%BB%8Fng&dong-y=1");
        String status = sent.headers().firstValue("Location").orElseThrow();
        bodies.add(client.send(HttpRequest.newBuilder(URI.create(demo.url(status))).build(), HttpResponse.BodyHandlers.ofString()).body());
        assertEquals(303, post(client, demo.url("/lien-he-gop-y/quan-ly"), "password=mat-khau-thu").statusCode(), "the staff log in");
        for (String path : List.of("/lien-he-gop-y/quan-ly", "/lien-he-gop-y/quan-ly/" + status.replaceAll(".*ma=([^&]+).*", "$1"),
                "/lien-he-gop-y/quan-ly/danh-gia")) {
            HttpResponse<String> page = client.send(HttpRequest.newBuilder(URI.create(demo.url(path))).build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(200, page.statusCode(), path);
            bodies.add(page.body());
        }
        return bodies;
    }

    private static HttpResponse<String> post(HttpClient client, String url, String form) throws Exception {
        return client.send(HttpRequest.newBuilder(URI.create(url)).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
    }
}

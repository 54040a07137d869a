package dev.congkit.samples.browser;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Debian's Chromium, headless, driven over the DevTools protocol with the JDK's own WebSocket
 * client: navigate, set the viewport, run scripts, take screenshots, collect console messages.
 * Only loopback addresses are opened.
 */
final class Chromium implements AutoCloseable {

    static final Path BINARY = Path.of("/usr/bin/chromium");
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Process process;
    private final Path profile;
    private final WebSocket socket;
    private final Map<Integer, CompletableFuture<JsonNode>> pending = new ConcurrentHashMap<>();
    private final AtomicInteger ids = new AtomicInteger();
    private final List<String> console = new CopyOnWriteArrayList<>();
    private final String session;

    private Chromium(Process process, Path profile, String endpoint) throws Exception {
        this.process = process;
        this.profile = profile;
        this.socket = HttpClient.newHttpClient().newWebSocketBuilder().buildAsync(URI.create(endpoint), new Listener()).get(20, TimeUnit.SECONDS);
        String target = send(null, "Target.createTarget", Map.of("url", "about:blank")).path("targetId").asText();
        this.session = send(null, "Target.attachToTarget", Map.of("targetId", target, "flatten", true)).path("sessionId").asText();
        send("Page.enable", Map.of());
        send("Runtime.enable", Map.of());
        send("Log.enable", Map.of());
    }

    static boolean available() {
        return Files.isExecutable(BINARY);
    }

    static Chromium start() throws Exception {
        Path profile = Files.createTempDirectory("congkit-chromium");
        Process process = new ProcessBuilder(BINARY.toString(), "--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--disable-quic", "--no-first-run",
                "--hide-scrollbars", "--user-data-dir=" + profile, "--remote-debugging-address=127.0.0.1", "--remote-debugging-port=0",
                "--remote-allow-origins=*", "about:blank").redirectErrorStream(true).start();
        BufferedReader output = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
        String endpoint = null;
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (endpoint == null && System.nanoTime() < deadline) {
            String line = output.readLine();
            if (line == null) {
                break;
            }
            int at = line.indexOf("ws://");
            if (line.contains("DevTools listening on") && at >= 0) {
                endpoint = line.substring(at).strip();
            }
        }
        if (endpoint == null) {
            process.destroyForcibly();
            throw new IllegalStateException("Chromium did not start its DevTools endpoint");
        }
        Thread drain = new Thread(() -> {
            try {
                while (output.readLine() != null) {
                    // keep the pipe empty so the browser never blocks on its own logging
                }
            } catch (IOException ignored) {
                // the browser has ended
            }
        });
        drain.setDaemon(true);
        drain.start();
        return new Chromium(process, profile, endpoint);
    }

    void viewport(int width, int height) throws Exception {
        send("Emulation.setDeviceMetricsOverride", Map.of("width", width, "height", height, "deviceScaleFactor", 1, "mobile", width < 600));
    }

    /** Opens {@code url} and waits until the document and its sub-resources have loaded. */
    void open(String url) throws Exception {
        if (!url.startsWith("http://127.0.0.1:")) {
            throw new IllegalArgumentException("tests only browse loopback: " + url);
        }
        console.clear();
        send("Page.navigate", Map.of("url", url));
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (System.nanoTime() < deadline) {
            JsonNode state = evaluate("document.readyState + '|' + location.href", false);
            if (state.asText().startsWith("complete|" + url.replaceAll("#.*", ""))) {
                return;
            }
            Thread.sleep(50);
        }
        throw new IllegalStateException("page did not load: " + url);
    }

    /** Clicks the element {@code selector} finds (a form's button, a link) and waits until the page it leads to has loaded. */
    void clickAndWait(String selector) throws Exception {
        console.clear();
        evaluate("window.ckBefore = true; document.querySelector(" + JSON.writeValueAsString(selector) + ").click()", false);
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (System.nanoTime() < deadline) {
            Thread.sleep(50);
            try {
                if (evaluate("window.ckBefore === undefined && document.readyState === 'complete'", false).asBoolean()) {
                    return;
                }
            } catch (IllegalStateException navigating) {
                // the old document went away mid-question: ask the new one
            }
        }
        throw new IllegalStateException("no new page after clicking " + selector);
    }

    /** Sets the value of the form control {@code id}, as typed. */
    void type(String id, String value) throws Exception {
        evaluate("document.getElementById(" + JSON.writeValueAsString(id) + ").value = " + JSON.writeValueAsString(value), false);
    }

    /** Evaluates a script in the page; with {@code await}, waits for a returned promise. */
    JsonNode evaluate(String script, boolean await) throws Exception {
        JsonNode result = send("Runtime.evaluate", Map.of("expression", script, "awaitPromise", await, "returnByValue", true));
        if (result.has("exceptionDetails")) {
            throw new IllegalStateException("script failed: " + result.get("exceptionDetails"));
        }
        return result.path("result").path("value");
    }

    void screenshot(Path file) throws Exception {
        screenshot(file, true);
    }

    /** A PNG of the whole page ({@code wholePage}) or of the viewport alone. */
    void screenshot(Path file, boolean wholePage) throws Exception {
        JsonNode shot = send("Page.captureScreenshot", Map.of("format", "png", "captureBeyondViewport", wholePage));
        Files.createDirectories(file.getParent());
        Files.write(file, Base64.getDecoder().decode(shot.path("data").asText()));
    }

    /** Console errors and browser log entries (Content-Security-Policy violations among them) since the last {@link #open}. */
    List<String> consoleErrors() {
        return new ArrayList<>(console);
    }

    void press(String key, String code, int keyCode) throws Exception {
        // keys that type a character (Enter, Space) need it in the key-down event to activate controls
        String text = key.equals("Enter") ? "\r" : key.equals(" ") ? " " : null;
        Map<String, Object> down = new java.util.HashMap<>(Map.of("type", text == null ? "rawKeyDown" : "keyDown", "key", key, "code", code,
                "windowsVirtualKeyCode", keyCode));
        if (text != null) {
            down.put("text", text);
        }
        send("Input.dispatchKeyEvent", down);
        send("Input.dispatchKeyEvent", Map.of("type", "keyUp", "key", key, "code", code, "windowsVirtualKeyCode", keyCode));
    }

    private JsonNode send(String method, Map<String, Object> params) throws Exception {
        return send(session, method, params);
    }

    private JsonNode send(String sessionId, String method, Map<String, Object> params) throws Exception {
        int id = ids.incrementAndGet();
        ObjectNode message = JSON.createObjectNode().put("id", id).put("method", method);
        message.set("params", JSON.valueToTree(params));
        if (sessionId != null) {
            message.put("sessionId", sessionId);
        }
        CompletableFuture<JsonNode> answer = new CompletableFuture<>();
        pending.put(id, answer);
        socket.sendText(JSON.writeValueAsString(message), true).get(10, TimeUnit.SECONDS);
        JsonNode reply = answer.get(60, TimeUnit.SECONDS);
        if (reply.has("error")) {
            throw new IllegalStateException(method + ": " + reply.get("error"));
        }
        return reply.path("result");
    }

    @Override
    public void close() throws Exception {
        try {
            socket.sendClose(WebSocket.NORMAL_CLOSURE, "done").get(5, TimeUnit.SECONDS);
        } catch (Exception ignored) {
            // the browser goes anyway
        }
        process.descendants().forEach(ProcessHandle::destroy);
        process.destroy();
        if (!process.waitFor(10, TimeUnit.SECONDS)) {
            process.destroyForcibly();
        }
        // best effort: a helper process may still be closing its cache files
        try (var files = Files.walk(profile)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException | java.io.UncheckedIOException ignored) {
            // the temporary folder is left for the system to clean
        }
    }

    private final class Listener implements WebSocket.Listener {
        private final StringBuilder buffer = new StringBuilder();

        @Override
        public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
            buffer.append(data);
            if (last) {
                String text = buffer.toString();
                buffer.setLength(0);
                try {
                    JsonNode message = JSON.readTree(text);
                    if (message.has("id")) {
                        CompletableFuture<JsonNode> answer = pending.remove(message.get("id").asInt());
                        if (answer != null) {
                            answer.complete(message);
                        }
                    } else {
                        record(message);
                    }
                } catch (IOException e) {
                    // a message that is not JSON: ignore it
                }
            }
            webSocket.request(1);
            return null;
        }

        private void record(JsonNode message) {
            String method = message.path("method").asText();
            if (method.equals("Runtime.consoleAPICalled") && message.at("/params/type").asText().equals("error")) {
                console.add("console: " + message.at("/params/args/0/value").asText());
            } else if (method.equals("Log.entryAdded") && !message.at("/params/entry/level").asText().equals("verbose")) {
                console.add(message.at("/params/entry/level").asText() + ": " + message.at("/params/entry/text").asText());
            } else if (method.equals("Runtime.exceptionThrown")) {
                console.add("exception: " + message.at("/params/exceptionDetails/text").asText());
            }
        }
    }
}

package dev.congkit.audit.internal.browser;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.congkit.audit.internal.Fetcher;
import dev.congkit.audit.internal.SiteFetcher;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

/**
 * One headless Chromium for a whole audit run, rendering one page at a time. The browser reaches no
 * network of its own: every request it makes is paused and answered by the audit's
 * {@link SiteFetcher}, so it reads only what the fetcher may read (the audited site, robots.txt
 * obeyed, the byte budget and deadline kept); anything else, and any method but GET, is refused. A
 * proxy address that answers nothing stands behind that, for what the interception does not see.
 */
public final class Browser implements AutoCloseable {

    /** The desktop viewport: a common laptop's width, where the directive's three columns show. */
    public static final int WIDTH = 1280;
    static final int HEIGHT = 900;
    /** The phone viewport of the MULTI-DEVICE check. */
    public static final int PHONE_WIDTH = 320;
    /** The screenshot shows the page's top this high, in CSS px. */
    public static final int SHOT_HEIGHT = 2400;
    private static final Duration SETTLE = Duration.ofMillis(600);
    private static final Duration QUIET = Duration.ofMillis(1000);
    private static final Duration MAX_SETTLE = Duration.ofSeconds(8);
    /** Frames of a load read for its speed index, at most. */
    private static final int MAX_FRAMES = 200;
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final List<Path> KNOWN = List.of(Path.of("/usr/bin/chromium"), Path.of("/usr/bin/chromium-browser"),
            Path.of("/usr/bin/google-chrome"), Path.of("/usr/bin/google-chrome-stable"));

    private final Process process;
    private final Path profile;
    private final DevTools tools;
    private final ExecutorService answers = Executors.newFixedThreadPool(4, r -> {
        Thread t = new Thread(r, "congkit-browser-fetch");
        t.setDaemon(true);
        return t;
    });

    private Browser(Process process, Path profile, DevTools tools) {
        this.process = process;
        this.profile = profile;
        this.tools = tools;
    }

    /** The browser at {@code given}, or the first Chromium or Chrome found in the usual places. */
    public static Optional<Path> locate(Path given) {
        if (given != null) {
            return Files.isExecutable(given) ? Optional.of(given) : Optional.empty();
        }
        return KNOWN.stream().filter(Files::isExecutable).findFirst();
    }

    /**
     * Starts Chromium headless with a fresh profile.
     *
     * @throws IOException when it cannot be started or does not open its DevTools endpoint within 30 s
     */
    public static Browser start(Path binary) throws IOException {
        Path profile = Files.createTempDirectory("congkit-audit-browser");
        List<String> command = new ArrayList<>(List.of(binary.toString(), "--headless=new", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--disable-default-apps",
                "--disable-extensions", "--no-first-run", "--no-default-browser-check", "--mute-audio", "--hide-scrollbars",
                "--block-new-web-contents", "--disable-quic", "--proxy-server=127.0.0.1:9", "--proxy-bypass-list=<-loopback>",
                "--user-data-dir=" + profile, "--remote-debugging-address=127.0.0.1", "--remote-debugging-port=0",
                "--js-flags=--max-old-space-size=512", "about:blank"));
        if ("root".equals(System.getProperty("user.name"))) {
            command.add(1, "--no-sandbox"); // Chromium refuses to start as root with its sandbox
        }
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        try {
            String endpoint = endpoint(process.getInputStream(), Duration.ofSeconds(30));
            return new Browser(process, profile, DevTools.connect(endpoint, Duration.ofSeconds(20)));
        } catch (IOException | RuntimeException e) {
            process.descendants().forEach(ProcessHandle::destroyForcibly);
            process.destroyForcibly();
            delete(profile);
            throw e;
        }
    }

    private static String endpoint(InputStream output, Duration within) throws IOException {
        BufferedReader lines = new BufferedReader(new InputStreamReader(output, StandardCharsets.UTF_8));
        CompletableFuture<String> found = new CompletableFuture<>();
        Thread reader = new Thread(() -> {
            try {
                for (String line; (line = lines.readLine()) != null; ) {
                    int at = line.indexOf("ws://");
                    if (!found.isDone() && line.contains("DevTools listening on") && at >= 0) {
                        found.complete(line.substring(at).strip());
                    }
                    // later lines are read and dropped, so the browser never blocks on its own logging
                }
            } catch (IOException ignored) {
                // the browser has ended
            }
            found.complete(null);
        }, "congkit-browser-output");
        reader.setDaemon(true);
        reader.start();
        try {
            String endpoint = found.get(within.toMillis(), TimeUnit.MILLISECONDS);
            if (endpoint == null) {
                throw new IOException("the browser ended before opening its DevTools endpoint");
            }
            return endpoint;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while starting the browser", e);
        } catch (java.util.concurrent.ExecutionException | java.util.concurrent.TimeoutException e) {
            throw new IOException("the browser did not open its DevTools endpoint within " + within.toSeconds() + " s");
        }
    }

    /**
     * Renders {@code page} of {@code site}: at {@value #WIDTH} px, then at {@value #PHONE_WIDTH} px;
     * all in {@code deadline}. Pages are rendered one at a time, each in a browser context of its
     * own (no cookie or cache shared between sites).
     *
     * @param axe axe-core's source, or {@code null} to skip the accessibility rules
     * @throws IOException when the browser fails or the page gives nothing to judge within the deadline
     */
    public synchronized Rendering render(SiteFetcher site, URI page, String axe, Duration deadline) throws IOException {
        long end = System.nanoTime() + deadline.toNanos();
        try (Opened opened = open(end)) {
            Tab tab = new Tab(opened.session(), site);
            tools.onEvents(opened.session(), tab::event);
            try {
                return tab.render(page, axe, end);
            } finally {
                tools.forget(opened.session());
            }
        }
    }

    /** A tab in a browser context of its own, attached; closing it disposes of both. */
    private record Opened(DevTools tools, String context, String target, String session) implements AutoCloseable {
        @Override
        public void close() {
            try {
                tools.call("", "Target.closeTarget", Map.of("targetId", target), Duration.ofSeconds(5));
                tools.call("", "Target.disposeBrowserContext", Map.of("browserContextId", context), Duration.ofSeconds(5));
            } catch (IOException ignored) {
                // the context goes with the browser at the latest
            }
        }
    }

    private Opened open(long end) throws IOException {
        String context = tools.call("", "Target.createBrowserContext", Map.of("disposeOnDetach", true), left(end))
                .path("browserContextId").asText();
        String target = tools.call("", "Target.createTarget", Map.of("url", "about:blank", "browserContextId", context), left(end))
                .path("targetId").asText();
        String session = tools.call("", "Target.attachToTarget", Map.of("targetId", target, "flatten", true), left(end))
                .path("sessionId").asText();
        return new Opened(tools, context, target, session);
    }

    /** Prints {@code html} (a document of ours that loads nothing) to an A4 PDF, honouring its {@code @page} rules. */
    public synchronized byte[] pdf(String html, Duration deadline) throws IOException {
        long end = System.nanoTime() + deadline.toNanos();
        try (Opened opened = open(end)) {
            String session = opened.session();
            String frame = tools.call(session, "Page.getFrameTree", Map.of(), left(end)).path("frameTree").path("frame").path("id").asText();
            tools.call(session, "Page.setDocumentContent", Map.of("frameId", frame, "html", html), left(end));
            JsonNode printed = tools.call(session, "Page.printToPDF", Map.of("paperWidth", 8.27, "paperHeight", 11.69,
                    "preferCSSPageSize", true, "printBackground", true), left(end));
            return Base64.getDecoder().decode(printed.path("data").asText(""));
        }
    }

    /** One page being rendered: the DevTools session of its tab and the answers given to its requests. */
    private final class Tab {
        private final String session;
        private final SiteFetcher site;
        private final Map<String, Fetcher.Response> read = new ConcurrentHashMap<>();
        private final AtomicInteger blocked = new AtomicInteger();
        private volatile CompletableFuture<Void> loaded = new CompletableFuture<>();
        private final List<SpeedIndex.Frame> frames = new java.util.concurrent.CopyOnWriteArrayList<>();
        private final AtomicInteger framesPending = new AtomicInteger();
        private volatile long navigationStart;
        private volatile boolean filming;
        private volatile long lastFrame;
        private final String store = "__ck" + Long.toHexString(Double.doubleToLongBits(Math.random()));

        Tab(String session, SiteFetcher site) {
            this.session = session;
            this.site = site;
        }

        Rendering render(URI page, String axe, long end) throws IOException {
            List<Rendering.Problem> problems = new ArrayList<>();
            call("Page.enable", Map.of(), end);
            call("Fetch.enable", Map.of("patterns", List.of(Map.of("urlPattern", "*", "requestStage", "Request"))), end);
            call("Page.addScriptToEvaluateOnNewDocument", Map.of("source", script("observe.js")), end);
            viewport(WIDTH, HEIGHT, false, end);
            filming = true;
            call("Page.startScreencast", Map.of("format", "png", "everyNthFrame", 1, "maxWidth", WIDTH, "maxHeight", HEIGHT), end);
            navigationStart = System.currentTimeMillis();
            JsonNode navigated = call("Page.navigate", Map.of("url", page.toString()), end);
            if (!navigated.path("errorText").asText("").isEmpty()) {
                throw new IOException("the browser could not open " + page + ": " + navigated.path("errorText").asText());
            }
            if (!waitLoaded(end)) {
                problems.add(Rendering.Problem.SLOW_LOAD);
            }
            JsonNode timings = JSON.readTree(evaluate(script("timings.js"), false, end).asText("{}"));
            long speedIndex = stopFilming(end);
            String html = evaluate(script("mark.js"), false, end).asText("");
            int shotHeight = (int) Math.min(SHOT_HEIGHT, Math.max(HEIGHT,
                    evaluate("document.documentElement.scrollHeight", false, end).asInt(HEIGHT)));
            byte[] shot = screenshot(shotHeight, end);
            Optional<List<Rendering.AxeRule>> violations = Optional.empty();
            if (axe != null) {
                try {
                    violations = Optional.of(axe(axe, end));
                } catch (IOException e) {
                    problems.add(Rendering.Problem.AXE_FAILED);
                }
            }
            viewport(PHONE_WIDTH, 640, true, end);
            loaded = new CompletableFuture<>();
            call("Page.reload", Map.of(), end);
            if (!waitLoaded(end)) {
                problems.add(Rendering.Problem.SLOW_PHONE_LOAD);
            }
            JsonNode phone = JSON.readTree(evaluate(script("phone.js").replace("__WIDTH__", String.valueOf(PHONE_WIDTH)), false, end).asText("{}"));
            List<Rendering.Target> small = new ArrayList<>();
            phone.path("small").forEach(t -> small.add(new Rendering.Target(t.path(0).asText(), t.path(1).asInt(), t.path(2).asInt())));
            return new Rendering(html,
                    new Rendering.Timings(timings.path("fcp").asLong(-1), timings.path("lcp").asLong(-1), speedIndex,
                            timings.path("load").asLong(-1), timings.path("blocking").asLong(-1)),
                    new Rendering.Phone(phone.path("viewport").asBoolean(), phone.path("overflow").asInt(), phone.path("targets").asInt(), small),
                    violations, shot, shotHeight, blocked.get(), problems);
        }

        /**
         * Waits for the load event, or a document whose state is complete (a navigation the page started
         * and that was kept in place can stop its load event), for at most half the time left.
         */
        private boolean waitLoaded(long end) throws IOException {
            long until = System.nanoTime() + (end - System.nanoTime()) / 2;
            try {
                while (System.nanoTime() < until) {
                    try {
                        loaded.get(200, TimeUnit.MILLISECONDS);
                        break;
                    } catch (java.util.concurrent.TimeoutException e) {
                        if ("complete".equals(evaluate("document.readyState", false, until).asText())) {
                            break;
                        }
                    }
                }
                if (System.nanoTime() >= until) {
                    call("Page.stopLoading", Map.of(), end);
                    return false;
                }
                settle(end);
                return true;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IOException("interrupted while the page loaded", e);
            } catch (java.util.concurrent.ExecutionException e) {
                throw new IOException("the page did not load: " + e.getCause(), e);
            }
        }

        /**
         * Waits after the load for scripts that draw after it (menus, sliders): at least {@link #SETTLE}; while the
         * load is filmed, until no frame has come for {@link #QUIET}, at most {@link #MAX_SETTLE} (as page-speed tools wait).
         */
        private void settle(long end) throws InterruptedException {
            long start = System.nanoTime();
            long latest = Math.min(end, start + MAX_SETTLE.toNanos());
            Thread.sleep(Math.min(SETTLE.toMillis(), left(end).toMillis()));
            while (filming && System.nanoTime() < latest && System.currentTimeMillis() - lastFrame < QUIET.toMillis()) {
                Thread.sleep(50);
            }
        }

        /** Ends the screencast of the load and gives its speed index (-1 without a frame). */
        private long stopFilming(long end) throws IOException {
            filming = false;
            call("Page.stopScreencast", Map.of(), end);
            long until = Math.min(end, System.nanoTime() + TimeUnit.SECONDS.toNanos(3));
            while (framesPending.get() > 0 && System.nanoTime() < until) {
                try {
                    Thread.sleep(20);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IOException("interrupted while reading the load's frames", e);
                }
            }
            List<SpeedIndex.Frame> seen = new ArrayList<>(frames);
            seen.sort(java.util.Comparator.comparingLong(SpeedIndex.Frame::millis));
            return SpeedIndex.of(seen);
        }

        /** Keeps a frame of the load as its colour histogram; the picture itself is not kept. */
        private void frame(JsonNode params) {
            lastFrame = System.currentTimeMillis();
            reply("Page.screencastFrameAck", Map.of("sessionId", params.path("sessionId").asInt()));
            try {
                if (filming && frames.size() < MAX_FRAMES) {
                    long millis = Math.round(params.path("metadata").path("timestamp").asDouble(0) * 1000) - navigationStart;
                    if (millis < 0) {
                        return; // drawn before the navigation began: not part of this load
                    }
                    frames.add(new SpeedIndex.Frame(millis, Png.histogram(Base64.getDecoder().decode(params.path("data").asText("")))));
                }
            } catch (IOException | IllegalArgumentException e) {
                // a frame that cannot be read counts for nothing
            } finally {
                framesPending.decrementAndGet();
            }
        }

        private List<Rendering.AxeRule> axe(String source, long end) throws IOException {
            evaluate(source, false, end);
            JsonNode found = JSON.readTree(evaluate(script("axe.js"), true, end).asText("[]"));
            List<Rendering.AxeRule> rules = new ArrayList<>();
            for (JsonNode v : found) {
                List<String> examples = new ArrayList<>();
                v.path("examples").forEach(e -> examples.add(e.asText()));
                rules.add(new Rendering.AxeRule(v.path("id").asText(), v.path("impact").asText(), v.path("help").asText(),
                        v.path("count").asInt(), examples));
            }
            return rules;
        }

        private byte[] screenshot(int height, long end) throws IOException {
            JsonNode shot = call("Page.captureScreenshot", Map.of("format", "jpeg", "quality", 70, "captureBeyondViewport", true,
                    "clip", Map.of("x", 0, "y", 0, "width", WIDTH, "height", height, "scale", 1)), end);
            return Base64.getDecoder().decode(shot.path("data").asText(""));
        }

        private void viewport(int width, int height, boolean mobile, long end) throws IOException {
            call("Emulation.setDeviceMetricsOverride", Map.of("width", width, "height", height, "deviceScaleFactor", 1, "mobile", mobile), end);
        }

        private JsonNode evaluate(String expression, boolean awaitPromise, long end) throws IOException {
            JsonNode result = call("Runtime.evaluate", Map.of("expression", expression, "returnByValue", true, "awaitPromise", awaitPromise,
                    "timeout", Math.max(1, left(end).toMillis())), end);
            if (result.has("exceptionDetails")) {
                throw new IOException("a script of the audit failed on the page: "
                        + result.path("exceptionDetails").path("exception").path("description").asText(
                        result.path("exceptionDetails").path("text").asText()));
            }
            return result.path("result").path("value");
        }

        private String script(String name) {
            return Browser.script(name).replace("__STORE__", store).replace("__HIDDEN__", Marks.hidden()).replace("__BOX__", Marks.box());
        }

        private JsonNode call(String method, Map<String, ?> params, long end) throws IOException {
            return tools.call(session, method, params, left(end));
        }

        void event(JsonNode message) {
            JsonNode params = message.path("params");
            switch (message.path("method").asText()) {
                case "Page.loadEventFired" -> loaded.complete(null);
                case "Fetch.requestPaused" -> answers.execute(() -> answer(params));
                case "Page.screencastFrame" -> {
                    framesPending.incrementAndGet();
                    answers.execute(() -> frame(params));
                }
                case "Page.javascriptDialogOpening" -> reply("Page.handleJavaScriptDialog", Map.of("accept", false));
                default -> {
                    // other events are not needed
                }
            }
        }

        /** Answers a request of the page with what the site fetcher reads, or refuses it. */
        private void answer(JsonNode params) {
            String id = params.path("requestId").asText();
            String url = params.path("request").path("url").asText();
            String method = params.path("request").path("method").asText();
            URI uri = parse(url);
            if (!"GET".equals(method) || uri == null || !site.onSite(uri)) {
                blocked.incrementAndGet();
                if ("Document".equals(params.path("resourceType").asText())) {
                    // "No Content" keeps the page where it is; a refused navigation would show the browser's error page instead
                    reply("Fetch.fulfillRequest", Map.of("requestId", id, "responseCode", 204, "body", ""));
                } else {
                    reply("Fetch.failRequest", Map.of("requestId", id, "errorReason", "BlockedByClient"));
                }
                return;
            }
            Fetcher.Response response = read.computeIfAbsent(url, u -> site.get(uri));
            if (response.status() < 100 || response.status() >= 300 && response.status() < 400) {
                reply("Fetch.failRequest", Map.of("requestId", id, "errorReason", response.status() == 0 ? "Failed" : "BlockedByClient"));
                return;
            }
            List<Map<String, String>> headers = new ArrayList<>();
            if (!response.contentType().isEmpty()) {
                headers.add(Map.of("name", "Content-Type", "value", response.contentType()));
            }
            reply("Fetch.fulfillRequest", Map.of("requestId", id, "responseCode", response.status(), "responseHeaders", headers,
                    "body", Base64.getEncoder().encodeToString(response.body())));
        }

        private void reply(String method, Map<String, ?> params) {
            try {
                tools.send(session, method, params);
            } catch (IOException ignored) {
                // the tab is gone: nothing waits for this answer
            }
        }
    }

    private static URI parse(String url) {
        try {
            URI uri = new URI(url);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            return scheme.equals("http") || scheme.equals("https") ? new URI(scheme, uri.getRawAuthority() == null ? null
                    : uri.getAuthority(), uri.getPath(), uri.getQuery(), null) : null;
        } catch (URISyntaxException | IllegalArgumentException e) {
            return null;
        }
    }

    private static final Map<String, String> SCRIPTS = new ConcurrentHashMap<>();

    private static String script(String name) {
        return SCRIPTS.computeIfAbsent(name, n -> {
            try (InputStream in = Browser.class.getResourceAsStream("/dev/congkit/audit/browser/" + n)) {
                if (in == null) {
                    throw new IllegalStateException("missing resource " + n);
                }
                return new String(in.readAllBytes(), StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    private static Duration left(long end) {
        return Duration.ofNanos(Math.max(TimeUnit.MILLISECONDS.toNanos(1), end - System.nanoTime()));
    }

    @Override
    public void close() {
        tools.close();
        answers.shutdownNow();
        process.descendants().forEach(ProcessHandle::destroy);
        process.destroy();
        try {
            if (!process.waitFor(10, TimeUnit.SECONDS)) {
                process.descendants().forEach(ProcessHandle::destroyForcibly);
                process.destroyForcibly();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
        }
        delete(profile);
    }

    private static void delete(Path folder) {
        try (Stream<Path> files = Files.walk(folder)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException | UncheckedIOException ignored) {
            // a helper process may still hold a cache file: the temporary folder is left for the system
        }
    }
}

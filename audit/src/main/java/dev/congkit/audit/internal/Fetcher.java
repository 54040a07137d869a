package dev.congkit.audit.internal;

import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLEngine;
import javax.net.ssl.SSLException;
import javax.net.ssl.X509ExtendedTrustManager;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.ProxySelector;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Flow;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Fetches pages politely and safely, shared by every site of a batch: a per-host limit on concurrent
 * requests, one deadline per request covering connection, headers and body, a size cap, a
 * User-Agent naming CổngKit, the JVM's proxy settings, robots.txt read once per origin. Redirects are
 * followed hop by hop and only within the audit's {@link Scope}. Never throws for a target's
 * problems: they come back as a response carrying the error.
 */
public final class Fetcher {

    /** What came back for one URI. */
    public record Response(URI requested, URI uri, int status, String contentType, byte[] body, String error,
                           boolean tlsUnverified) {

        public boolean ok() {
            return error == null && status >= 200 && status < 300;
        }

        static Response failed(URI uri, String error) {
            return new Response(uri, uri, 0, "", new byte[0], error, false);
        }
    }

    /** RFC 9309 asks crawlers to read at least 500 KiB of robots.txt; what follows is ignored. */
    static final int ROBOTS_BYTES = 500 * 1024;
    private static final int MAX_REDIRECTS = 5;
    private static final Set<Integer> REDIRECTS = Set.of(301, 302, 303, 307, 308);

    private final Duration timeout;
    private final String userAgent;
    private final int perHost;
    private final boolean acceptBrokenTls;
    private final long maxBytes;
    private final HttpClient client;
    private final Map<String, Semaphore> hosts = new ConcurrentHashMap<>();
    private final Map<String, CompletableFuture<Robots>> robots = new ConcurrentHashMap<>();
    private volatile HttpClient lenient;

    public Fetcher(Duration timeout, String userAgent, int perHost, boolean acceptBrokenTls, long maxBytes) {
        this.timeout = timeout;
        this.userAgent = userAgent;
        this.perHost = perHost;
        this.acceptBrokenTls = acceptBrokenTls;
        this.maxBytes = maxBytes;
        this.client = builder().build();
    }

    private HttpClient.Builder builder() {
        return HttpClient.newBuilder()
                .followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(timeout)
                .proxy(ProxySelector.getDefault());
    }

    /**
     * GET {@code uri}, following at most five redirects that stay in {@code scope}, finished by
     * {@code deadline} (or by the request timeout, whichever comes first), at most {@code maxBytes}.
     */
    public Response get(URI uri, Scope scope, Instant deadline) {
        return get(uri, scope, deadline, next -> java.util.Optional.empty());
    }

    /** As {@link #get(URI, Scope, Instant)}, and a redirect is followed only where {@code refusal} finds nothing against it (robots.txt). */
    public Response get(URI uri, Scope scope, Instant deadline, java.util.function.Function<URI, java.util.Optional<String>> refusal) {
        URI current = uri;
        for (int hop = 0; ; hop++) {
            if (!scope.admits(current)) {
                return Response.failed(uri, "not on the audited site; not read");
            }
            java.util.Optional<String> refused = scope.refusal(current);
            if (refused.isPresent()) {
                return Response.failed(uri, refused.get());
            }
            Hop response = once(current, deadline);
            String location = REDIRECTS.contains(response.status()) && response.error() == null
                    ? response.location() : null;
            if (location == null) {
                return new Response(uri, current, response.status(), response.contentType(), response.body(), response.error(),
                        response.tlsUnverified());
            }
            if (hop == MAX_REDIRECTS) {
                return new Response(uri, current, response.status(), "", new byte[0], "more than " + MAX_REDIRECTS + " redirects", false);
            }
            URI next = Crawler.resolve(resolve(current, location));
            if (next == null) {
                return new Response(uri, current, response.status(), "", new byte[0], "a redirect to an address that is not valid", false);
            }
            if (!scope.admits(next)) {
                return new Response(uri, current, response.status(), "", new byte[0],
                        "redirected off the audited site, to " + describe(next) + "; not followed", false);
            }
            java.util.Optional<String> forbidden = refusal.apply(next);
            if (forbidden.isPresent()) {
                return new Response(uri, current, response.status(), "", new byte[0], "redirected to " + next.getRawPath()
                        + ", which " + forbidden.get(), false);
            }
            current = next;
        }
    }

    /**
     * The rules of robots.txt for the origin of {@code uri}, read once for all sites of a batch
     * (RFC 9309: 4xx allows all, 5xx or no answer forbids all). Others asking meanwhile wait for
     * the one read, which its deadline bounds; no lock is held while it is read.
     */
    public Robots robots(URI uri, Scope scope, Instant deadline) {
        CompletableFuture<Robots> mine = new CompletableFuture<>();
        CompletableFuture<Robots> known = robots.putIfAbsent(origin(uri), mine);
        if (known != null) {
            return known.join();
        }
        try {
            mine.complete(readRobots(URI.create(origin(uri) + "/robots.txt"), scope, deadline));
        } catch (RuntimeException e) {
            mine.complete(Robots.unavailable(String.valueOf(e)));
        }
        return mine.join();
    }

    private Robots readRobots(URI location, Scope scope, Instant deadline) {
        Response response = get(location, scope, deadline);
        if (response.ok()) {
            byte[] body = response.body();
            return Robots.parse(new String(body, 0, Math.min(body.length, ROBOTS_BYTES), java.nio.charset.StandardCharsets.UTF_8));
        }
        int status = response.status();
        if (status >= 400 && status < 500 || REDIRECTS.contains(status)) {
            return Robots.parse("");
        }
        return Robots.unavailable(response.error() != null ? response.error() : "HTTP " + status);
    }

    public static String origin(URI uri) {
        return uri.getScheme() + "://" + uri.getRawAuthority();
    }

    /** The file a saved page's link names, read from disk (never the network). */
    public Response readFile(URI uri) {
        try {
            Path path = Path.of(uri);
            if (!Files.isRegularFile(path)) {
                return new Response(uri, uri, 404, "", new byte[0], "no such file: " + path, false);
            }
            if (Files.size(path) > maxBytes) {
                return Response.failed(uri, "larger than " + megabytes(maxBytes) + ", not read");
            }
            String name = path.getFileName().toString().toLowerCase(Locale.ROOT);
            String type = name.endsWith(".html") || name.endsWith(".htm") ? "text/html" : "";
            return new Response(uri, uri, 200, type, Files.readAllBytes(path), null, false);
        } catch (IOException | IllegalArgumentException e) {
            return Response.failed(uri, "cannot read " + uri + ": " + e.getMessage());
        }
    }

    /** One request, no redirect followed; the redirect's target comes back in {@link Hop#location}. */
    private Hop once(URI uri, Instant deadline) {
        Instant until = earliest(deadline, Instant.now().plus(timeout));
        String allowed = Math.max(1, (Duration.between(Instant.now(), until).toMillis() + 999) / 1000) + " s";
        Semaphore gate = hosts.computeIfAbsent(hostKey(uri), h -> new Semaphore(perHost, true));
        try {
            if (!gate.tryAcquire(Math.max(0, Duration.between(Instant.now(), until).toMillis()), TimeUnit.MILLISECONDS)) {
                return Hop.failed("no answer within " + allowed + " (waiting for a free connection to the host)");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Hop.failed("interrupted");
        }
        try {
            try {
                return send(client, uri, until, false);
            } catch (SSLException e) {
                if (!acceptBrokenTls) {
                    return Hop.failed("TLS certificate chain not trusted (" + e.getMessage() + ")");
                }
                return send(lenientClient(), uri, until, true);
            }
        } catch (HttpConnectTimeoutException e) {
            return Hop.failed("connection timed out after " + timeout.toSeconds() + " s");
        } catch (TimeoutException | java.net.http.HttpTimeoutException e) {
            return Hop.failed("no complete answer within " + allowed);
        } catch (IOException e) {
            return Hop.failed(describe(e));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Hop.failed("interrupted");
        } catch (IllegalArgumentException e) {
            return Hop.failed("not a valid address: " + e.getMessage());
        } finally {
            gate.release();
        }
    }

    private Hop send(HttpClient http, URI uri, Instant until, boolean unverified)
            throws IOException, InterruptedException, TimeoutException {
        long millis = Duration.between(Instant.now(), until).toMillis();
        if (millis <= 0) {
            throw new TimeoutException();
        }
        HttpRequest request = HttpRequest.newBuilder(uri)
                .timeout(Duration.ofMillis(millis))
                .header("User-Agent", userAgent)
                .header("Accept", "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8")
                .header("Accept-Language", "vi,en;q=0.5")
                .GET().build();
        CompletableFuture<HttpResponse<Body>> pending = http.sendAsync(request, info -> new CappedBody(maxBytes));
        HttpResponse<Body> response;
        try {
            response = pending.get(millis, TimeUnit.MILLISECONDS);
        } catch (TimeoutException | InterruptedException e) {
            pending.cancel(true);
            throw e;
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof SSLException ssl) {
                throw ssl;
            }
            if (cause != null && cause.getCause() instanceof SSLException ssl) {
                throw ssl;
            }
            if (cause instanceof IOException io) {
                throw io;
            }
            if (cause instanceof IllegalArgumentException bad) {
                throw bad;
            }
            throw new IOException(String.valueOf(cause), cause);
        }
        Body body = response.body();
        String error = body.tooLarge() ? "larger than " + megabytes(maxBytes) + ", not read" : null;
        return new Hop(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""),
                error == null ? body.bytes() : new byte[0], error, unverified, response.headers().firstValue("Location").orElse(null));
    }

    private HttpClient lenientClient() {
        if (lenient == null) {
            synchronized (this) {
                if (lenient == null) {
                    try {
                        SSLContext context = SSLContext.getInstance("TLS");
                        context.init(null, new javax.net.ssl.TrustManager[]{new TrustEverything()}, new SecureRandom());
                        lenient = builder().sslContext(context).build();
                    } catch (GeneralSecurityException e) {
                        throw new IllegalStateException("cannot set up TLS", e);
                    }
                }
            }
        }
        return lenient;
    }

    private static String resolve(URI base, String location) {
        try {
            return base.resolve(new URI(location.strip().replace(" ", "%20"))).toString();
        } catch (java.net.URISyntaxException | IllegalArgumentException e) {
            return "";
        }
    }

    private static Instant earliest(Instant a, Instant b) {
        return a == null || b.isBefore(a) ? b : a;
    }

    private static String megabytes(long bytes) {
        return bytes >= 1024 * 1024 ? bytes / (1024 * 1024) + " MB" : bytes / 1024 + " KB";
    }

    /** Where a refused redirect pointed: scheme, host and port only, never the path or query it carried. */
    private static String describe(URI uri) {
        return uri.getScheme() + "://" + uri.getHost() + (uri.getPort() >= 0 ? ":" + uri.getPort() : "");
    }

    private static String hostKey(URI uri) {
        return String.valueOf(uri.getHost()).toLowerCase(Locale.ROOT) + ":" + uri.getPort();
    }

    private static String describe(IOException e) {
        String type = e.getClass().getSimpleName();
        if (e instanceof java.net.ConnectException || e.getCause() instanceof java.net.ConnectException) {
            return "connection refused";
        }
        if (e.getCause() instanceof java.nio.channels.UnresolvedAddressException || e instanceof java.net.UnknownHostException) {
            return "unknown host";
        }
        return e.getMessage() == null ? type : type + ": " + e.getMessage();
    }

    /** One hop's answer, with the target of a redirect. */
    private record Hop(int status, String contentType, byte[] body, String error, boolean tlsUnverified, String location) {
        static Hop failed(String error) {
            return new Hop(0, "", new byte[0], error, false, null);
        }
    }

    private record Body(byte[] bytes, boolean tooLarge) {
    }

    /** Collects a body up to a cap; past it the download is cancelled and the body reported too large. */
    private static final class CappedBody implements HttpResponse.BodySubscriber<Body> {
        private final long max;
        private final CompletableFuture<Body> result = new CompletableFuture<>();
        private final ByteArrayOutputStream out = new ByteArrayOutputStream();
        private Flow.Subscription subscription;

        CappedBody(long max) {
            this.max = max;
        }

        @Override
        public CompletionStage<Body> getBody() {
            return result;
        }

        @Override
        public void onSubscribe(Flow.Subscription given) {
            subscription = given;
            given.request(Long.MAX_VALUE);
        }

        @Override
        public void onNext(List<ByteBuffer> buffers) {
            if (result.isDone()) {
                return;
            }
            for (ByteBuffer buffer : buffers) {
                if (out.size() + (long) buffer.remaining() > max) {
                    subscription.cancel();
                    result.complete(new Body(new byte[0], true));
                    return;
                }
                byte[] chunk = new byte[buffer.remaining()];
                buffer.get(chunk);
                out.write(chunk, 0, chunk.length);
            }
        }

        @Override
        public void onError(Throwable error) {
            result.completeExceptionally(error);
        }

        @Override
        public void onComplete() {
            result.complete(new Body(out.toByteArray(), false));
        }
    }

    /** Accepts any chain and any host name; used only when the auditor was told to, and reported. */
    private static final class TrustEverything extends X509ExtendedTrustManager {
        @Override public void checkClientTrusted(X509Certificate[] chain, String authType, java.net.Socket socket) { }
        @Override public void checkServerTrusted(X509Certificate[] chain, String authType, java.net.Socket socket) { }
        @Override public void checkClientTrusted(X509Certificate[] chain, String authType, SSLEngine engine) { }
        @Override public void checkServerTrusted(X509Certificate[] chain, String authType, SSLEngine engine) { }
        @Override public void checkClientTrusted(X509Certificate[] chain, String authType) { }
        @Override public void checkServerTrusted(X509Certificate[] chain, String authType) { }
        @Override public X509Certificate[] getAcceptedIssuers() {
            return new X509Certificate[0];
        }
    }
}

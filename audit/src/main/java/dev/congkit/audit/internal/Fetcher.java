package dev.congkit.audit.internal;

import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLEngine;
import javax.net.ssl.SSLException;
import javax.net.ssl.X509ExtendedTrustManager;
import java.io.IOException;
import java.io.InputStream;
import java.net.ProxySelector;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Semaphore;

/**
 * Fetches pages politely: a per-host limit on concurrent requests, a timeout, a size cap, a
 * User-Agent naming CổngKit, robots.txt, the JVM's proxy settings. Saved files are read from disk.
 * Never throws for a target's problems: they come back as a response carrying the error.
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

    private final Duration timeout;
    private final String userAgent;
    private final int perHost;
    private final boolean acceptBrokenTls;
    private final boolean ignoreRobots;
    private final long maxBytes;
    private final HttpClient client;
    private final Map<String, Semaphore> hosts = new ConcurrentHashMap<>();
    private final Map<String, Robots> robots = new ConcurrentHashMap<>();
    private volatile HttpClient lenient;

    public Fetcher(Duration timeout, String userAgent, int perHost, boolean acceptBrokenTls, boolean ignoreRobots,
                   long maxBytes) {
        this.timeout = timeout;
        this.userAgent = userAgent;
        this.perHost = perHost;
        this.acceptBrokenTls = acceptBrokenTls;
        this.ignoreRobots = ignoreRobots;
        this.maxBytes = maxBytes;
        this.client = builder().build();
    }

    private HttpClient.Builder builder() {
        return HttpClient.newBuilder()
                .followRedirects(HttpClient.Redirect.NORMAL)
                .connectTimeout(timeout)
                .proxy(ProxySelector.getDefault());
    }

    /** GET {@code uri} (or read the file it names), following redirects, at most {@code maxBytes}. */
    public Response get(URI uri) {
        if ("file".equals(uri.getScheme())) {
            return readFile(uri);
        }
        if (!"http".equals(uri.getScheme()) && !"https".equals(uri.getScheme())) {
            return Response.failed(uri, "not an http(s) address");
        }
        Semaphore gate = hosts.computeIfAbsent(hostKey(uri), h -> new Semaphore(perHost, true));
        try {
            gate.acquire();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Response.failed(uri, "interrupted");
        }
        try {
            try {
                return send(client, uri, false);
            } catch (SSLException e) {
                if (!acceptBrokenTls) {
                    return Response.failed(uri, "TLS certificate chain not trusted (" + e.getMessage() + ")");
                }
                return send(lenientClient(), uri, true);
            }
        } catch (HttpConnectTimeoutException e) {
            return Response.failed(uri, "connection timed out after " + timeout.toSeconds() + " s");
        } catch (HttpTimeoutException e) {
            return Response.failed(uri, "no answer within " + timeout.toSeconds() + " s");
        } catch (IOException e) {
            return Response.failed(uri, describe(e));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Response.failed(uri, "interrupted");
        } catch (IllegalArgumentException e) {
            return Response.failed(uri, "not a valid address: " + e.getMessage());
        } finally {
            gate.release();
        }
    }

    /** Whether robots.txt of the URI's origin lets CổngKit fetch it (always true for files or when told to ignore). */
    public boolean allowed(URI uri) {
        if (ignoreRobots || "file".equals(uri.getScheme())) {
            return true;
        }
        Robots rules = robots.computeIfAbsent(origin(uri), o -> {
            Response response = get(URI.create(o + "/robots.txt"));
            return response.ok() ? Robots.parse(new String(response.body(), java.nio.charset.StandardCharsets.UTF_8))
                    : Robots.parse("");
        });
        String path = Optional.ofNullable(uri.getRawPath()).filter(p -> !p.isEmpty()).orElse("/")
                + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
        return rules.allows(path);
    }

    /** The sitemaps robots.txt of the origin announces, once it has been read. */
    public java.util.List<String> announcedSitemaps(URI uri) {
        Robots rules = robots.get(origin(uri));
        return rules == null ? java.util.List.of() : rules.sitemaps();
    }

    public static String origin(URI uri) {
        return uri.getScheme() + "://" + uri.getRawAuthority();
    }

    private Response send(HttpClient http, URI uri, boolean unverified) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(uri)
                .timeout(timeout)
                .header("User-Agent", userAgent)
                .header("Accept", "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8")
                .header("Accept-Language", "vi,en;q=0.5")
                .GET().build();
        HttpResponse<InputStream> response = http.send(request, HttpResponse.BodyHandlers.ofInputStream());
        try (InputStream in = response.body()) {
            byte[] body = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
            String error = body.length > maxBytes ? "larger than " + maxBytes / (1024 * 1024) + " MB, not read" : null;
            return new Response(uri, response.uri(), response.statusCode(),
                    response.headers().firstValue("Content-Type").orElse(""),
                    error == null ? body : new byte[0], error, unverified);
        }
    }

    private Response readFile(URI uri) {
        try {
            Path path = Path.of(uri);
            if (!Files.isRegularFile(path)) {
                return new Response(uri, uri, 404, "", new byte[0], "no such file: " + path, false);
            }
            if (Files.size(path) > maxBytes) {
                return Response.failed(uri, "larger than " + maxBytes / (1024 * 1024) + " MB, not read");
            }
            String name = path.getFileName().toString().toLowerCase(Locale.ROOT);
            String type = name.endsWith(".html") || name.endsWith(".htm") ? "text/html" : "";
            return new Response(uri, uri, 200, type, Files.readAllBytes(path), null, false);
        } catch (IOException | IllegalArgumentException e) {
            return Response.failed(uri, "cannot read " + uri + ": " + e.getMessage());
        }
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

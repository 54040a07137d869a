package dev.congkit.audit;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * A web server on 127.0.0.1 that behaves as a hostile or broken site may: each path answers with a
 * handler of the test's choosing; unknown paths answer 404. It records every path asked for.
 */
final class HostileServer implements AutoCloseable {

    /** Answers one request. */
    @FunctionalInterface
    interface Handler {
        void handle(HttpExchange exchange) throws IOException, InterruptedException;
    }

    private final HttpServer server;
    private final ExecutorService threads = Executors.newCachedThreadPool(runnable -> {
        Thread thread = new Thread(runnable, "hostile-server");
        thread.setDaemon(true);
        return thread;
    });
    private final Map<String, Handler> handlers = new ConcurrentHashMap<>();
    final List<String> requested = new CopyOnWriteArrayList<>();

    HostileServer() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", exchange -> {
            String path = exchange.getRequestURI().getPath();
            requested.add(path);
            try {
                handlers.getOrDefault(path, e -> send(e, 404, "text/plain", "không có")).handle(exchange);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } catch (IOException e) {
                // the auditor hung up (a deadline, a size cap): nothing more to say
            } finally {
                exchange.close();
            }
        });
        server.setExecutor(threads);
        server.start();
    }

    String base() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    HostileServer on(String path, Handler handler) {
        handlers.put(path, handler);
        return this;
    }

    HostileServer html(String path, String html) {
        return on(path, e -> send(e, 200, "text/html; charset=utf-8", html));
    }

    HostileServer redirect(String path, String location) {
        return on(path, e -> {
            e.getResponseHeaders().set("Location", location);
            e.sendResponseHeaders(302, -1);
        });
    }

    static void send(HttpExchange exchange, int status, String type, String body) throws IOException {
        send(exchange, status, type, body.getBytes(StandardCharsets.UTF_8));
    }

    static void send(HttpExchange exchange, int status, String type, byte[] body) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", type);
        exchange.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }

    /** Headers and the first bytes of a body promised longer, then nothing for a minute. */
    static void stall(HttpExchange exchange) throws IOException, InterruptedException {
        exchange.getResponseHeaders().set("Content-Type", "text/html; charset=utf-8");
        exchange.sendResponseHeaders(200, 100_000);
        OutputStream out = exchange.getResponseBody();
        out.write("<!DOCTYPE html><html><body>".getBytes(StandardCharsets.UTF_8));
        out.flush();
        Thread.sleep(60_000);
    }

    @Override
    public void close() {
        server.stop(0);
        threads.shutdownNow();
    }
}

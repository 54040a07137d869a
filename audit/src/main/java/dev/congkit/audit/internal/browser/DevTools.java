package dev.congkit.audit.internal.browser;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

/**
 * One WebSocket connection to Chromium's DevTools endpoint, spoken with the JDK's own client: calls
 * wait for their answer within a deadline; events go to the handler registered for their session.
 */
final class DevTools implements AutoCloseable {

    private static final ObjectMapper JSON = new ObjectMapper();
    /** A browser's answer larger than this (a page's markup, a screenshot) is refused: it is read into memory. */
    static final int MAX_MESSAGE_CHARS = 64 * 1024 * 1024;

    private final WebSocket socket;
    private final Map<Integer, CompletableFuture<JsonNode>> pending = new ConcurrentHashMap<>();
    private final Map<String, Consumer<JsonNode>> sessions = new ConcurrentHashMap<>();
    private final AtomicInteger ids = new AtomicInteger();

    private DevTools(WebSocket socket) {
        this.socket = socket;
    }

    static DevTools connect(String endpoint, Duration within) throws IOException {
        Listener listener = new Listener();
        try {
            WebSocket socket = HttpClient.newHttpClient().newWebSocketBuilder()
                    .buildAsync(URI.create(endpoint), listener).get(within.toMillis(), TimeUnit.MILLISECONDS);
            DevTools tools = new DevTools(socket);
            listener.owner = tools;
            return tools;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while connecting to the browser", e);
        } catch (ExecutionException | TimeoutException e) {
            throw new IOException("cannot connect to the browser's DevTools endpoint: " + e, e);
        }
    }

    /** Sends the events of {@code sessionId} (or of the browser itself, for {@code ""}) to {@code handler}. */
    void onEvents(String sessionId, Consumer<JsonNode> handler) {
        sessions.put(sessionId, handler);
    }

    void forget(String sessionId) {
        sessions.remove(sessionId);
    }

    /** Calls {@code method} and waits at most {@code within} for its result. */
    JsonNode call(String sessionId, String method, Map<String, ?> params, Duration within) throws IOException {
        CompletableFuture<JsonNode> answer = send(sessionId, method, params);
        try {
            JsonNode reply = answer.get(Math.max(1, within.toMillis()), TimeUnit.MILLISECONDS);
            if (reply.has("error")) {
                throw new IOException(method + ": " + reply.path("error").path("message").asText(reply.get("error").toString()));
            }
            return reply.path("result");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while waiting for " + method, e);
        } catch (ExecutionException e) {
            throw new IOException(method + " failed: " + e.getCause(), e);
        } catch (TimeoutException e) {
            throw new IOException(method + " got no answer within " + within.toMillis() + " ms", e);
        } finally {
            answer.cancel(false);
        }
    }

    /** Sends {@code method} without waiting for its answer (replies to paused requests). */
    CompletableFuture<JsonNode> send(String sessionId, String method, Map<String, ?> params) throws IOException {
        int id = ids.incrementAndGet();
        ObjectNode message = JSON.createObjectNode().put("id", id).put("method", method);
        message.set("params", JSON.valueToTree(params));
        if (sessionId != null && !sessionId.isEmpty()) {
            message.put("sessionId", sessionId);
        }
        CompletableFuture<JsonNode> answer = new CompletableFuture<>();
        answer.whenComplete((r, e) -> pending.remove(id));
        pending.put(id, answer);
        String text = JSON.writeValueAsString(message);
        synchronized (socket) {
            try {
                socket.sendText(text, true).get(30, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IOException("interrupted while talking to the browser", e);
            } catch (ExecutionException | TimeoutException e) {
                throw new IOException("the browser's connection is closed: " + e, e);
            }
        }
        return answer;
    }

    @Override
    public void close() {
        try {
            socket.sendClose(WebSocket.NORMAL_CLOSURE, "done").get(2, TimeUnit.SECONDS);
        } catch (Exception e) {
            socket.abort();
        }
        pending.values().forEach(f -> f.completeExceptionally(new IOException("the browser connection is closed")));
    }

    private void received(JsonNode message) {
        if (message.has("id")) {
            CompletableFuture<JsonNode> answer = pending.remove(message.get("id").asInt());
            if (answer != null) {
                answer.complete(message);
            }
            return;
        }
        Consumer<JsonNode> handler = sessions.get(message.path("sessionId").asText(""));
        if (handler != null) {
            handler.accept(message);
        }
    }

    private static final class Listener implements WebSocket.Listener {
        private final StringBuilder buffer = new StringBuilder();
        private volatile DevTools owner;
        private boolean tooLarge;

        @Override
        public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
            if (!tooLarge && buffer.length() + data.length() <= MAX_MESSAGE_CHARS) {
                buffer.append(data);
            } else {
                tooLarge = true;
                buffer.setLength(0);
            }
            if (last) {
                String text = tooLarge ? null : buffer.toString();
                buffer.setLength(0);
                tooLarge = false;
                DevTools tools = owner;
                if (text != null && tools != null) {
                    try {
                        tools.received(JSON.readTree(text));
                    } catch (IOException e) {
                        // not JSON: nothing to do with it
                    }
                }
            }
            webSocket.request(1);
            return null;
        }

        @Override
        public void onError(WebSocket webSocket, Throwable error) {
            DevTools tools = owner;
            if (tools != null) {
                tools.pending.values().forEach(f -> f.completeExceptionally(error));
            }
        }

        @Override
        public CompletionStage<?> onClose(WebSocket webSocket, int statusCode, String reason) {
            DevTools tools = owner;
            if (tools != null) {
                tools.pending.values().forEach(f -> f.completeExceptionally(new IOException("the browser closed its connection")));
            }
            return null;
        }
    }
}

package dev.congkit.monitor;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * Alerts as a JSON POST to the office's webhook ({@code {"run": 12, "dashboard": "…", "alerts": [{"code",
 * "name", "kind", "text"}]}}), within 20 seconds; any answer but 2xx is a failure.
 *
 * <p>Example:
 * <pre>{@code
 * AlertSink hook = new WebhookAlerts(URI.create("https://chat.thanhhoa.gov.vn/hooks/giam-sat"));
 * }</pre>
 */
public final class WebhookAlerts implements AlertSink {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final URI target;
    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(20)).build();

    public WebhookAlerts(URI target) {
        this.target = Objects.requireNonNull(target, "target");
        String scheme = target.getScheme() == null ? "" : target.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("https") && !scheme.equals("http")) {
            throw new IllegalArgumentException("webhook: must be an http or https address, but was " + target);
        }
    }

    @Override
    public void send(long runId, List<Alert> alerts, String dashboard) {
        ObjectNode body = JSON.createObjectNode().put("run", runId).put("dashboard", dashboard);
        ArrayNode list = body.putArray("alerts");
        alerts.forEach(a -> list.addObject().put("code", a.code()).put("name", a.name()).put("kind", a.kind().name()).put("text", a.text()));
        try {
            HttpResponse<Void> answer = client.send(HttpRequest.newBuilder(target).timeout(Duration.ofSeconds(20))
                    .header("Content-Type", "application/json; charset=utf-8").POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)))
                    .build(), HttpResponse.BodyHandlers.discarding());
            if (answer.statusCode() / 100 != 2) {
                throw new MonitorException("the webhook " + target + " answered " + answer.statusCode(), null);
            }
        } catch (IOException e) {
            throw new MonitorException("cannot reach the webhook " + target + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new MonitorException("interrupted while calling the webhook " + target, e);
        }
    }
}

package dev.congkit.monitor;

import java.util.List;

/**
 * Where the alerts of a finished run go: an e-mail ({@link MailAlerts}), a webhook
 * ({@link WebhookAlerts}) or the office's own system. Called once per run that made something worse.
 *
 * <p>Example:
 * <pre>{@code
 * AlertSink console = (runId, alerts, dashboard) -> alerts.forEach(a -> System.out.println(a.line()));
 * }</pre>
 */
@FunctionalInterface
public interface AlertSink {

    /**
     * @param dashboard the dashboard's address, for a link back
     * @throws MonitorException when it cannot be delivered (the run and its results stay)
     */
    void send(long runId, List<Alert> alerts, String dashboard);
}

package dev.congkit.monitor;

import jakarta.mail.Authenticator;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.PasswordAuthentication;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;

import java.util.List;
import java.util.Objects;
import java.util.Properties;

/**
 * Alerts by e-mail through the office's SMTP server (Jakarta Mail, Angus): a Vietnamese subject and
 * one line per site that got worse, with a link to the dashboard. STARTTLS when the server offers it
 * (required when a password is given); a 20-second limit on every step.
 *
 * <p>Example:
 * <pre>{@code
 * AlertSink mail = new MailAlerts("smtp.thanhhoa.gov.vn", 587, "giamsat@thanhhoa.gov.vn", List.of("cntt@thanhhoa.gov.vn"), "giamsat", password);
 * }</pre>
 */
public final class MailAlerts implements AlertSink {

    private final String host;
    private final int port;
    private final String from;
    private final List<String> to;
    private final String user;
    private final String password;

    /** @param user {@code null} for a server that takes mail without log-in (on the office's own network) */
    public MailAlerts(String host, int port, String from, List<String> to, String user, String password) {
        this.host = Objects.requireNonNull(host, "host");
        this.port = port;
        this.from = Objects.requireNonNull(from, "from");
        this.to = List.copyOf(to);
        if (this.to.isEmpty()) {
            throw new IllegalArgumentException("to: at least one address");
        }
        this.user = user;
        this.password = password;
    }

    @Override
    public void send(long runId, List<Alert> alerts, String dashboard) {
        Properties settings = new Properties();
        settings.put("mail.smtp.host", host);
        settings.put("mail.smtp.port", String.valueOf(port));
        settings.put("mail.smtp.connectiontimeout", "20000");
        settings.put("mail.smtp.timeout", "20000");
        settings.put("mail.smtp.writetimeout", "20000");
        settings.put("mail.smtp.starttls.enable", "true");
        settings.put("mail.smtp.localhost", "congkit-monitor");   // the EHLO name: no reverse lookup of this machine, which can stall
        if (user != null) {
            settings.put("mail.smtp.auth", "true");
            settings.put("mail.smtp.starttls.required", "true");
        }
        Session session = user == null ? Session.getInstance(settings) : Session.getInstance(settings, new Authenticator() {
            @Override
            protected PasswordAuthentication getPasswordAuthentication() {
                return new PasswordAuthentication(user, password);
            }
        });
        try {
            MimeMessage message = new MimeMessage(session);
            message.setFrom(new InternetAddress(from));
            for (String address : to) {
                message.addRecipient(Message.RecipientType.TO, new InternetAddress(address));
            }
            message.setSubject("[CổngKit] Lượt kiểm tra " + runId + ": " + alerts.size() + " thay đổi xấu đi", "UTF-8");
            StringBuilder body = new StringBuilder("Lượt kiểm tra ").append(runId).append(" cho thấy các thay đổi xấu đi so với lượt trước:\n\n");
            alerts.forEach(a -> body.append("- ").append(a.line()).append('\n'));
            body.append("\nXem chi tiết: ").append(dashboard).append('\n');
            message.setText(body.toString(), "UTF-8");
            Transport.send(message);
        } catch (MessagingException e) {
            throw new MonitorException("cannot send the alert e-mail through " + host + ":" + port + ": " + e.getMessage(), e);
        }
    }
}

package dev.congkit.cli;

import dev.congkit.audit.AuditOptions;
import dev.congkit.core.config.ConfigException;
import dev.congkit.monitor.MonitorException;
import dev.congkit.monitor.MonitorService;
import dev.congkit.monitor.MonitorStore;
import dev.congkit.monitor.SiteList;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** {@code congkit monitor}: the office's monitoring service, left running. */
@Command(name = "monitor", mixinStandardHelpOptions = true,
        description = "Monitors portals: audits every listed unit on a schedule, keeps the history, serves a dashboard behind a log-in.")
final class MonitorCommand implements Callable<Integer> {

    private static final Pattern EVERY = Pattern.compile("([0-9]{1,4})([dhm])");

    @Option(names = "--sites", paramLabel = "FILE",
            description = "The site list (CSV: unit name, administrative unit code, site address; optionally identifier code, rule set, contact).")
    Path sites;

    @Option(names = "--database", paramLabel = "JDBC-URL",
            description = "The database (jdbc:postgresql://…?user=…&password=…); default: embedded H2 in --data.")
    String database;

    @Option(names = "--data", paramLabel = "DIR", description = "Folder of the H2 database (default congkit-monitor).")
    Path data = Path.of("congkit-monitor");

    @Option(names = "--port", paramLabel = "N", description = "TCP port (default 8090).")
    int port = 8090;

    @Option(names = "--host", paramLabel = "ADDRESS", description = "Address to listen on (default 127.0.0.1).")
    String host = "127.0.0.1";

    @Option(names = "--every", paramLabel = "1d|12h|30m", description = "How often to audit (default 1d).")
    String every = "1d";

    @Option(names = "--concurrency", paramLabel = "N", description = "Units audited at once (default 4).")
    int concurrency = 4;

    @Option(names = "--rules", paramLabel = "ID", description = "Default rule set.")
    String rules;

    @Option(names = "--admin-password", paramLabel = "WORD",
            description = "The first administrator's password (default: a one-time password, printed).")
    String adminPassword;

    @Option(names = "--ignore-robots", description = "Read pages robots.txt forbids (an office auditing its own units).")
    boolean ignoreRobots;

    @Option(names = "--smtp", paramLabel = "HOST:PORT", description = "The SMTP server for alerts.")
    String smtp;

    @Option(names = "--smtp-user", paramLabel = "NAME",
            description = "SMTP user; password from CONGKIT_SMTP_PASSWORD.")
    String smtpUser;

    @Option(names = "--mail-from", paramLabel = "ADDRESS", description = "The alerts' sender.")
    String mailFrom;

    @Option(names = "--mail-to", paramLabel = "ADDRESS", split = ",", description = "Recipients of alerts, separated by commas.")
    java.util.List<String> mailTo = new java.util.ArrayList<>();

    @Option(names = "--webhook", paramLabel = "URL", description = "A webhook for alerts as JSON.")
    java.net.URI webhook;

    @Option(names = "--unit", paramLabel = "NAME", description = "The office issuing the periodic reports, e.g. SỞ KHOA HỌC VÀ CÔNG NGHỆ.")
    String unit;

    @CommandLine.Mixin
    FormalReportOptions formal = new FormalReportOptions();

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @CommandLine.Mixin
    Language.Option language;

    @Override
    public Integer call() throws Exception {
        PrintWriter err = spec.commandLine().getErr();
        PrintWriter out = spec.commandLine().getOut();
        Matcher period = EVERY.matcher(every);
        if (!period.matches() || Integer.parseInt(period.group(1)) == 0) {
            err.println("congkit monitor: " + Language.say("--every phải có dạng 1d, 12h hoặc 30m, nhưng đang là '" + every + "'",
                    "--every must read like 1d, 12h or 30m, but was '" + every + "'"));
            return 2;
        }
        Duration interval = switch (period.group(2)) {
            case "d" -> Duration.ofDays(Integer.parseInt(period.group(1)));
            case "h" -> Duration.ofHours(Integer.parseInt(period.group(1)));
            default -> Duration.ofMinutes(Integer.parseInt(period.group(1)));
        };
        SiteList list = null;
        if (sites != null) {
            try {
                list = SiteList.read(sites);
            } catch (ConfigException e) {
                e.describe(Language.current()).forEach(err::println);
                return 2;
            }
        }
        MonitorStore store;
        try {
            store = database != null ? MonitorStore.open(database, Clock.systemUTC()) : MonitorStore.embedded(data.resolve("monitor"));
        } catch (MonitorException e) {
            err.println("congkit monitor: " + e.getMessage());
            return 2;
        }
        if (list != null) {
            store.replaceSites(list);
            out.println("congkit monitor: " + Language.say(list.sites().size() + " đơn vị từ " + sites, list.sites().size() + " units from " + sites));
        } else if (store.sites().isEmpty()) {
            err.println("congkit monitor: " + Language.say("chưa có danh sách đơn vị: dùng --sites TỆP", "no site list yet: give --sites FILE"));
            store.close();
            return 2;
        }
        AuditOptions audit = AuditOptions.defaults().withIgnoreRobots(ignoreRobots);
        if (rules != null) {
            audit = audit.withRuleSet(rules);
        }
        MonitorService.Settings settings = MonitorService.Settings.defaults().withHost(host).withPort(port).withEvery(interval)
                .withConcurrency(concurrency).withAudit(audit).withAdminPassword(adminPassword);
        settings = settings.withReportForm(formal.form(unit, null));
        java.util.List<dev.congkit.monitor.AlertSink> alerts = new java.util.ArrayList<>();
        if (smtp != null) {
            Matcher server = Pattern.compile("([^:\\s]+):([0-9]{1,5})").matcher(smtp);
            if (!server.matches() || mailFrom == null || mailTo.isEmpty()) {
                err.println("congkit monitor: " + Language.say("--smtp cần dạng máy:cổng, cùng --mail-from và --mail-to", "--smtp needs HOST:PORT, --mail-from and --mail-to"));
                store.close();
                return 2;
            }
            alerts.add(new dev.congkit.monitor.MailAlerts(server.group(1), Integer.parseInt(server.group(2)), mailFrom, mailTo, smtpUser,
                    System.getenv("CONGKIT_SMTP_PASSWORD")));
        }
        if (webhook != null) {
            try {
                alerts.add(new dev.congkit.monitor.WebhookAlerts(webhook));
            } catch (IllegalArgumentException e) {
                err.println("congkit monitor: " + e.getMessage());
                store.close();
                return 2;
            }
        }
        MonitorService service = MonitorService.start(store, settings, alerts, out::println);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                service.close();
            } catch (Exception e) {
                System.err.println("congkit monitor: " + e.getMessage());
            }
            store.close();
        }, "congkit-monitor-stop"));
        out.println(Language.say("Giám sát: http://" + host + ":" + service.port() + "/  (Ctrl+C để dừng)",
                "Monitoring: http://" + host + ":" + service.port() + "/  (Ctrl+C to stop)"));
        out.flush();
        service.await();
        return 0;
    }
}

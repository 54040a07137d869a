package dev.congkit.monitor;

import dev.congkit.audit.AuditOptions;
import dev.congkit.audit.report.ReportForm;
import dev.congkit.core.config.ConfigException;
import dev.congkit.core.config.SiteConfigLoader;
import dev.congkit.core.model.SiteConfig;
import dev.congkit.monitor.internal.Dashboard;
import dev.congkit.monitor.internal.Officers;
import dev.congkit.servlet.StaticResourceServlet;
import org.apache.catalina.Context;
import org.apache.catalina.LifecycleException;
import org.apache.catalina.startup.Tomcat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * The monitoring service ({@code congkit monitor}): the site list in its database, audits on a
 * schedule and by hand, the dashboard on an embedded Tomcat behind a log-in. A run the service is
 * stopped in is taken up again at the next start.
 *
 * <p>Example:
 * <pre>{@code
 * MonitorStore store = MonitorStore.embedded(Path.of("/var/lib/congkit/monitor"));
 * store.replaceSites(SiteList.read(Path.of("xa-phuong.csv")));
 * try (MonitorService service = MonitorService.start(store, MonitorService.Settings.defaults().withPort(8090), System.out::println)) {
 *     service.await();
 * }
 * }</pre>
 */
public final class MonitorService implements AutoCloseable {

    /**
     * How the service runs: where it listens, how often it audits, with what audit options and how
     * many sites at a time, the first administrator's password (a one-time one is printed when
     * {@code null}), its clock, and the heading and signature of its periodic reports (the audit's
     * {@link ReportForm}; left as dots to fill by hand when not given).
     *
     * <p>Example:
     * <pre>{@code
     * MonitorService.Settings.defaults().withPort(8090).withEvery(Duration.ofDays(1)).withConcurrency(4)
     *         .withReportForm(new ReportForm("UBND TỈNH THANH HÓA", "SỞ KHOA HỌC VÀ CÔNG NGHỆ", "SKHCN", "Thanh Hóa",
     *                 List.of("UBND tỉnh (để báo cáo)"), "CĐS", "KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", ""));
     * }</pre>
     */
    public record Settings(String host, int port, Duration every, AuditOptions audit, int concurrency, String adminPassword, Clock clock,
                           ReportForm reportForm) {

        public Settings {
            Objects.requireNonNull(host, "host");
            Objects.requireNonNull(every, "every");
            Objects.requireNonNull(audit, "audit");
            Objects.requireNonNull(clock, "clock");
            Objects.requireNonNull(reportForm, "reportForm");
            if (every.toMinutes() < 1) {
                throw new IllegalArgumentException("every: at least a minute, but was " + every);
            }
            if (concurrency < 1 || concurrency > 64) {
                throw new IllegalArgumentException("concurrency: 1 to 64, but was " + concurrency);
            }
        }

        /** 127.0.0.1:8090, once a day, the auditor's defaults, four sites at a time. */
        public static Settings defaults() {
            return new Settings("127.0.0.1", 8090, Duration.ofDays(1), AuditOptions.defaults(), 4, null, Clock.systemUTC(), ReportForm.blank());
        }

        public Settings withHost(String newHost) {
            return new Settings(newHost, port, every, audit, concurrency, adminPassword, clock, reportForm);
        }

        public Settings withPort(int newPort) {
            return new Settings(host, newPort, every, audit, concurrency, adminPassword, clock, reportForm);
        }

        public Settings withEvery(Duration newEvery) {
            return new Settings(host, port, newEvery, audit, concurrency, adminPassword, clock, reportForm);
        }

        public Settings withAudit(AuditOptions options) {
            return new Settings(host, port, every, options, concurrency, adminPassword, clock, reportForm);
        }

        public Settings withConcurrency(int sites) {
            return new Settings(host, port, every, audit, sites, adminPassword, clock, reportForm);
        }

        public Settings withReportForm(ReportForm form) {
            return new Settings(host, port, every, audit, concurrency, adminPassword, clock, form);
        }

        public Settings withAdminPassword(String password) {
            return new Settings(host, port, every, audit, concurrency, password, clock, reportForm);
        }
    }

    private final Tomcat tomcat;
    private final MonitorRunner runner;
    private final ExecutorService runs;
    private final ScheduledExecutorService schedule;
    private final Path base;

    private MonitorService(Tomcat tomcat, MonitorRunner runner, ExecutorService runs, ScheduledExecutorService schedule, Path base) {
        this.tomcat = tomcat;
        this.runner = runner;
        this.runs = runs;
        this.schedule = schedule;
        this.base = base;
    }

    /** Starts the dashboard and the schedule over {@code store}; {@code say} receives what an operator must read (the one-time password). */
    public static MonitorService start(MonitorStore store, Settings settings, Consumer<String> say) throws LifecycleException {
        return start(store, settings, java.util.List.of(), say);
    }

    /** As above, sending what each run made worse to {@code alerts} (e-mail, webhook). */
    public static MonitorService start(MonitorStore store, Settings settings, java.util.List<AlertSink> alerts, Consumer<String> say)
            throws LifecycleException {
        Officers officers = new Officers(store, settings.clock());
        Optional<String> first = officers.ensureAdministrator(settings.adminPassword());
        first.filter(p -> settings.adminPassword() == null).ifPresent(p -> say.accept(
                "Tài khoản quản trị đầu tiên: admin, mật khẩu dùng một lần: " + p + " (đổi ở lần đăng nhập đầu) / first administrator: admin, one-time password"));
        MonitorRunner runner = new MonitorRunner(store, settings.audit(), settings.concurrency());
        java.util.concurrent.atomic.AtomicReference<String> dashboard = new java.util.concurrent.atomic.AtomicReference<>("");
        runner.onFinished(runId -> {
            java.util.List<Alert> worse = Regressions.of(store, runId);
            store.saveAlerts(runId, worse);
            if (worse.isEmpty()) {
                return;
            }
            for (AlertSink sink : alerts) {
                try {
                    sink.send(runId, worse, dashboard.get());
                } catch (MonitorException e) {
                    say.accept("congkit monitor: " + e.getMessage());
                }
            }
        });
        ExecutorService runs = Executors.newSingleThreadExecutor(named("congkit-monitor-run"));
        ScheduledExecutorService schedule = Executors.newSingleThreadScheduledExecutor(named("congkit-monitor-schedule"));
        Tomcat tomcat = new Tomcat();
        Path base;
        try {
            base = Files.createTempDirectory("congkit-monitor");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        tomcat.setBaseDir(base.toString());
        tomcat.setHostname(settings.host());
        tomcat.setPort(settings.port());
        tomcat.getConnector().setProperty("address", settings.host());
        org.apache.catalina.valves.ErrorReportValve errors = new org.apache.catalina.valves.ErrorReportValve();
        errors.setShowServerInfo(false);
        errors.setShowReport(false);
        tomcat.getHost().getPipeline().addValve(errors);
        Context context = tomcat.addContext("", base.toString());
        context.setSessionTimeout(60);
        if (context instanceof org.apache.catalina.core.StandardContext standard) {
            // one application on the class path: no web application's leaks to hunt at stop
            standard.setClearReferencesThreadLocals(false);
            standard.setClearReferencesRmiTargets(false);
        }
        Tomcat.addServlet(context, "dashboard", new Dashboard(store, runner, officers, runs, settings.clock(), shell(), settings.reportForm()));
        context.addServletMappingDecoded("/", "dashboard");
        Tomcat.addServlet(context, "congkit", new StaticResourceServlet());
        context.addServletMappingDecoded("/congkit/*", "congkit");
        tomcat.start();
        dashboard.set("http://" + settings.host() + ":" + tomcat.getConnector().getLocalPort() + "/");
        // runs start once the dashboard answers: a run's alerts link to it
        runs.submit(runner::resumeInterrupted);
        Instant last = store.runs().stream().findFirst().map(MonitorStore.Run::startedAt).orElse(null);
        long delay = last == null ? 0 : Math.max(0, Duration.between(settings.clock().instant(), last.plus(settings.every())).toMillis());
        schedule.scheduleAtFixedRate(() -> runs.submit(() -> runner.run("SCHEDULE")), delay, settings.every().toMillis(), TimeUnit.MILLISECONDS);
        return new MonitorService(tomcat, runner, runs, schedule, base);
    }

    /** The port it listens on (the chosen one when started on port 0). */
    public int port() {
        return tomcat.getConnector().getLocalPort();
    }

    /** Whether a run is going on. */
    public boolean running() {
        return runner.running();
    }

    /** Starts a run now, in the background; false when one is going on. */
    public boolean runNow() {
        if (runner.running()) {
            return false;
        }
        runs.submit(() -> runner.run("HAND"));
        return true;
    }

    /** Blocks until the service is stopped. */
    public void await() {
        tomcat.getServer().await();
    }

    /** Stops the dashboard and any run (what was audited is kept; the rest is taken up at the next start). */
    @Override
    public void close() throws LifecycleException {
        schedule.shutdownNow();
        runs.shutdownNow();
        try {
            runs.awaitTermination(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        tomcat.stop();
        tomcat.destroy();
        try (var paths = Files.walk(base)) {
            paths.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // a temporary folder left for the system to clean
        }
    }

    private static java.util.concurrent.ThreadFactory named(String name) {
        return runnable -> {
            Thread thread = new Thread(runnable, name);
            thread.setDaemon(true);
            return thread;
        };
    }

    /** The site the dashboard renders with: only its language and date matter. */
    private static SiteConfig shell() {
        try {
            return SiteConfigLoader.withRegisteredSections().load("monitor", SiteConfigLoader.parse("monitor", """
                    {"agency": {"fullName": "Cơ quan giám sát", "level": "TINH", "address": "—", "phone": "0243 000 0000",
                     "email": "giamsat@example.gov.vn", "baseUrl": "https://giamsat.example.gov.vn"}}"""));
        } catch (ConfigException e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
    }
}

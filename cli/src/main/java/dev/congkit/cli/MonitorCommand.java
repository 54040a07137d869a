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
        description = {"Giám sát các Cổng thông tin: kiểm tra theo lịch mọi đơn vị trong danh sách, lưu lịch sử, trang tổng quan có đăng nhập.",
                "Monitors portals: audits every listed unit on a schedule, keeps the history, serves a dashboard behind a log-in."})
final class MonitorCommand implements Callable<Integer> {

    private static final Pattern EVERY = Pattern.compile("([0-9]{1,4})([dhm])");

    @Option(names = "--sites", paramLabel = "FILE",
            description = "Danh sách đơn vị (CSV: Tên đơn vị, Mã đơn vị hành chính, Địa chỉ trang; tùy chọn Mã định danh, Bộ quy tắc, Liên hệ) / the site list (CSV).")
    Path sites;

    @Option(names = "--database", paramLabel = "JDBC-URL",
            description = "Cơ sở dữ liệu (jdbc:postgresql://…?user=…&password=…); mặc định H2 trong --data / the database; default embedded H2 in --data.")
    String database;

    @Option(names = "--data", paramLabel = "DIR", description = "Thư mục của cơ sở dữ liệu H2 (mặc định congkit-monitor) / folder of the H2 database.")
    Path data = Path.of("congkit-monitor");

    @Option(names = "--port", paramLabel = "N", description = "Cổng TCP (mặc định 8090) / TCP port (default 8090).")
    int port = 8090;

    @Option(names = "--host", paramLabel = "ADDRESS", description = "Địa chỉ lắng nghe (mặc định 127.0.0.1) / address to listen on.")
    String host = "127.0.0.1";

    @Option(names = "--every", paramLabel = "1d|12h|30m", description = "Chu kỳ kiểm tra (mặc định 1d) / how often to audit (default 1d).")
    String every = "1d";

    @Option(names = "--concurrency", paramLabel = "N", description = "Số đơn vị kiểm tra cùng lúc (mặc định 4) / units audited at once.")
    int concurrency = 4;

    @Option(names = "--rules", paramLabel = "ID", description = "Bộ quy tắc mặc định / default rule set.")
    String rules;

    @Option(names = "--admin-password", paramLabel = "WORD",
            description = "Mật khẩu của tài khoản quản trị đầu tiên (mặc định: một mật khẩu dùng một lần được in ra) / the first administrator's password.")
    String adminPassword;

    @Option(names = "--ignore-robots", description = "Đọc cả trang robots.txt cấm (cơ quan kiểm tra đơn vị của mình) / read what robots.txt forbids.")
    boolean ignoreRobots;

    @Option(names = "--smtp", paramLabel = "HOST:PORT", description = "Máy chủ thư gửi cảnh báo / the SMTP server for alerts.")
    String smtp;

    @Option(names = "--smtp-user", paramLabel = "NAME",
            description = "Tài khoản SMTP; mật khẩu đọc từ biến môi trường CONGKIT_SMTP_PASSWORD / SMTP user; password from CONGKIT_SMTP_PASSWORD.")
    String smtpUser;

    @Option(names = "--mail-from", paramLabel = "ADDRESS", description = "Địa chỉ gửi cảnh báo / the alerts' sender.")
    String mailFrom;

    @Option(names = "--mail-to", paramLabel = "ADDRESS", split = ",", description = "Người nhận cảnh báo (cách nhau bởi dấu phẩy) / recipients.")
    java.util.List<String> mailTo = new java.util.ArrayList<>();

    @Option(names = "--webhook", paramLabel = "URL", description = "Địa chỉ nhận cảnh báo dạng JSON / a webhook for alerts as JSON.")
    java.net.URI webhook;

    @Option(names = "--office", paramLabel = "NAME", description = "Cơ quan ban hành báo cáo định kỳ, ví dụ SỞ KHOA HỌC VÀ CÔNG NGHỆ / the office issuing the reports.")
    String office;

    @Option(names = "--office-parent", paramLabel = "NAME", description = "Cơ quan cấp trên, ví dụ UBND TỈNH THANH HÓA / the body above it.")
    String officeParent;

    @Option(names = "--office-symbol", paramLabel = "SYMBOL", description = "Ký hiệu sau số báo cáo, ví dụ BC-SKHCN / the symbol after the number.")
    String officeSymbol;

    @Option(names = "--office-place", paramLabel = "PLACE", description = "Địa danh trước ngày tháng, ví dụ Thanh Hóa / the place before the date.")
    String officePlace;

    @Option(names = "--report-to", paramLabel = "NAME", split = ";", description = "Nơi nhận (cách nhau bởi dấu chấm phẩy) / recipients, separated by semicolons.")
    java.util.List<String> reportTo = new java.util.ArrayList<>();

    @Option(names = "--signer", paramLabel = "TITLE", description = "Chức danh người ký, ví dụ KT. GIÁM ĐỐC / the signer's title.")
    String signer;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        PrintWriter err = spec.commandLine().getErr();
        PrintWriter out = spec.commandLine().getOut();
        Matcher period = EVERY.matcher(every);
        if (!period.matches() || Integer.parseInt(period.group(1)) == 0) {
            err.println("congkit monitor: --every phải có dạng 1d, 12h hoặc 30m, nhưng là '" + every + "' / --every must read like 1d, 12h or 30m");
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
                err.println(e.getMessage());
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
            out.println("congkit monitor: " + list.sites().size() + " đơn vị từ " + sites + " / units from " + sites);
        } else if (store.sites().isEmpty()) {
            err.println("congkit monitor: chưa có danh sách đơn vị: dùng --sites FILE / no site list yet: give --sites FILE");
            store.close();
            return 2;
        }
        AuditOptions audit = AuditOptions.defaults().withIgnoreRobots(ignoreRobots);
        if (rules != null) {
            audit = audit.withRuleSet(rules);
        }
        MonitorService.Settings settings = MonitorService.Settings.defaults().withHost(host).withPort(port).withEvery(interval)
                .withConcurrency(concurrency).withAudit(audit).withAdminPassword(adminPassword);
        if (office != null) {
            dev.congkit.monitor.ReportOffice blank = dev.congkit.monitor.ReportOffice.blank();
            settings = settings.withOffice(new dev.congkit.monitor.ReportOffice(officeParent, office, officeSymbol != null ? officeSymbol : blank.symbol(),
                    officePlace != null ? officePlace : blank.place(), reportTo.isEmpty() ? blank.recipients() : reportTo, officeSymbol != null ? officeSymbol.replaceFirst("^BC-", "") : blank.keptBy(),
                    signer != null ? signer : blank.signerTitle()));
        }
        java.util.List<dev.congkit.monitor.AlertSink> alerts = new java.util.ArrayList<>();
        if (smtp != null) {
            Matcher server = Pattern.compile("([^:\\s]+):([0-9]{1,5})").matcher(smtp);
            if (!server.matches() || mailFrom == null || mailTo.isEmpty()) {
                err.println("congkit monitor: --smtp cần dạng máy:cổng, cùng --mail-from và --mail-to / --smtp needs HOST:PORT, --mail-from and --mail-to");
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
        out.println("Giám sát / monitoring: http://" + host + ":" + service.port() + "/  (Ctrl+C để dừng / to stop)");
        out.flush();
        service.await();
        return 0;
    }
}

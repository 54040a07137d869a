package dev.congkit.monitor;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import dev.congkit.audit.AuditFinding;
import dev.congkit.audit.SiteReport;
import dev.congkit.audit.report.JsonReports;
import org.flywaydb.core.Flyway;

import javax.sql.DataSource;
import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The monitor's database: the site list, every run and each site's result in it (the auditor's whole
 * report, and one verdict row per requirement), and the officers. H2 embedded by default, PostgreSQL
 * tested; Flyway migrations in {@code db/congkit-monitor}. A site's result is written when its audit
 * ends, once per run: a run stopped midway keeps what it has and is resumed.
 *
 * <p>Example:
 * <pre>{@code
 * try (MonitorStore store = MonitorStore.embedded(Path.of("/var/lib/congkit/monitor"))) {
 *     store.replaceSites(SiteList.read(Path.of("xa-phuong.csv")));
 *     store.latest().forEach(r -> System.out.println(r.site().name() + " " + r.score()));
 * }
 * }</pre>
 */
public final class MonitorStore implements AutoCloseable {

    private final DataSource data;
    private final HikariDataSource own;
    private final Clock clock;

    private MonitorStore(DataSource data, HikariDataSource own, Clock clock) {
        this.data = data;
        this.own = own;
        this.clock = clock;
        try {
            Flyway.configure(MonitorStore.class.getClassLoader()).dataSource(data).locations("classpath:db/congkit-monitor")
                    .table("ck_monitor_schema_history").baselineOnMigrate(true).baselineVersion("0").load().migrate();
        } catch (RuntimeException e) {
            close();
            throw new MonitorException("cannot bring the monitor's database up to date: " + e.getMessage(), e);
        }
    }

    /** The embedded H2 file database {@code file}{@code .mv.db}, created on first use. */
    public static MonitorStore embedded(Path file) {
        return open("jdbc:h2:file:" + file.toAbsolutePath() + ";DB_CLOSE_ON_EXIT=FALSE", Clock.systemUTC());
    }

    /** A database by JDBC URL ({@code jdbc:postgresql://…?user=…&password=…}), with a small pool of its own. */
    public static MonitorStore open(String jdbcUrl, Clock clock) {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(jdbcUrl);
        if (jdbcUrl.startsWith("jdbc:h2:")) {
            config.setUsername("congkit");
            config.setPassword("");
        }
        config.setMaximumPoolSize(4);
        config.setPoolName("congkit-monitor");
        config.setConnectionTimeout(10_000);
        config.setInitializationFailTimeout(-1);
        HikariDataSource pool = new HikariDataSource(config);
        return new MonitorStore(pool, pool, clock);
    }

    /** The vendor's own pool; never closed here. */
    public static MonitorStore open(DataSource data, Clock clock) {
        return new MonitorStore(data, null, clock);
    }

    /** A site as stored: its row id and what the list says. */
    public record StoredSite(long id, MonitoredSite site) {
    }

    /** A run: when it started and ended, how it stands, who started it. */
    public record Run(long id, Instant startedAt, Instant finishedAt, String status, String startedBy, boolean resumed, int siteCount) {
    }

    /** A site's result in a run. */
    public record Result(StoredSite site, long runId, Instant auditedAt, boolean reachable, Double score, int failed) {
    }

    /** Puts {@code list} in place of the stored one: sites matched by code, those no longer listed kept with their history but inactive. */
    public void replaceSites(SiteList list) {
        transaction(connection -> {
            update(connection, "update ck_monitor_site set active = false");
            int order = 0;
            for (MonitoredSite site : list.sites()) {
                int changed = update(connection, "update ck_monitor_site set name = ?, identifier = ?, url = ?, rule_set = ?, contact = ?, active = true,"
                        + " sort_order = ? where code = ?", site.name(), site.identifier(), site.url(), site.ruleSet(), site.contact(), order, site.code());
                if (changed == 0) {
                    update(connection, "insert into ck_monitor_site (code, name, identifier, url, rule_set, contact, active, sort_order)"
                            + " values (?, ?, ?, ?, ?, ?, true, ?)", site.code(), site.name(), site.identifier(), site.url(), site.ruleSet(), site.contact(), order);
                }
                order++;
            }
            return null;
        });
    }

    /** The listed sites, in the list's order. */
    public List<StoredSite> sites() {
        return query("select id, name, code, identifier, url, rule_set, contact from ck_monitor_site where active = true order by sort_order",
                MonitorStore::site);
    }

    public Optional<StoredSite> site(String code) {
        return query("select id, name, code, identifier, url, rule_set, contact from ck_monitor_site where code = ?", MonitorStore::site, code)
                .stream().findFirst();
    }

    /** Opens a run over {@code siteCount} sites. */
    public long startRun(String startedBy, int siteCount) {
        return transaction(connection -> {
            try (PreparedStatement insert = connection.prepareStatement("insert into ck_monitor_run (started_at, status, started_by, resumed, site_count)"
                    + " values (?, 'RUNNING', ?, false, ?)", Statement.RETURN_GENERATED_KEYS)) {
                insert.setObject(1, now());
                insert.setString(2, startedBy);
                insert.setInt(3, siteCount);
                insert.executeUpdate();
                try (ResultSet keys = insert.getGeneratedKeys()) {
                    keys.next();
                    return keys.getLong(1);
                }
            }
        });
    }

    /** Marks every run still RUNNING (the service stopped during it) as INTERRUPTED, and returns them. */
    public List<Run> interruptRunning() {
        List<Run> running = runs("where status = 'RUNNING'");
        transaction(connection -> update(connection, "update ck_monitor_run set status = 'INTERRUPTED' where status = 'RUNNING'"));
        return running.stream().map(r -> new Run(r.id(), r.startedAt(), null, "INTERRUPTED", r.startedBy(), r.resumed(), r.siteCount())).toList();
    }

    /** Takes up an interrupted run again. */
    public void resume(long runId) {
        transaction(connection -> update(connection, "update ck_monitor_run set status = 'RUNNING', resumed = true where id = ?", runId));
    }

    public void finishRun(long runId) {
        transaction(connection -> update(connection, "update ck_monitor_run set status = 'DONE', finished_at = ? where id = ?", now(), runId));
    }

    /** The sites that already have a result in the run. */
    public Set<Long> audited(long runId) {
        return new HashSet<>(query("select site_id from ck_monitor_result where run_id = ?", rows -> rows.getLong(1), runId));
    }

    /**
     * Keeps a site's report in the run, once: a second report for the same site and run is ignored.
     *
     * @return whether it was kept
     */
    public boolean saveResult(long runId, long siteId, SiteReport report) {
        return transaction(connection -> {
            try (PreparedStatement exists = connection.prepareStatement("select 1 from ck_monitor_result where run_id = ? and site_id = ?")) {
                exists.setLong(1, runId);
                exists.setLong(2, siteId);
                try (ResultSet rows = exists.executeQuery()) {
                    if (rows.next()) {
                        return false;
                    }
                }
            }
            update(connection, "insert into ck_monitor_result (run_id, site_id, audited_at, reachable, score, failed, report) values (?, ?, ?, ?, ?, ?, ?)",
                    runId, siteId, now(), report.reachable(), report.score().isPresent() ? report.score().getAsDouble() : null,
                    (int) report.count(dev.congkit.audit.Status.FAIL), gzip(JsonReports.site(report)));
            try (PreparedStatement insert = connection.prepareStatement(
                    "insert into ck_monitor_finding (run_id, site_id, requirement, status, severity) values (?, ?, ?, ?, ?)")) {
                Set<String> seen = new HashSet<>();
                for (AuditFinding finding : report.findings()) {
                    if (seen.add(finding.requirement())) {
                        insert.setLong(1, runId);
                        insert.setLong(2, siteId);
                        insert.setString(3, finding.requirement());
                        insert.setString(4, finding.status().id());
                        insert.setString(5, finding.severity().name().toLowerCase(java.util.Locale.ROOT));
                        insert.addBatch();
                    }
                }
                insert.executeBatch();
            }
            update(connection, "update ck_monitor_site set previous_run_id = case when last_run_id is not null and last_run_id < ? then last_run_id"
                    + " else previous_run_id end, last_run_id = ?, last_read_at = case when ? then ? else last_read_at end"
                    + " where id = ? and (last_run_id is null or last_run_id < ?)", runId, runId, report.reachable(), now(), siteId, runId);
            return true;
        });
    }

    /** Every run, newest first. */
    public List<Run> runs() {
        return runs("");
    }

    /** The newest {@code limit} runs. */
    public List<Run> runs(int limit) {
        return runs("offset 0 rows fetch next " + Math.max(1, limit) + " rows only");
    }

    /** Each listed site's result in the newest run that has one, in the list's order; sites never audited are left out. */
    public List<Result> latest() {
        return query("select s.id, s.name, s.code, s.identifier, s.url, s.rule_set, s.contact, r.run_id, r.audited_at, r.reachable, r.score, r.failed"
                + " from ck_monitor_site s join ck_monitor_result r on r.run_id = s.last_run_id and r.site_id = s.id"
                + " where s.active = true order by s.sort_order", MonitorStore::result);
    }

    /** A site's results, oldest first. */
    public List<Result> history(long siteId) {
        return query("select s.id, s.name, s.code, s.identifier, s.url, s.rule_set, s.contact, r.run_id, r.audited_at, r.reachable, r.score, r.failed"
                + " from ck_monitor_site s join ck_monitor_result r on r.site_id = s.id where s.id = ? order by r.run_id", MonitorStore::result, siteId);
    }

    /** The whole report of a site in a run. */
    public Optional<SiteReport> report(long runId, long siteId) {
        List<byte[]> stored = query("select report from ck_monitor_result where run_id = ? and site_id = ?", rows -> rows.getBytes(1), runId, siteId);
        if (stored.isEmpty()) {
            return Optional.empty();
        }
        try (var in = new java.util.zip.GZIPInputStream(new java.io.ByteArrayInputStream(stored.get(0)))) {
            return Optional.of(JsonReports.read(new com.fasterxml.jackson.databind.ObjectMapper().readTree(in)));
        } catch (IOException e) {
            throw new MonitorException("the stored report of run " + runId + " cannot be read: " + e.getMessage(), e);
        }
    }

    /** The listed sites whose newest result fails {@code requirement}. */
    public List<StoredSite> failing(String requirement) {
        return query("select s.id, s.name, s.code, s.identifier, s.url, s.rule_set, s.contact from ck_monitor_site s"
                + " join ck_monitor_finding f on f.run_id = s.last_run_id and f.site_id = s.id and f.requirement = ?"
                + " where s.active = true and f.status = 'fail' order by s.sort_order", MonitorStore::site, requirement);
    }

    /** Each listed site's failing requirements in its newest result, by site id. */
    public Map<Long, List<String>> latestFailing() {
        Map<Long, List<String>> failing = new HashMap<>();
        query("select f.site_id, f.requirement from ck_monitor_site s join ck_monitor_finding f on f.run_id = s.last_run_id and f.site_id = s.id"
                + " where s.active = true and f.status = 'fail' order by f.requirement",
                rows -> failing.computeIfAbsent(rows.getLong(1), id -> new ArrayList<>()).add(rows.getString(2)));
        return failing;
    }

    /** Each listed site's two newest results, newest first, by site id: what the overview's trend compares. */
    public Map<Long, List<Result>> latestTwo() {
        Map<Long, List<Result>> found = new HashMap<>();
        for (String pointer : List.of("last_run_id", "previous_run_id")) {
            query("select s.id, s.name, s.code, s.identifier, s.url, s.rule_set, s.contact, r.run_id, r.audited_at, r.reachable, r.score, r.failed"
                    + " from ck_monitor_site s join ck_monitor_result r on r.run_id = s." + pointer + " and r.site_id = s.id where s.active = true",
                    rows -> {
                        Result result = result(rows);
                        found.computeIfAbsent(result.site().id(), id -> new ArrayList<>()).add(result);
                        return result;
                    });
        }
        return found;
    }

    /** When each listed site was last read at all, by site id. */
    public Map<Long, Instant> lastReachable() {
        Map<Long, Instant> last = new HashMap<>();
        query("select id, last_read_at from ck_monitor_site where last_read_at is not null",
                rows -> last.put(rows.getLong(1), rows.getObject(2, LocalDateTime.class).toInstant(ZoneOffset.UTC)));
        return last;
    }

    /** A site's result in the newest run before {@code runId}. */
    public Optional<Result> previous(long siteId, long runId) {
        return query("select s.id, s.name, s.code, s.identifier, s.url, s.rule_set, s.contact, r.run_id, r.audited_at, r.reachable, r.score, r.failed"
                + " from ck_monitor_site s join ck_monitor_result r on r.site_id = s.id where s.id = ? and r.run_id = (select max(x.run_id)"
                + " from ck_monitor_result x where x.site_id = ? and x.run_id < ?)", MonitorStore::result, siteId, siteId, runId).stream().findFirst();
    }

    /** The results of a run, in the list's order. */
    public List<Result> results(long runId) {
        return query("select s.id, s.name, s.code, s.identifier, s.url, s.rule_set, s.contact, r.run_id, r.audited_at, r.reachable, r.score, r.failed"
                + " from ck_monitor_site s join ck_monitor_result r on r.site_id = s.id where r.run_id = ? order by s.sort_order", MonitorStore::result, runId);
    }

    /** A site's verdicts in a run, by requirement id ({@code pass}, {@code fail}, …). */
    public Map<String, String> verdicts(long runId, long siteId) {
        Map<String, String> found = new java.util.LinkedHashMap<>();
        query("select requirement, status from ck_monitor_finding where run_id = ? and site_id = ? order by requirement",
                rows -> found.put(rows.getString(1), rows.getString(2)), runId, siteId);
        return found;
    }

    /** Every result audited between {@code from} and {@code to} (UTC), in the list's order and then by time. */
    public List<Result> resultsBetween(Instant from, Instant to) {
        return query("select s.id, s.name, s.code, s.identifier, s.url, s.rule_set, s.contact, r.run_id, r.audited_at, r.reachable, r.score, r.failed"
                + " from ck_monitor_site s join ck_monitor_result r on r.site_id = s.id where s.active = true and r.audited_at >= ? and r.audited_at < ?"
                + " order by s.sort_order, r.run_id", MonitorStore::result, LocalDateTime.ofInstant(from, ZoneOffset.UTC), LocalDateTime.ofInstant(to, ZoneOffset.UTC));
    }

    /** Keeps what run {@code runId} made worse, in place of what was kept for it before. */
    public void saveAlerts(long runId, List<Alert> alerts) {
        transaction(connection -> {
            update(connection, "delete from ck_monitor_alert where run_id = ?", runId);
            int seq = 0;
            for (Alert alert : alerts) {
                update(connection, "insert into ck_monitor_alert (run_id, seq, code, name, kind, text) values (?, ?, ?, ?, ?, ?)",
                        runId, seq++, alert.code(), alert.name(), alert.kind().name(), alert.text());
            }
            return null;
        });
    }

    /** What the newest finished run made worse. */
    public List<Alert> latestAlerts() {
        return query("select code, name, kind, text from ck_monitor_alert where run_id = (select max(id) from ck_monitor_run where status = 'DONE')"
                + " order by seq", rows -> new Alert(rows.getString(1), rows.getString(2), Alert.Kind.valueOf(rows.getString(3)), rows.getString(4)));
    }

    /** The number of verdict rows, all runs together (the restart test counts duplicates with it). */
    public long findingCount() {
        return query("select count(*) from ck_monitor_finding", rows -> rows.getLong(1)).get(0);
    }

    // --- officers

    /** An officer as stored. */
    public record Officer(String name, String passwordHash, String role, boolean mustChange, int failedLogins, Instant lockedUntil) {
    }

    public Optional<Officer> officer(String name) {
        return query("select name, password_hash, role, must_change, failed_logins, locked_until from ck_monitor_user where name = ?", rows ->
                new Officer(rows.getString(1), rows.getString(2), rows.getString(3), rows.getBoolean(4), rows.getInt(5),
                        rows.getObject(6, LocalDateTime.class) == null ? null : rows.getObject(6, LocalDateTime.class).toInstant(ZoneOffset.UTC)), name)
                .stream().findFirst();
    }

    /** Every officer, by name. */
    public List<Officer> officers() {
        return query("select name, password_hash, role, must_change, failed_logins, locked_until from ck_monitor_user order by name", rows ->
                new Officer(rows.getString(1), rows.getString(2), rows.getString(3), rows.getBoolean(4), rows.getInt(5),
                        rows.getObject(6, LocalDateTime.class) == null ? null : rows.getObject(6, LocalDateTime.class).toInstant(ZoneOffset.UTC)));
    }

    public boolean hasOfficers() {
        return query("select count(*) from ck_monitor_user", rows -> rows.getLong(1)).get(0) > 0;
    }

    public void saveOfficer(Officer officer) {
        transaction(connection -> {
            int changed = update(connection, "update ck_monitor_user set password_hash = ?, role = ?, must_change = ?, failed_logins = ?, locked_until = ?"
                    + " where name = ?", officer.passwordHash(), officer.role(), officer.mustChange(), officer.failedLogins(),
                    officer.lockedUntil() == null ? null : LocalDateTime.ofInstant(officer.lockedUntil(), ZoneOffset.UTC), officer.name());
            if (changed == 0) {
                update(connection, "insert into ck_monitor_user (name, password_hash, role, must_change, failed_logins, locked_until) values (?, ?, ?, ?, ?, ?)",
                        officer.name(), officer.passwordHash(), officer.role(), officer.mustChange(), officer.failedLogins(),
                        officer.lockedUntil() == null ? null : LocalDateTime.ofInstant(officer.lockedUntil(), ZoneOffset.UTC));
            }
            return null;
        });
    }

    @Override
    public void close() {
        if (own != null) {
            own.close();
        }
    }

    private static byte[] gzip(String text) {
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream(text.length() / 4 + 64);
        try (var out = new java.util.zip.GZIPOutputStream(bytes)) {
            out.write(text.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    // --- plumbing

    private LocalDateTime now() {
        return LocalDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);
    }

    private List<Run> runs(String where) {
        String filter = where.startsWith("offset") ? "" : where;
        String limit = where.startsWith("offset") ? " " + where : "";
        return query("select id, started_at, finished_at, status, started_by, resumed, site_count from ck_monitor_run " + filter + " order by id desc" + limit,
                rows -> new Run(rows.getLong(1), rows.getObject(2, LocalDateTime.class).toInstant(ZoneOffset.UTC),
                        rows.getObject(3, LocalDateTime.class) == null ? null : rows.getObject(3, LocalDateTime.class).toInstant(ZoneOffset.UTC),
                        rows.getString(4), rows.getString(5), rows.getBoolean(6), rows.getInt(7)));
    }

    private static StoredSite site(ResultSet rows) throws SQLException {
        return new StoredSite(rows.getLong(1), new MonitoredSite(rows.getString(2), rows.getString(3), rows.getString(4), rows.getString(5),
                rows.getString(6), rows.getString(7)));
    }

    private static Result result(ResultSet rows) throws SQLException {
        double score = rows.getDouble(11);
        return new Result(site(rows), rows.getLong(8), rows.getObject(9, LocalDateTime.class).toInstant(ZoneOffset.UTC), rows.getBoolean(10),
                rows.wasNull() ? null : score, rows.getInt(12));
    }

    @FunctionalInterface
    private interface Rows<T> {
        T read(ResultSet rows) throws SQLException;
    }

    @FunctionalInterface
    private interface Work<T> {
        T run(Connection connection) throws SQLException;
    }

    private <T> List<T> query(String sql, Rows<T> reader, Object... values) {
        try (Connection connection = data.getConnection(); PreparedStatement select = connection.prepareStatement(sql)) {
            for (int i = 0; i < values.length; i++) {
                select.setObject(i + 1, values[i]);
            }
            List<T> found = new ArrayList<>();
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    found.add(reader.read(rows));
                }
            }
            return found;
        } catch (SQLException e) {
            throw new MonitorException("the monitor's database: " + e.getMessage(), e);
        }
    }

    private <T> T transaction(Work<T> work) {
        try (Connection connection = data.getConnection()) {
            connection.setAutoCommit(false);
            try {
                T result = work.run(connection);
                connection.commit();
                return result;
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                throw e;
            }
        } catch (SQLException e) {
            throw new MonitorException("the monitor's database: " + e.getMessage(), e);
        }
    }

    private static int update(Connection connection, String sql, Object... values) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < values.length; i++) {
                statement.setObject(i + 1, values[i]);
            }
            return statement.executeUpdate();
        }
    }
}

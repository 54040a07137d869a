package dev.congkit.store;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import dev.congkit.core.check.LegacyEncodingCheck;
import dev.congkit.core.config.ConfigException;
import dev.congkit.core.config.SiteConfigLoader;
import dev.congkit.core.model.SiteConfig;
import dev.congkit.core.source.SiteData;
import dev.congkit.core.source.SiteSource;
import dev.congkit.core.source.SitesByHost;
import dev.congkit.store.internal.HostIndex;
import dev.congkit.store.internal.SiteRows;
import dev.congkit.store.internal.Tables;
import dev.congkit.store.internal.Trees;
import org.flywaydb.core.Flyway;

import javax.sql.DataSource;
import java.net.URI;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

/**
 * The reference JDBC store: every site of a deployment in one database (H2 embedded by default,
 * PostgreSQL tested), read as a {@link SitesByHost} or one site's {@link SiteSource}. A save
 * validates the whole site exactly as a file is validated (nothing is written when anything is
 * wrong), writes it in one transaction and gives it a new version; readers see the change within a
 * second. The schema and its migrations are Flyway's ({@code db/congkit}, history in
 * {@code ck_schema_history}); they run when the store opens. Thread-safe.
 *
 * <p>Example:
 * <pre>{@code
 * try (SiteStore store = SiteStore.embedded(Path.of("/var/lib/congkit/congkit"))) {   // congkit.mv.db
 *     store.save("site.json", SiteConfigLoader.parse("site.json", Files.readString(file)));
 *     SiteResolver resolver = SiteResolver.byHost(store);          // or SiteResolver.of(store.source(host))
 * }
 * SiteStore pg = SiteStore.open("jdbc:postgresql://127.0.0.1/congkit", "congkit", password);
 * }</pre>
 */
public final class SiteStore implements SitesByHost, AutoCloseable {

    private final DataSource data;
    private final HikariDataSource own;
    private final String name;
    private final SiteConfigLoader loader;
    private final Clock clock;
    private final HostIndex index;

    private SiteStore(DataSource data, HikariDataSource own, String name, SiteConfigLoader loader, Clock clock, long intervalMillis) {
        this.data = data;
        this.own = own;
        this.name = name;
        this.loader = loader;
        this.clock = clock;
        this.index = new HostIndex(data, name, loader, clock, intervalMillis);
        try {
            Flyway.configure(SiteStore.class.getClassLoader()).dataSource(data).locations("classpath:db/congkit")
                    .table("ck_schema_history").load().migrate();
        } catch (RuntimeException e) {
            close();
            throw new StoreException(name + ": cannot bring the CổngKit schema up to date: " + e.getMessage(), e);
        }
    }

    /** The embedded H2 file database {@code file}{@code .mv.db}, created on first use; its page cache kept to 8 MiB. */
    public static SiteStore embedded(Path file) {
        return open("jdbc:h2:file:" + file.toAbsolutePath() + ";DB_CLOSE_ON_EXIT=FALSE;CACHE_SIZE=8192", "congkit", "");
    }

    /**
     * A database by JDBC URL, with a small pool of its own (closed by {@link #close()}). Without a
     * user, an H2 URL uses the embedded store's own ({@code congkit}); other drivers read the user
     * from the URL ({@code ?user=…&password=…}).
     */
    public static SiteStore open(String jdbcUrl, String user, String password) {
        boolean h2 = jdbcUrl.startsWith("jdbc:h2:");
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(jdbcUrl);
        config.setUsername(user == null && h2 ? "congkit" : user);
        config.setPassword(password == null && h2 ? "" : password);
        config.setConnectionTimeout(10_000);
        driver(jdbcUrl).ifPresent(config::setDriverClassName);
        config.setMaximumPoolSize(4);
        config.setPoolName("congkit-store");
        config.setInitializationFailTimeout(-1);   // the first use reports an unreachable database, naming it
        HikariDataSource pool = new HikariDataSource(config);
        return new SiteStore(pool, pool, redacted(jdbcUrl), SiteConfigLoader.withRegisteredSections(), Clock.systemUTC(), 1000);
    }

    /** The vendor's own pool; the store never closes it. */
    public static SiteStore open(DataSource dataSource, SiteConfigLoader loader, Clock clock, long intervalMillis) {
        return new SiteStore(dataSource, null, "the CổngKit store", loader, clock, intervalMillis);
    }

    /**
     * Validates {@code site} (a {@code site.json} tree) as the file loader does and, only if nothing
     * is wrong, replaces the site of its {@code agency.baseUrl} host with it in one transaction.
     *
     * @param source how problems name the input, e.g. the file it came from
     */
    public Saved save(String source, JsonNode site) throws ConfigException {
        ObjectNode tree = Trees.nfc(site);
        SiteConfig config = loader.load(source, tree);
        String host = host(config);
        List<dev.congkit.core.check.Finding> warnings = new LegacyEncodingCheck().check(config, null);
        try (Connection connection = data.getConnection()) {
            connection.setAutoCommit(false);
            try {
                long version = SiteRows.bump(connection);
                long siteId = SiteRows.siteRow(connection, host, version, LocalDateTime.now(clock.withZone(ZoneOffset.UTC)));
                SiteRows.deleteRows(connection, siteId);
                Tables.write(connection, siteId, tree, config);
                SiteRows.writeSections(connection, siteId, tree);
                connection.commit();
                index.lookNow();   // this store's own readers see the save at once; other processes' within the interval
                return new Saved(host, version, warnings);
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                throw e;
            }
        } catch (IllegalArgumentException e) {
            throw ConfigException.of(source, e.getMessage());
        } catch (SQLException e) {
            throw new StoreException(name + ": cannot save the site of " + host + ": " + e.getMessage(), e);
        }
    }

    /** The stored site of {@code host} as a {@code site.json} tree (to edit, import into or export), if there is one. */
    public Optional<ObjectNode> tree(String host) {
        try (Connection connection = data.getConnection()) {
            return SiteRows.readTree(connection, SitesByHost.key(host));
        } catch (SQLException e) {
            throw new StoreException(name + ": cannot read the site of " + host + ": " + e.getMessage(), e);
        }
    }

    /** Documents and articles posted per month by the site of {@code host}, the oldest month first; empty without a site. */
    public List<MonthlyCount> publishedPerMonth(String host) {
        try (Connection connection = data.getConnection()) {
            return SiteRows.publishedPerMonth(connection, SitesByHost.key(host));
        } catch (SQLException e) {
            throw new StoreException(name + ": cannot count the posts of " + host + ": " + e.getMessage(), e);
        }
    }

    /** Removes the site of {@code host}; whether there was one. */
    public boolean delete(String host) {
        try (Connection connection = data.getConnection()) {
            connection.setAutoCommit(false);
            SiteRows.bump(connection);
            try (PreparedStatement delete = connection.prepareStatement("delete from ck_site where host = ?")) {
                delete.setString(1, SitesByHost.key(host));
                boolean deleted = delete.executeUpdate() > 0;
                connection.commit();
                index.lookNow();
                return deleted;
            }
        } catch (SQLException e) {
            throw new StoreException(name + ": cannot delete the site of " + host + ": " + e.getMessage(), e);
        }
    }

    /** The hosts of every stored site, sorted. */
    public List<String> hosts() {
        return index.hosts();
    }

    /** One site as a source: what {@code host}'s row holds now, seen within a second of a save. */
    public SiteSource source(String host) {
        return () -> forHost(host).orElseThrow(() -> new StoreException(name + ": no site is stored for " + host, null));
    }

    @Override
    public Optional<SiteData> forHost(String host) {
        return host == null ? Optional.empty() : index.forHost(SitesByHost.key(host));
    }

    /** The store's connection pool, for modules that keep their own rows beside the sites (citizens' feedback and ratings). */
    public DataSource dataSource() {
        return data;
    }

    @Override
    public void close() {
        if (own != null) {
            own.close();
        }
    }

    private static String host(SiteConfig site) {
        String host = URI.create(site.agency().baseUrl().value()).getHost();
        if (host == null) {
            throw new IllegalArgumentException("agency.baseUrl: must name a host, such as https://mauson.thanhhoa.gov.vn");
        }
        return SitesByHost.key(host);
    }

    /**
     * The driver class of the two databases the store is tested on, when it is on the class path:
     * named, it is loaded directly, so a servlet container that set up {@code DriverManager} before
     * the application's jars were there still finds it.
     */
    private static Optional<String> driver(String jdbcUrl) {
        String name = jdbcUrl.startsWith("jdbc:h2:") ? "org.h2.Driver" : jdbcUrl.startsWith("jdbc:postgresql:") ? "org.postgresql.Driver" : null;
        if (name == null) {
            return Optional.empty();
        }
        try {
            Class.forName(name, false, SiteStore.class.getClassLoader());
            return Optional.of(name);
        } catch (ClassNotFoundException e) {
            return Optional.empty();
        }
    }

    /** A JDBC URL without what may be a password. */
    private static String redacted(String jdbcUrl) {
        return jdbcUrl.replaceAll("(?i)(password|pwd)=[^;&]*", "$1=…");
    }
}

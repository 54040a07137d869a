package dev.congkit.store.internal;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.congkit.core.config.ConfigException;
import dev.congkit.core.config.SiteConfigLoader;
import dev.congkit.core.model.SiteConfig;
import dev.congkit.core.source.SiteData;
import dev.congkit.core.source.SitesByHost;
import dev.congkit.store.StoreException;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Which hosts the store serves, at which version, and each site built once per version: the store's
 * change counter is read at most once per interval, every site's version only when it moved, and a
 * site only when its version did. Requests for unknown hosts never reach the database. Internal.
 */
public final class HostIndex {

    private final DataSource data;
    private final String name;
    private final SiteConfigLoader loader;
    private final Clock clock;
    private final long intervalMillis;
    private final Map<String, Cached> cache = new ConcurrentHashMap<>();
    private volatile Map<String, Long> versions = Map.of();
    private volatile long storeVersion = -1;
    private volatile long nextLook;

    private record Cached(SiteData data, long version) {
    }

    public HostIndex(DataSource data, String name, SiteConfigLoader loader, Clock clock, long intervalMillis) {
        this.data = data;
        this.name = name;
        this.loader = loader;
        this.clock = clock;
        this.intervalMillis = intervalMillis;
    }

    /** The hosts of every stored site, sorted, as the database holds them now. */
    public List<String> hosts() {
        refresh(true);
        return versions.keySet().stream().sorted().toList();
    }

    /** The next request looks at the database: this process has just written to it. */
    public void lookNow() {
        nextLook = 0;
    }

    /** The data of the site of {@code host} (lower case) or its {@code www.} twin. */
    public Optional<SiteData> forHost(String host) {
        refresh(false);
        String key = host;
        Long version = versions.get(key);
        if (version == null) {
            key = SitesByHost.twin(key);
            version = versions.get(key);
        }
        if (version == null) {
            return Optional.empty();
        }
        Cached cached = cache.get(key);
        if (cached != null && cached.version() == version) {
            return Optional.of(cached.data());
        }
        Cached fresh = load(key);
        if (fresh == null) {
            return Optional.empty();
        }
        cache.put(key, fresh);
        return Optional.of(fresh.data());
    }

    /** Looks at the store's change counter at most once per interval; reads every site's version when it moved. */
    private void refresh(boolean now) {
        long millis = clock.millis();
        if (!now && millis < nextLook) {
            return;
        }
        synchronized (this) {
            if (!now && millis < nextLook) {
                return;
            }
            nextLook = millis + intervalMillis;
            try (Connection connection = data.getConnection()) {
                long counter = SiteRows.counter(connection);
                if (counter == storeVersion) {
                    return;
                }
                Map<String, Long> fresh = SiteRows.versions(connection);
                versions = Map.copyOf(fresh);
                storeVersion = counter;
                for (Iterator<String> hosts = cache.keySet().iterator(); hosts.hasNext(); ) {
                    if (!fresh.containsKey(hosts.next())) {
                        hosts.remove();
                    }
                }
            } catch (SQLException e) {
                throw new StoreException(name + ": cannot read the list of sites: " + e.getMessage(), e);
            }
        }
    }

    private Cached load(String host) {
        try (Connection connection = data.getConnection()) {
            connection.setAutoCommit(false);
            connection.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
            try {
                Optional<Long> version = SiteRows.version(connection, host);
                if (version.isEmpty()) {
                    return null;
                }
                ObjectNode tree = SiteRows.readTree(connection, host).orElseThrow();
                SiteConfig site = loader.load(name + " (" + host + ")", tree);
                return new Cached(new SiteData(site, "store-" + version.get()), version.get());
            } finally {
                connection.commit();
            }
        } catch (SQLException e) {
            throw new StoreException(name + ": cannot read the site of " + host + ": " + e.getMessage(), e);
        } catch (ConfigException e) {
            // only a hand edit of the tables gets here: saves validate first
            throw new StoreException(name + ": the stored site of " + host + " does not load:\n" + e.getMessage(), e);
        }
    }

}

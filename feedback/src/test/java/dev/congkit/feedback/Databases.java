package dev.congkit.feedback;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import dev.congkit.store.PostgresServer;
import org.junit.jupiter.api.Assumptions;

import javax.sql.DataSource;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.fail;

/** Fresh databases for the feedback tests: an H2 file, or a database on a throwaway PostgreSQL from Debian's package. */
final class Databases {

    private static final AtomicInteger COUNT = new AtomicInteger();
    private static final List<HikariDataSource> POOLS = new ArrayList<>();
    private static PostgresServer postgres;

    static {
        java.util.logging.Logger.getLogger("org.flywaydb").setLevel(java.util.logging.Level.WARNING);
    }

    private Databases() {
    }

    static synchronized DataSource fresh(String kind, Path dir) throws Exception {
        String url;
        if (kind.equals("h2")) {
            url = "jdbc:h2:file:" + dir.resolve("feedback-" + COUNT.incrementAndGet()).toAbsolutePath();
        } else {
            var bin = PostgresServer.installed();
            if (bin.isEmpty()) {
                Assumptions.assumeTrue(System.getenv("CI") == null, "");
                fail("PostgreSQL is not installed (apt-get install postgresql); CI must run these tests");
            }
            if (postgres == null) {
                postgres = PostgresServer.start(bin.get());
            }
            url = postgres.newDatabase("feedback_" + COUNT.incrementAndGet());
        }
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(url);
        config.setUsername("congkit");
        config.setMaximumPoolSize(4);
        HikariDataSource pool = new HikariDataSource(config);
        POOLS.add(pool);
        return pool;
    }

    static synchronized void closeAll() throws Exception {
        POOLS.forEach(HikariDataSource::close);
        POOLS.clear();
        if (postgres != null) {
            postgres.close();
            postgres = null;
        }
    }
}

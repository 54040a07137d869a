package dev.congkit.feedback.internal;

import dev.congkit.feedback.FeedbackException;
import org.flywaydb.core.Flyway;

import javax.sql.DataSource;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;

/** The feedback tables, brought up to date beside the sites' own (their own history table, so each module migrates alone). */
public final class Schema {

    private Schema() {
    }

    public static void migrate(DataSource data, String name) {
        try {
            // the schema already holds the sites' tables: start this history at 0 rather than refuse a non-empty schema
            Flyway.configure(Schema.class.getClassLoader()).dataSource(data).locations("classpath:db/congkit-feedback")
                    .table("ck_feedback_schema_history").baselineOnMigrate(true).baselineVersion("0").load().migrate();
        } catch (RuntimeException e) {
            throw new FeedbackException(name + ": cannot bring the feedback tables up to date: " + e.getMessage(), e);
        }
    }

    /** An instant as the UTC wall time the tables hold. */
    public static LocalDateTime utc(Instant instant) {
        return LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
    }

    public static Instant instant(LocalDateTime utc) {
        return utc.toInstant(ZoneOffset.UTC);
    }

}

package dev.congkit.feedback;

import dev.congkit.feedback.internal.Schema;
import dev.congkit.store.SiteStore;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The citizens' messages in the CổngKit store: the default {@link FeedbackSink}, and what the staff
 * pages read and write (the list, a message with its file, the status and answer, publishing as a
 * public question) and the retention clean-up. Rows are kept per site host.
 *
 * <p>Example:
 * <pre>{@code
 * FeedbackStore messages = FeedbackStore.on(siteStore);
 * TrackingCode code = messages.submit("mauson.thanhhoa.gov.vn", submission, null);
 * messages.update("mauson.thanhhoa.gov.vn", code, FeedbackStatus.ANSWERED, "Đã sửa xong đèn đường.");
 * messages.purge(Duration.ofDays(365));   // past the retention period: gone, or stripped to the published Q&A
 * }</pre>
 */
public final class FeedbackStore implements FeedbackSink {

    /** A message with its file's name, type and size (not its bytes), as {@link #read} takes it. */
    private static final String MESSAGES = "select m.code, m.received_at, m.full_name, m.phone, m.email, m.subject, m.message, m.status, m.note,"
            + " m.updated_at, m.public_question, f.file_name, f.content_type, f.size_bytes from ck_feedback m"
            + " left join ck_feedback_file f on f.host = m.host and f.code = m.code";
    private static final int ATTEMPTS = 8;

    private final DataSource data;
    private final Clock clock;
    private final String name;

    private FeedbackStore(DataSource data, Clock clock, String name) {
        this.data = Objects.requireNonNull(data, "data");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.name = name;
        Schema.migrate(data, name);
    }

    /** Messages kept in the database of {@code store}, beside its sites. */
    public static FeedbackStore on(SiteStore store) {
        return new FeedbackStore(store.dataSource(), Clock.systemUTC(), "the CổngKit store");
    }

    /** Messages kept in {@code data} (the vendor's own pool; never closed here), dated by {@code clock}. */
    public static FeedbackStore open(DataSource data, Clock clock) {
        return new FeedbackStore(data, clock, "the feedback database");
    }

    @Override
    public TrackingCode submit(String host, FeedbackSubmission message, FeedbackFile file) {
        Objects.requireNonNull(host, "host");
        Objects.requireNonNull(message, "message");
        LocalDateTime now = Schema.utc(clock.instant());
        for (int attempt = 1; ; attempt++) {
            TrackingCode code = TrackingCode.random();
            try (Connection connection = data.getConnection()) {
                connection.setAutoCommit(false);
                try {
                    insert(connection, host, code, now, message);
                    if (file != null) {
                        insertFile(connection, host, code, file);
                    }
                    connection.commit();
                    return code;
                } catch (SQLException e) {
                    connection.rollback();
                    if (attempt >= ATTEMPTS || !taken(connection, host, code)) {
                        throw e;
                    }
                    // a code already given on this site: draw another
                }
            } catch (SQLException e) {
                throw new FeedbackException(name + ": cannot keep a message for " + host + ": " + e.getMessage(), e);
            }
        }
    }

    @Override
    public Optional<FeedbackProgress> progress(String host, TrackingCode code) {
        return message(host, code).map(FeedbackMessage::progress);
    }

    /** The site's messages, newest first, {@code limit} of them after the first {@code offset}. */
    public List<FeedbackMessage> received(String host, int offset, int limit) {
        return query(MESSAGES + " where m.host = ? order by m.received_at desc, m.code offset ? rows fetch next ? rows only",
                host, Math.max(0, offset), Math.max(0, limit));
    }

    /** How many messages the site holds. */
    public int count(String host) {
        try (Connection connection = data.getConnection();
             PreparedStatement select = connection.prepareStatement("select count(*) from ck_feedback where host = ?")) {
            select.setString(1, host);
            try (ResultSet rows = select.executeQuery()) {
                rows.next();
                return rows.getInt(1);
            }
        } catch (SQLException e) {
            throw new FeedbackException(name + ": cannot count the messages of " + host + ": " + e.getMessage(), e);
        }
    }

    /** One message with its personal data, for the staff. */
    public Optional<FeedbackMessage> message(String host, TrackingCode code) {
        return query(MESSAGES + " where m.host = ? and m.code = ?", host, code.value()).stream().findFirst();
    }

    /** The file sent with a message, for the staff. */
    public Optional<FeedbackFile> file(String host, TrackingCode code) {
        try (Connection connection = data.getConnection();
             PreparedStatement select = connection.prepareStatement(
                     "select file_name, content_type, body from ck_feedback_file where host = ? and code = ?")) {
            select.setString(1, host);
            select.setString(2, code.value());
            try (ResultSet rows = select.executeQuery()) {
                return rows.next() ? Optional.of(new FeedbackFile(rows.getString(1), rows.getString(2), rows.getBytes(3))) : Optional.empty();
            }
        } catch (SQLException e) {
            throw new FeedbackException(name + ": cannot read the file of " + code + ": " + e.getMessage(), e);
        }
    }

    /**
     * Sets where a message stands and the note that goes with it.
     *
     * @return whether the site has that message
     * @throws IllegalArgumentException when the status needs a note and none is given
     */
    public boolean update(String host, TrackingCode code, FeedbackStatus status, String note) {
        String cleaned = FeedbackSubmission.text(note);
        if (status.needsNote() && cleaned.isEmpty()) {
            throw new IllegalArgumentException("note: " + status + " needs a note (the answer, the reason or the body it went to)");
        }
        return change("update ck_feedback set status = ?, note = ?, updated_at = ?" + (status == FeedbackStatus.ANSWERED ? "" : ", public_question = null")
                + " where host = ? and code = ?", status.name(), cleaned.isEmpty() ? null : cleaned, Schema.utc(clock.instant()), host, code.value()) > 0;
    }

    /**
     * Publishes an answered message in the public Q&amp;A under {@code question}, the staff's wording
     * without personal data; {@code null} or blank withdraws it.
     *
     * @return whether an answered message with that code was changed
     */
    public boolean publish(String host, TrackingCode code, String question) {
        String cleaned = FeedbackSubmission.text(question);
        return change("update ck_feedback set public_question = ? where host = ? and code = ? and status = ?",
                cleaned.isEmpty() ? null : cleaned, host, code.value(), FeedbackStatus.ANSWERED.name()) > 0;
    }

    /** The site's published questions and answers, newest answer first. */
    public List<PublicQuestion> questions(String host) {
        List<PublicQuestion> found = new ArrayList<>();
        try (Connection connection = data.getConnection();
             PreparedStatement select = connection.prepareStatement("select public_question, note, received_at, updated_at"
                     + " from ck_feedback where host = ? and public_question is not null and status = ? order by updated_at desc, code")) {
            select.setString(1, host);
            select.setString(2, FeedbackStatus.ANSWERED.name());
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    found.add(new PublicQuestion(rows.getString(1), rows.getString(2), Schema.instant(rows.getObject(3, LocalDateTime.class)),
                            Schema.instant(rows.getObject(4, LocalDateTime.class))));
                }
            }
            return found;
        } catch (SQLException e) {
            throw new FeedbackException(name + ": cannot read the public questions of " + host + ": " + e.getMessage(), e);
        }
    }

    /**
     * The retention rule, on every site: messages received more than {@code retention} ago are deleted
     * with their files; a published one keeps only the published question and the answer.
     *
     * @return how many messages were deleted or stripped
     */
    public int purge(Duration retention) {
        LocalDateTime before = Schema.utc(clock.instant().minus(retention));
        try (Connection connection = data.getConnection()) {
            connection.setAutoCommit(false);
            try {
                update(connection, "delete from ck_feedback_file where exists (select 1 from ck_feedback m"
                        + " where m.host = ck_feedback_file.host and m.code = ck_feedback_file.code and m.received_at < ?)", before);
                int deleted = update(connection, "delete from ck_feedback where received_at < ? and public_question is null", before);
                int stripped = update(connection, "update ck_feedback set full_name = null, phone = null, email = null, subject = '', message = public_question"
                        + " where received_at < ? and public_question is not null and (full_name is not null or phone is not null or email is not null"
                        + " or message <> public_question)", before);
                connection.commit();
                return deleted + stripped;
            } catch (SQLException e) {
                connection.rollback();
                throw e;
            }
        } catch (SQLException e) {
            throw new FeedbackException(name + ": cannot remove messages past their retention period: " + e.getMessage(), e);
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

    private int change(String sql, Object... values) {
        try (Connection connection = data.getConnection()) {
            return update(connection, sql, values);
        } catch (SQLException e) {
            throw new FeedbackException(name + ": cannot change a message: " + e.getMessage(), e);
        }
    }

    private List<FeedbackMessage> query(String sql, Object... values) {
        List<FeedbackMessage> found = new ArrayList<>();
        try (Connection connection = data.getConnection();
             PreparedStatement select = connection.prepareStatement(sql)) {
            for (int i = 0; i < values.length; i++) {
                select.setObject(i + 1, values[i]);
            }
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    found.add(read(rows));
                }
            }
            return found;
        } catch (SQLException e) {
            throw new FeedbackException(name + ": cannot read messages: " + e.getMessage(), e);
        }
    }

    private static FeedbackMessage read(ResultSet rows) throws SQLException {
        FeedbackSubmission submission = new FeedbackSubmission(rows.getString(3), rows.getString(4), rows.getString(5), rows.getString(6),
                rows.getString(7), true);
        return new FeedbackMessage(new TrackingCode(rows.getString(1)), Schema.instant(rows.getObject(2, LocalDateTime.class)), submission,
                rows.getString(12), rows.getString(13), rows.getInt(14), FeedbackStatus.valueOf(rows.getString(8)), rows.getString(9),
                Schema.instant(rows.getObject(10, LocalDateTime.class)), rows.getString(11));
    }

    private static void insert(Connection connection, String host, TrackingCode code, LocalDateTime now, FeedbackSubmission message) throws SQLException {
        update(connection, "insert into ck_feedback (host, code, received_at, full_name, phone, email, subject, message, status, updated_at)"
                        + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", host, code.value(), now, blankToNull(message.name()), blankToNull(message.phone()),
                blankToNull(message.email()), message.subject(), message.message(), FeedbackStatus.RECEIVED.name(), now);
    }

    private static void insertFile(Connection connection, String host, TrackingCode code, FeedbackFile file) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement(
                "insert into ck_feedback_file (host, code, file_name, content_type, size_bytes, body) values (?, ?, ?, ?, ?, ?)")) {
            insert.setString(1, host);
            insert.setString(2, code.value());
            insert.setString(3, file.fileName());
            insert.setString(4, file.contentType());
            insert.setInt(5, file.size());
            insert.setBytes(6, file.bytes());
            insert.executeUpdate();
        }
    }

    private static boolean taken(Connection connection, String host, TrackingCode code) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement("select 1 from ck_feedback where host = ? and code = ?")) {
            select.setString(1, host);
            select.setString(2, code.value());
            try (ResultSet rows = select.executeQuery()) {
                return rows.next();
            }
        }
    }

    private static String blankToNull(String text) {
        return text == null || text.isEmpty() ? null : text;
    }
}

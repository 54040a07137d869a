package dev.congkit.feedback;

import dev.congkit.feedback.internal.Schema;
import dev.congkit.store.SiteStore;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The "Thông tin này có hữu ích không?" ratings (SATISFACTION-RATING) in the CổngKit store: each
 * kept as page, month, score and the optional comment; nobody who rated is known, not even by
 * address. {@link #summaries} gives the office's monthly report.
 *
 * <p>Example:
 * <pre>{@code
 * RatingStore ratings = RatingStore.on(siteStore);
 * ratings.rate("mauson.thanhhoa.gov.vn", "/tin-tuc/hoi-nghi", YearMonth.of(2026, 12), 5, "Rõ ràng, dễ hiểu");
 * ratings.summaries("mauson.thanhhoa.gov.vn", YearMonth.of(2026, 12));   // one RatingSummary per page
 * }</pre>
 */
public final class RatingStore {

    /** The longest comment kept, in characters. */
    public static final int MAX_COMMENT = 1000;
    /** The longest page path a rating may name. */
    public static final int MAX_PATH = 512;

    private final DataSource data;
    private final String name;

    private RatingStore(DataSource data, String name) {
        this.data = Objects.requireNonNull(data, "data");
        this.name = name;
        Schema.migrate(data, name);
    }

    /** Ratings kept in the database of {@code store}, beside its sites. */
    public static RatingStore on(SiteStore store) {
        return new RatingStore(store.dataSource(), "the CổngKit store");
    }

    /** Ratings kept in {@code data} (the vendor's own pool; never closed here). */
    public static RatingStore open(DataSource data) {
        return new RatingStore(data, "the ratings database");
    }

    /**
     * Keeps one rating.
     *
     * @throws IllegalArgumentException for a score outside 1–5, a path that is not one of the site's, or a comment over {@value #MAX_COMMENT} characters
     */
    public void rate(String host, String path, YearMonth month, int score, String comment) {
        if (score < 1 || score > 5) {
            throw new IllegalArgumentException("score: must be 1 to 5, but was " + score);
        }
        if (!isPagePath(path)) {
            throw new IllegalArgumentException("path: must be a path of the site (/…, at most " + MAX_PATH + " characters), but was "
                    + (path == null ? "null" : path.length() > 80 ? path.substring(0, 80) + "…" : path));
        }
        String text = FeedbackSubmission.text(comment);
        if (text.codePointCount(0, text.length()) > MAX_COMMENT) {
            throw new IllegalArgumentException("comment: must be at most " + MAX_COMMENT + " characters, but was " + text.length());
        }
        try (Connection connection = data.getConnection();
             PreparedStatement insert = connection.prepareStatement("insert into ck_rating (host, path, rated_month, score, remark) values (?, ?, ?, ?, ?)")) {
            insert.setString(1, host);
            insert.setString(2, path);
            insert.setString(3, month.toString());
            insert.setInt(4, score);
            insert.setString(5, text.isEmpty() ? null : text);
            insert.executeUpdate();
        } catch (SQLException e) {
            throw new FeedbackException(name + ": cannot keep a rating for " + host + ": " + e.getMessage(), e);
        }
    }

    /** Whether {@code path} may be rated: a site-relative path of printable ASCII (a percent-encoded one for Vietnamese). */
    public static boolean isPagePath(String path) {
        return path != null && path.length() <= MAX_PATH && path.matches("/[A-Za-z0-9._~%/!$&'()*+,;=:@-]*") && !path.startsWith("//");
    }

    /** Each rated page of the month, the most rated first. */
    public List<RatingSummary> summaries(String host, YearMonth month) {
        Map<String, int[]> counts = new LinkedHashMap<>();
        Map<String, Integer> comments = new LinkedHashMap<>();
        try (Connection connection = data.getConnection();
             PreparedStatement select = connection.prepareStatement("select path, score, count(*), count(remark) from ck_rating"
                     + " where host = ? and rated_month = ? group by path, score order by path, score")) {
            select.setString(1, host);
            select.setString(2, month.toString());
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    counts.computeIfAbsent(rows.getString(1), p -> new int[5])[rows.getInt(2) - 1] = rows.getInt(3);
                    comments.merge(rows.getString(1), rows.getInt(4), Integer::sum);
                }
            }
        } catch (SQLException e) {
            throw new FeedbackException(name + ": cannot read the ratings of " + host + ": " + e.getMessage(), e);
        }
        List<RatingSummary> summaries = new ArrayList<>();
        counts.forEach((path, byScore) -> summaries.add(new RatingSummary(path, month, Arrays.stream(byScore).boxed().toList(), comments.get(path))));
        summaries.sort((a, b) -> a.count() != b.count() ? Integer.compare(b.count(), a.count()) : a.path().compareTo(b.path()));
        return List.copyOf(summaries);
    }

    /** The comments left on {@code path} in the month, as written. */
    public List<String> comments(String host, String path, YearMonth month) {
        List<String> found = new ArrayList<>();
        try (Connection connection = data.getConnection();
             PreparedStatement select = connection.prepareStatement(
                     "select remark from ck_rating where host = ? and path = ? and rated_month = ? and remark is not null order by id")) {
            select.setString(1, host);
            select.setString(2, path);
            select.setString(3, month.toString());
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    found.add(rows.getString(1));
                }
            }
            return found;
        } catch (SQLException e) {
            throw new FeedbackException(name + ": cannot read the comments of " + host + ": " + e.getMessage(), e);
        }
    }

    /** How many ratings the site has, all months together. */
    public long count(String host) {
        try (Connection connection = data.getConnection();
             PreparedStatement select = connection.prepareStatement("select count(*) from ck_rating where host = ?")) {
            select.setString(1, host);
            try (ResultSet rows = select.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        } catch (SQLException e) {
            throw new FeedbackException(name + ": cannot count the ratings of " + host + ": " + e.getMessage(), e);
        }
    }
}

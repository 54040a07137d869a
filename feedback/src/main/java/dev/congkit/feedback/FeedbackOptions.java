package dev.congkit.feedback;

import java.time.Duration;
import java.util.Objects;

/**
 * The feedback servlets' settings: posts a minute per address, status look-ups a minute per address
 * (which keeps codes from being guessed), the largest attachment, how long personal data is kept,
 * and the page that explains where complaints and denunciations go.
 *
 * <p>Example:
 * <pre>{@code
 * FeedbackOptions options = FeedbackOptions.defaults().withPostsPerMinute(10).withRetention(Duration.ofDays(730));
 * }</pre>
 */
public record FeedbackOptions(int postsPerMinute, int lookupsPerMinute, long maxFileBytes, Duration retention, String complaintsPath) {

    public FeedbackOptions {
        if (postsPerMinute < 1 || lookupsPerMinute < 1) {
            throw new IllegalArgumentException("postsPerMinute and lookupsPerMinute: must be at least 1, but were "
                    + postsPerMinute + " and " + lookupsPerMinute);
        }
        if (maxFileBytes < 1024 || maxFileBytes > 50L << 20) {
            throw new IllegalArgumentException("maxFileBytes: must be between 1 KiB and 50 MiB, but was " + maxFileBytes);
        }
        Objects.requireNonNull(retention, "retention");
        if (retention.toDays() < 1) {
            throw new IllegalArgumentException("retention: must be at least a day, but was " + retention);
        }
        if (complaintsPath == null || !complaintsPath.startsWith("/") || complaintsPath.startsWith("//")) {
            throw new IllegalArgumentException("complaintsPath: must be a path of the site, such as /lich-tiep-cong-dan, but was " + complaintsPath);
        }
    }

    /** 5 posts and 30 look-ups a minute, files up to 5 MiB, personal data kept 365 days, complaints at {@code /lich-tiep-cong-dan}. */
    public static FeedbackOptions defaults() {
        return new FeedbackOptions(5, 30, 5L << 20, Duration.ofDays(365), "/lich-tiep-cong-dan");
    }

    public FeedbackOptions withPostsPerMinute(int posts) {
        return new FeedbackOptions(posts, lookupsPerMinute, maxFileBytes, retention, complaintsPath);
    }

    public FeedbackOptions withLookupsPerMinute(int lookups) {
        return new FeedbackOptions(postsPerMinute, lookups, maxFileBytes, retention, complaintsPath);
    }

    public FeedbackOptions withMaxFileBytes(long bytes) {
        return new FeedbackOptions(postsPerMinute, lookupsPerMinute, bytes, retention, complaintsPath);
    }

    public FeedbackOptions withRetention(Duration kept) {
        return new FeedbackOptions(postsPerMinute, lookupsPerMinute, maxFileBytes, kept, complaintsPath);
    }

    public FeedbackOptions withComplaintsPath(String path) {
        return new FeedbackOptions(postsPerMinute, lookupsPerMinute, maxFileBytes, retention, path);
    }

    /** The largest attachment in whole megabytes, as the form tells it. */
    public long maxFileMegabytes() {
        return Math.max(1, maxFileBytes >> 20);
    }
}

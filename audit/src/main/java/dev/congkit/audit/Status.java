package dev.congkit.audit;

import java.util.Locale;

/**
 * The verdict on one requirement for one site.
 *
 * <p>Example:
 * <pre>{@code
 * Status status = Status.fromId("cannot-judge");   // CANNOT_JUDGE
 * status.judged();                                 // false: left out of the score
 * Status.PASS.id();                                // "pass"
 * }</pre>
 */
public enum Status {
    /** The pages show the requirement is met. */
    PASS,
    /** Not met, and the rule set gives the requirement error severity. */
    FAIL,
    /** Not met, and the rule set gives it warning (or info) severity. */
    WARNING,
    /** The requirement is not about pages (hosting, process) or does not arise on this site. */
    NOT_APPLICABLE,
    /** About pages, but these pages do not let it be judged (e.g. a menu built by JavaScript). */
    CANNOT_JUDGE;

    /** The id used in reports: {@code pass}, {@code fail}, {@code warning}, {@code not-applicable}, {@code cannot-judge}. */
    public String id() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** Whether the verdict counts towards the score. */
    public boolean judged() {
        return this == PASS || this == FAIL || this == WARNING;
    }

    public static Status fromId(String id) {
        for (Status status : values()) {
            if (status.id().equals(id)) {
                return status;
            }
        }
        throw new IllegalArgumentException("unknown status '" + id + "'");
    }
}

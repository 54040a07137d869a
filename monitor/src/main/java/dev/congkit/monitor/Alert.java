package dev.congkit.monitor;

import java.util.Objects;

/**
 * What got worse for one site since its previous audit: it could not be read, its score fell, or a
 * requirement it met is now failed; said in words for the dashboard, the e-mail and the webhook.
 *
 * <p>Example:
 * <pre>{@code
 * new Alert("16555", "Xã Mẫu Sơn", Alert.Kind.NEWLY_FAILING, "SEARCH: Đạt → Chưa đạt");
 * }</pre>
 */
public record Alert(String code, String name, Kind kind, String text) {

    /** The kind of change. */
    public enum Kind { UNREACHABLE, SCORE_DOWN, NEWLY_FAILING }

    public Alert {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(text, "text");
    }

    /** One line: "Xã Mẫu Sơn (16555): SEARCH: Đạt → Chưa đạt". */
    public String line() {
        return name + " (" + code + "): " + text;
    }
}

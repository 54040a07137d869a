package dev.congkit.core.model;

import java.util.Objects;

/**
 * One broken rule: where (a JSON path relative to the value being built, empty for the value
 * itself) and what, phrased to follow the path, e.g. {@code must be an e-mail address, but was 'ubnd@'}.
 *
 * <p>Example:
 * <pre>{@code
 * Violation violation = new Violation("email", "must be an e-mail address");
 * violation.under("agency").path();   // "agency.email"
 * }</pre>
 */
public record Violation(String path, String message) {

    public Violation {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(message, "message");
    }

    /** This violation seen from the parent that holds the value under {@code name}. */
    public Violation under(String name) {
        if (name.isEmpty()) {
            return this;
        }
        if (path.isEmpty()) {
            return new Violation(name, message);
        }
        return new Violation(path.startsWith("[") ? name + path : name + "." + path, message);
    }

    @Override
    public String toString() {
        return path.isEmpty() ? message : path + ": " + message;
    }
}

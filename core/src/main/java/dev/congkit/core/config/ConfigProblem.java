package dev.congkit.core.config;

import java.util.Objects;

/**
 * One problem in a configuration file: the file, the JSON path (empty for the file as a whole) and
 * the rule with the offending value. {@link #toString()} gives the line a user sees:
 * {@code site.json: agency.email: must be an e-mail address, but was 'ubnd@'}.
 *
 * <p>Example:
 * <pre>{@code
 * for (ConfigProblem problem : e.problems()) {
 *     // site.json: agency.email: must be an e-mail address, but was 'ubnd mauson'
 *     System.err.println(problem.source() + ": " + problem.path() + ": " + problem.message());
 * }
 * }</pre>
 */
public record ConfigProblem(String source, String path, String message) {

    public ConfigProblem {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(message, "message");
    }

    @Override
    public String toString() {
        return path.isEmpty() ? source + ": " + message : source + ": " + path + ": " + message;
    }
}

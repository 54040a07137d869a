package dev.congkit.core.model;

import java.util.List;
import java.util.stream.Collectors;

/**
 * Thrown by a model constructor with every rule its arguments break, not only the first.
 *
 * <p>Example:
 * <pre>{@code
 * try {
 *     Email.of("ubnd mauson");
 * } catch (ValidationException e) {
 *     e.violations();   // [: must be an e-mail address, but was 'ubnd mauson']
 * }
 * }</pre>
 */
public final class ValidationException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    private final transient List<Violation> violations;

    public ValidationException(List<Violation> violations) {
        super(violations.stream().map(Violation::toString).collect(Collectors.joining("; ")));
        if (violations.isEmpty()) {
            throw new IllegalArgumentException("a ValidationException needs at least one violation");
        }
        this.violations = List.copyOf(violations);
    }

    public static ValidationException of(String path, String message) {
        return new ValidationException(List.of(new Violation(path, message)));
    }

    public static ValidationException of(String path, dev.congkit.core.i18n.Bilingual text) {
        return new ValidationException(List.of(new Violation(path, text)));
    }

    public List<Violation> violations() {
        return violations;
    }
}

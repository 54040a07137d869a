package dev.congkit.feedback;

import java.util.List;
import java.util.Objects;

/**
 * What is wrong with one field of the form: the message's key in the bundles and its arguments,
 * shown next to the field in the citizen's language.
 *
 * <p>Example:
 * <pre>{@code
 * new FieldProblem(FeedbackField.EMAIL, "feedback.error.email", List.of());
 * }</pre>
 */
public record FieldProblem(FeedbackField field, String key, List<Object> args) {

    public FieldProblem {
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(key, "key");
        args = List.copyOf(args);
    }
}

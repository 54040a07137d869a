package dev.congkit.feedback;

import java.time.Instant;
import java.util.Objects;

/**
 * An answered message the staff chose to publish: the question as they rewrote it without personal
 * data, and the answer. Nothing else of the message (not its subject, not its code) leaves the store.
 *
 * <p>Example:
 * <pre>{@code
 * store.questions(host).forEach(q -> System.out.println(q.question() + " → " + q.answer()));
 * }</pre>
 */
public record PublicQuestion(String question, String answer, Instant receivedAt, Instant answeredAt) {

    public PublicQuestion {
        Objects.requireNonNull(question, "question");
        Objects.requireNonNull(answer, "answer");
        Objects.requireNonNull(receivedAt, "receivedAt");
        Objects.requireNonNull(answeredAt, "answeredAt");
    }
}

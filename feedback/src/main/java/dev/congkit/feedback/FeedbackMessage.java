package dev.congkit.feedback;

import java.time.Instant;
import java.util.Objects;

/**
 * A received message as the staff see it, personal data included: only the staff pages, behind a
 * {@link FeedbackAuthorizer}, ever show it.
 *
 * <p>Example:
 * <pre>{@code
 * for (FeedbackMessage m : store.received(host, 0, 50)) {
 *     System.out.println(m.code() + " " + m.status() + " " + m.submission().subject());
 * }
 * }</pre>
 *
 * @param fileName      the attached file's name, or {@code null}
 * @param fileSize      its size in bytes (0 without one)
 * @param publicQuestion the question as published in the public Q&amp;A (personal data removed), or {@code null} while unpublished
 */
public record FeedbackMessage(TrackingCode code, Instant receivedAt, FeedbackSubmission submission, String fileName, String fileType,
                              int fileSize, FeedbackStatus status, String note, Instant updatedAt, String publicQuestion) {

    public FeedbackMessage {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(receivedAt, "receivedAt");
        Objects.requireNonNull(submission, "submission");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(updatedAt, "updatedAt");
    }

    /** What anyone holding the code may see. */
    public FeedbackProgress progress() {
        return new FeedbackProgress(code, receivedAt, status, note, updatedAt);
    }

    public boolean published() {
        return publicQuestion != null;
    }
}

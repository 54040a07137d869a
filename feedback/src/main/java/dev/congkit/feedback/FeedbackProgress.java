package dev.congkit.feedback;

import java.time.Instant;
import java.util.Objects;

/**
 * What the status page shows for a code: when the message came, where it stands and the note that
 * goes with that (the answer, the reason for not taking it, the body it went to). It holds nothing
 * the citizen wrote and no personal data, since anyone with the code may read it.
 *
 * <p>Example:
 * <pre>{@code
 * sink.progress(host, code).map(FeedbackProgress::status);   // Optional[ANSWERED]
 * }</pre>
 */
public record FeedbackProgress(TrackingCode code, Instant receivedAt, FeedbackStatus status, String note, Instant updatedAt) {

    public FeedbackProgress {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(receivedAt, "receivedAt");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(updatedAt, "updatedAt");
        note = note == null || note.isBlank() ? null : note;
    }
}

package dev.congkit.feedback;

/**
 * A message or a rating could not be kept or read (the database is unreachable, say). The message
 * names what was being done; it never holds what the citizen wrote.
 *
 * <p>Example:
 * <pre>{@code
 * throw new FeedbackException("the CổngKit store: cannot keep a message for mauson.thanhhoa.gov.vn", cause);
 * }</pre>
 */
public class FeedbackException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public FeedbackException(String message, Throwable cause) {
        super(message, cause);
    }
}

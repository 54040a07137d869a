package dev.congkit.feedback;

import java.util.Optional;

/**
 * Where the form's messages go. {@link FeedbackStore} keeps them in the CổngKit store; a vendor may
 * route them to their own system or to the province's feedback system instead, answering the status
 * page from there. A sink must not log the personal data it is given.
 *
 * <p>Example:
 * <pre>{@code
 * FeedbackSink province = new FeedbackSink() {
 *     public TrackingCode submit(String host, FeedbackSubmission message, FeedbackFile file) {
 *         return provinceClient.send(host, message, file);        // the vendor's own client
 *     }
 *     public Optional<FeedbackProgress> progress(String host, TrackingCode code) {
 *         return provinceClient.progress(code);
 *     }
 * };
 * }</pre>
 */
public interface FeedbackSink {

    /**
     * Takes a message that passed the form's checks and returns the code the citizen is given.
     *
     * @param host the site's host, e.g. {@code mauson.thanhhoa.gov.vn}
     * @param file the checked attachment, or {@code null}
     * @throws FeedbackException when the message cannot be kept now; the citizen is asked to try again
     */
    TrackingCode submit(String host, FeedbackSubmission message, FeedbackFile file);

    /** Where the message with {@code code} stands, or empty when the site has no such message. */
    Optional<FeedbackProgress> progress(String host, TrackingCode code);
}

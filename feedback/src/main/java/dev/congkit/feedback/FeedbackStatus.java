package dev.congkit.feedback;

/**
 * Where a citizen's message stands, as the status page tells it. A refusal carries its reason, an
 * answer its text and a transfer the body it went to ({@link #needsNote()}).
 *
 * <p>Example:
 * <pre>{@code
 * store.update(host, code, FeedbackStatus.ANSWERED, "Xã đã sửa đèn đường thôn Mẫu Sơn ngày 02/12/2026.", staff);
 * }</pre>
 */
public enum FeedbackStatus {
    /** Đã tiếp nhận: stored, not yet looked at. */
    RECEIVED,
    /** Đang xử lý. */
    IN_PROGRESS,
    /** Đã chuyển cơ quan có thẩm quyền: the note names the body. */
    FORWARDED,
    /** Không tiếp nhận: the note gives the reason. */
    NOT_ACCEPTED,
    /** Đã trả lời: the note is the answer. */
    ANSWERED;

    /** Whether this status must come with a note (reason, answer or the body it went to). */
    public boolean needsNote() {
        return this == FORWARDED || this == NOT_ACCEPTED || this == ANSWERED;
    }

    /** The status's key in the message bundles, e.g. {@code feedbackStatus.ANSWERED}. */
    public String labelKey() {
        return "feedbackStatus." + name();
    }
}

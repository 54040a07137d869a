package dev.congkit.feedback;

/**
 * A field of the feedback form, with the name it is posted under.
 *
 * <p>Example:
 * <pre>{@code
 * request.getParameter(FeedbackField.PHONE.param());   // "dien-thoai"
 * }</pre>
 */
public enum FeedbackField {
    NAME("ho-ten", 100),
    PHONE("dien-thoai", 20),
    EMAIL("email", 254),
    SUBJECT("tieu-de", 200),
    MESSAGE("noi-dung", 5000),
    FILE("tep", 0),
    CONSENT("dong-y", 8);

    private final String param;
    private final int maxLength;

    FeedbackField(String param, int maxLength) {
        this.param = param;
        this.maxLength = maxLength;
    }

    /** The form field's name and id suffix. */
    public String param() {
        return param;
    }

    /** The most characters the field takes (0 for the file). */
    public int maxLength() {
        return maxLength;
    }
}

package dev.congkit.feedback;

import java.util.Objects;

/**
 * A file sent with a message, after the checks: a JPEG re-encoded by the image module (which also
 * drops its metadata, a phone's GPS position among it) or a PDF as sent.
 *
 * <p>Example:
 * <pre>{@code
 * FeedbackFile photo = new FeedbackFile("den-duong.jpg", "image/jpeg", bytes);
 * }</pre>
 */
public record FeedbackFile(String fileName, String contentType, byte[] bytes) {

    public FeedbackFile {
        Objects.requireNonNull(fileName, "fileName");
        if (!"image/jpeg".equals(contentType) && !"application/pdf".equals(contentType)) {
            throw new IllegalArgumentException("contentType: must be image/jpeg or application/pdf, but was " + contentType);
        }
        bytes = bytes.clone();
    }

    @Override
    public byte[] bytes() {
        return bytes.clone();
    }

    public int size() {
        return bytes.length;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof FeedbackFile that && fileName.equals(that.fileName) && contentType.equals(that.contentType)
                && java.util.Arrays.equals(bytes, that.bytes);
    }

    @Override
    public int hashCode() {
        return Objects.hash(fileName, contentType, java.util.Arrays.hashCode(bytes));
    }

    @Override
    public String toString() {
        return "FeedbackFile[" + fileName + ", " + contentType + ", " + bytes.length + " bytes]";
    }
}

package dev.congkit.feedback.internal;

import dev.congkit.feedback.FeedbackFile;
import dev.congkit.image.ImageException;
import dev.congkit.image.ImageResizer;
import dev.congkit.image.OutputFormat;
import dev.congkit.image.ResizedImage;
import dev.congkit.image.Slot;

import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.Arrays;

/**
 * Checks a file sent with a message by its bytes, not its declared type: a JPEG, PNG or WebP goes through
 * the image module (pixel limits, re-encoded as a JPEG of at most 2048 px, its metadata dropped); a
 * PDF must start with {@code %PDF-} and end with {@code %%EOF}; anything else is refused.
 */
public final class Attachments {

    /** Why a file was refused, as the form names it: {@code type} or {@code broken}. */
    public static final class Refused extends Exception {
        private static final long serialVersionUID = 1L;
        private final String reason;

        Refused(String reason) {
            super(reason, null, false, false);
            this.reason = reason;
        }

        public String reason() {
            return reason;
        }
    }

    private final ImageResizer resizer;
    private final Slot slot;

    public Attachments(ImageResizer resizer, long maxBytes) {
        this.resizer = resizer;
        this.slot = new Slot("feedback-attachment", 2048, 2048, (int) Math.min(Integer.MAX_VALUE, Math.max(64 * 1024, maxBytes)), OutputFormat.JPEG);
    }

    public FeedbackFile check(String submittedName, byte[] bytes) throws Refused {
        String base = baseName(submittedName);
        boolean webp = bytes.length >= 12 && startsWith(bytes, new byte[] {'R', 'I', 'F', 'F'}) && bytes[8] == 'W' && bytes[9] == 'E' && bytes[10] == 'B'
                && bytes[11] == 'P';
        if (startsWith(bytes, new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF}) || startsWith(bytes, new byte[] {(byte) 0x89, 'P', 'N', 'G'}) || webp) {
            try {
                ResizedImage image = resizer.fit(base, bytes, slot);
                return new FeedbackFile(base + ".jpg", "image/jpeg", image.bytes());
            } catch (ImageException | RuntimeException e) {
                throw new Refused("broken");
            }
        }
        if (startsWith(bytes, "%PDF-".getBytes(StandardCharsets.US_ASCII))) {
            byte[] tail = Arrays.copyOfRange(bytes, Math.max(0, bytes.length - 1024), bytes.length);
            if (!new String(tail, StandardCharsets.ISO_8859_1).contains("%%EOF")) {
                throw new Refused("broken");
            }
            return new FeedbackFile(base + ".pdf", "application/pdf", bytes);
        }
        throw new Refused("type");
    }

    /** The sent name without folder or extension: letters, digits and hyphens, for the staff's download. */
    static String baseName(String submitted) {
        String name = submitted == null ? "" : submitted.replaceAll("^.*[/\\\\]", "").replaceFirst("\\.[^.]*$", "");
        String ascii = Normalizer.normalize(name.replace('đ', 'd').replace('Đ', 'D'), Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        String slug = ascii.replaceAll("[^A-Za-z0-9]+", "-").replaceAll("^-+|-+$", "");
        slug = slug.length() > 60 ? slug.substring(0, 60) : slug;
        return slug.isEmpty() ? "tep-dinh-kem" : slug;
    }

    private static boolean startsWith(byte[] bytes, byte[] prefix) {
        return bytes.length >= prefix.length && Arrays.equals(bytes, 0, prefix.length, prefix, 0, prefix.length);
    }
}

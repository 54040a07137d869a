package dev.congkit.image.internal;

import java.util.HexFormat;

/** Recognises image files by their first bytes, not by their names. Internal. */
public final class Formats {

    private Formats() {
    }

    /** "jpeg", "png", "gif", "bmp", "webp", "heif" (HEIC/HEIF/AVIF), or {@code null} when the bytes are no image we know. */
    public static String sniff(byte[] head, int length) {
        if (length >= 3 && (head[0] & 0xFF) == 0xFF && (head[1] & 0xFF) == 0xD8 && (head[2] & 0xFF) == 0xFF) {
            return "jpeg";
        }
        if (length >= 8 && (head[0] & 0xFF) == 0x89 && head[1] == 'P' && head[2] == 'N' && head[3] == 'G'
                && head[4] == 0x0D && head[5] == 0x0A && head[6] == 0x1A && head[7] == 0x0A) {
            return "png";
        }
        if (length >= 6 && head[0] == 'G' && head[1] == 'I' && head[2] == 'F' && head[3] == '8') {
            return "gif";
        }
        if (length >= 2 && head[0] == 'B' && head[1] == 'M') {
            return "bmp";
        }
        if (length >= 12 && head[0] == 'R' && head[1] == 'I' && head[2] == 'F' && head[3] == 'F'
                && head[8] == 'W' && head[9] == 'E' && head[10] == 'B' && head[11] == 'P') {
            return "webp";
        }
        if (length >= 12 && head[4] == 'f' && head[5] == 't' && head[6] == 'y' && head[7] == 'p') {
            String brand = new String(head, 8, 4, java.nio.charset.StandardCharsets.US_ASCII);
            if (java.util.Set.of("heic", "heix", "hevc", "hevx", "heim", "heis", "mif1", "msf1", "avif", "avis").contains(brand)) {
                return "heif";
            }
        }
        return null;
    }

    /** The first bytes in hex, for an error message. */
    public static String describe(byte[] head, int length) {
        return HexFormat.ofDelimiter(" ").withUpperCase().formatHex(head, 0, Math.min(4, Math.max(0, length)));
    }
}

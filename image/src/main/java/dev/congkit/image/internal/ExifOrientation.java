package dev.congkit.image.internal;

/**
 * Reads the EXIF orientation (TIFF tag 0x0112) from a JPEG's APP1 segment, so that a photo taken
 * with the camera turned is shown upright. Internal.
 */
public final class ExifOrientation {

    private ExifOrientation() {
    }

    /** The orientation 1–8 found in the first bytes of a JPEG, or 1 when there is none. */
    public static int read(byte[] jpeg, int length) {
        int offset = 2;
        while (offset + 4 <= length && (jpeg[offset] & 0xFF) == 0xFF) {
            int marker = jpeg[offset + 1] & 0xFF;
            int size = ((jpeg[offset + 2] & 0xFF) << 8) | (jpeg[offset + 3] & 0xFF);
            if (marker == 0xDA || size < 2) {
                return 1; // start of scan: no more metadata
            }
            int start = offset + 4;
            if (marker == 0xE1 && start + 6 <= length && jpeg[start] == 'E' && jpeg[start + 1] == 'x' && jpeg[start + 2] == 'i'
                    && jpeg[start + 3] == 'f') {
                return fromTiff(jpeg, start + 6, Math.min(length, offset + 2 + size));
            }
            offset += 2 + size;
        }
        return 1;
    }

    private static int fromTiff(byte[] data, int tiff, int end) {
        if (tiff + 8 > end) {
            return 1;
        }
        boolean little = data[tiff] == 'I' && data[tiff + 1] == 'I';
        int ifd = tiff + (int) unsigned(data, tiff + 4, 4, little);
        if (ifd + 2 > end || ifd < tiff) {
            return 1;
        }
        int entries = (int) unsigned(data, ifd, 2, little);
        for (int i = 0; i < entries; i++) {
            int entry = ifd + 2 + i * 12;
            if (entry + 12 > end) {
                return 1;
            }
            if (unsigned(data, entry, 2, little) == 0x0112) {
                int value = (int) unsigned(data, entry + 8, 2, little);
                return value >= 1 && value <= 8 ? value : 1;
            }
        }
        return 1;
    }

    private static long unsigned(byte[] data, int at, int bytes, boolean little) {
        long value = 0;
        for (int i = 0; i < bytes; i++) {
            int b = data[at + (little ? bytes - 1 - i : i)] & 0xFF;
            value = (value << 8) | b;
        }
        return value;
    }
}

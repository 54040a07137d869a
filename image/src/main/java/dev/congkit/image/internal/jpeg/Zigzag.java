package dev.congkit.image.internal.jpeg;

/** The zigzag order of T.81 Figure A.6: the natural (row-major) position of each coded coefficient. Internal. */
final class Zigzag {

    static final int[] NATURAL = {
        0, 1, 8, 16, 9, 2, 3, 10,
        17, 24, 32, 25, 18, 11, 4, 5,
        12, 19, 26, 33, 40, 48, 41, 34,
        27, 20, 13, 6, 7, 14, 21, 28,
        35, 42, 49, 56, 57, 50, 43, 36,
        29, 22, 15, 23, 30, 37, 44, 51,
        58, 59, 52, 45, 38, 31, 39, 46,
        53, 60, 61, 54, 47, 55, 62, 63,
    };

    /** The last row and column that coefficients 0 to {@code k} (zigzag order) reach. */
    static final int[] LAST_ROW = new int[64];
    static final int[] LAST_COLUMN = new int[64];

    static {
        int row = 0;
        int column = 0;
        for (int k = 0; k < 64; k++) {
            row = Math.max(row, NATURAL[k] >> 3);
            column = Math.max(column, NATURAL[k] & 7);
            LAST_ROW[k] = row;
            LAST_COLUMN[k] = column;
        }
    }

    private Zigzag() {
    }
}

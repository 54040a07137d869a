package dev.congkit.image.internal.jpeg;

/** One colour component of a frame: its sampling, tables, coefficients and output samples. Internal. */
final class Component {

    final int id;
    final int horizontal;
    final int vertical;
    final int quantizationTable;

    int dcTable;
    int acTable;
    int predictor;

    /** Blocks across and down that hold image samples, and the same padded to whole MCUs. */
    int blocksPerLine;
    int blocksPerColumn;
    int paddedBlocksPerLine;
    int paddedBlocksPerColumn;

    /** Quantized coefficients of every block (natural order), when the scans must be buffered. */
    short[] coefficients;

    /** Output: the IDCT size, the samples it gives across and down, and the upsampling to the image. */
    ScaledIdct idct;
    int sampleWidth;
    int sampleHeight;
    int upsampleH;
    int upsampleV;
    /** A ring of sample rows three MCU rows high, {@code planeWidth} samples wide. */
    byte[] plane;
    int planeWidth;
    int planeRows;

    Component(int id, int horizontal, int vertical, int quantizationTable) {
        this.id = id;
        this.horizontal = horizontal;
        this.vertical = vertical;
        this.quantizationTable = quantizationTable;
    }

    int rowOffset(int sampleRow) {
        return (sampleRow % planeRows) * planeWidth;
    }
}

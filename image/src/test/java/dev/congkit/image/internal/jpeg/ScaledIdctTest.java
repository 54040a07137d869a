package dev.congkit.image.internal.jpeg;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Each reduced transform gives what its definition gives: the average of the full 8 × 8 inverse DCT
 * over the pixels each output covers, computed here in double precision, within one level, on
 * random blocks from dense to DC-only.
 */
class ScaledIdctTest {

    @ParameterizedTest(name = "{0} × {0}")
    @ValueSource(ints = {1, 2, 4, 8})
    void theFastTransformIsTheDefinition(int size) {
        ScaledIdct idct = new ScaledIdct(size);
        Random random = new Random(size);
        float[] quantization = new float[64];
        for (int i = 0; i < 64; i++) {
            quantization[i] = 1 + random.nextInt(12);
        }
        float[] prepared = idct.prepare(quantization);
        float[] block = new float[64];
        byte[] out = new byte[64];
        int worst = 0;
        for (int trial = 0; trial < 2000; trial++) {
            java.util.Arrays.fill(block, 0);
            int last = random.nextInt(64);
            int lastRow = 0;
            int lastColumn = 0;
            for (int k = 0; k <= last; k++) {
                if (k == 0 || random.nextInt(3) == 0) {
                    int z = Zigzag.NATURAL[k];
                    block[z] = random.nextInt(k == 0 ? 200 : 60) - (k == 0 ? 100 : 30);
                }
            }
            for (int k = 0; k <= last; k++) {
                lastRow = Math.max(lastRow, Zigzag.NATURAL[k] >> 3);
                lastColumn = Math.max(lastColumn, Zigzag.NATURAL[k] & 7);
            }
            idct.transform(block, prepared, lastRow, lastColumn, out, 0, size);
            for (int y = 0; y < size; y++) {
                for (int x = 0; x < size; x++) {
                    int expected = reference(block, quantization, size, x, y);
                    worst = Math.max(worst, Math.abs(expected - (out[y * size + x] & 0xFF)));
                }
            }
        }
        assertTrue(worst <= 1, "worst difference from the definition: " + worst);
    }

    /** The mean of the full inverse DCT over the output pixel's pixels, level-shifted, rounded and clamped. */
    private static int reference(float[] block, float[] quantization, int size, int x, int y) {
        int group = 8 / size;
        double sum = 0;
        for (int py = y * group; py < (y + 1) * group; py++) {
            for (int px = x * group; px < (x + 1) * group; px++) {
                double value = 0;
                for (int v = 0; v < 8; v++) {
                    for (int u = 0; u < 8; u++) {
                        double cu = u == 0 ? Math.sqrt(0.5) : 1;
                        double cv = v == 0 ? Math.sqrt(0.5) : 1;
                        value += cu * cv / 4 * block[v * 8 + u] * quantization[v * 8 + u]
                                * Math.cos((2 * px + 1) * u * Math.PI / 16) * Math.cos((2 * py + 1) * v * Math.PI / 16);
                    }
                }
                sum += value;
            }
        }
        long level = Math.round(sum / (group * group) + 128);
        return (int) Math.max(0, Math.min(255, level));
    }
}

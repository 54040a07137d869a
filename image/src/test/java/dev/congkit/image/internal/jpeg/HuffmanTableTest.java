package dev.congkit.image.internal.jpeg;

import org.junit.jupiter.api.Test;

import java.awt.image.BufferedImage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Tables are kept by content between files: the same segment gives the same table, another never. */
class HuffmanTableTest {

    /** Two codes of one bit, then two of two bits: symbols 1, 2, 3, 4 (a table's 16 counts, then its values). */
    private static byte[] segment(int lastSymbol) {
        byte[] data = new byte[16 + 4];
        data[0] = 1;
        data[1] = 2;
        data[16] = 1;
        data[17] = 2;
        data[18] = 3;
        data[19] = (byte) lastSymbol;
        return data;
    }

    @Test
    void theSameSegmentAnywhereGivesTheSameTable() throws Exception {
        byte[] first = segment(4);
        byte[] shifted = new byte[first.length + 5];
        System.arraycopy(first, 0, shifted, 5, first.length);
        assertSame(HuffmanTable.of(first, 0, 4), HuffmanTable.of(shifted, 5, 4));
    }

    @Test
    void anotherSymbolGivesAnotherTable() throws Exception {
        HuffmanTable four = HuffmanTable.of(segment(4), 0, 4);
        HuffmanTable nine = HuffmanTable.of(segment(9), 0, 4);
        assertNotSame(four, nine);
        assertEquals(4, four.values[3]);
        assertEquals(9, nine.values[3]);
    }

    @Test
    void anImpossibleTableIsRefusedEveryTime() {
        byte[] data = new byte[16 + 3];
        data[0] = 3;   // three codes of one bit: there are only two
        assertThrows(JpegCorruptException.class, () -> HuffmanTable.of(data, 0, 3));
        assertThrows(JpegCorruptException.class, () -> HuffmanTable.of(data, 0, 3));
    }

    @Test
    void filesWithDifferentTablesInTurnEachDecodeAsTheJdkDoes() throws Exception {
        BufferedImage picture = Jpegs.picture(211, 97, 5, false);
        // the JDK writes its standard tables in a baseline file and tables made for the picture in a progressive one
        byte[][] files = {
            Jpegs.write(picture, new int[] {2, 2}, false, 0, 0.9f),
            Jpegs.write(picture, new int[] {2, 2}, true, 0, 0.9f),
            Jpegs.write(Jpegs.picture(211, 97, 6, false), new int[] {1, 1}, true, 3, 0.6f),
            Jpegs.write(picture, new int[] {2, 2}, false, 0, 0.9f),
        };
        for (int round = 0; round < 2; round++) {
            for (byte[] jpeg : files) {
                BufferedImage expected = JpegDecoderTest.jdkDecode(jpeg);
                BufferedImage actual = JpegDecoderTest.decode(jpeg, 1);
                double psnr = JpegDecoderTest.psnr(expected, actual);
                assertTrue(JpegDecoderTest.maxDifference(expected, actual) <= 1 || psnr >= 45, "PSNR " + psnr);
            }
        }
    }
}

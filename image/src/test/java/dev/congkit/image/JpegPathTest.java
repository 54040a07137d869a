package dev.congkit.image;

import dev.congkit.image.internal.Decoder;
import dev.congkit.image.internal.jpeg.JpegDecoder;
import dev.congkit.image.internal.jpeg.JpegUnsupportedException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageOutputStream;
import java.awt.Color;
import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.awt.image.BufferedImage;
import java.awt.image.DataBuffer;
import java.awt.image.Raster;
import java.awt.image.WritableRaster;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * JPEGs go through CổngKit's own decoder with the same results as through the JDK's: colour
 * spaces (embedded profiles, CMYK and YCCK as Adobe writes them), the box step on load, and files it
 * leaves to the JDK (arithmetic coding, 12-bit, lossless) still refused or read as before.
 */
class JpegPathTest {

    private final ImageResizer resizer = ImageResizer.create();

    @AfterEach
    void ownDecoder() {
        System.clearProperty(Decoder.JDK_JPEG_PROPERTY);
    }

    private BufferedImage both(String name, byte[] jpeg, Slot slot, BufferedImage[] jdk) throws Exception {
        BufferedImage ours = ImageIO.read(new ByteArrayInputStream(resizer.fit(name, jpeg, slot).bytes()));
        System.setProperty(Decoder.JDK_JPEG_PROPERTY, "true");
        try {
            jdk[0] = ImageIO.read(new ByteArrayInputStream(resizer.fit(name, jpeg, slot).bytes()));
        } finally {
            System.clearProperty(Decoder.JDK_JPEG_PROPERTY);
        }
        return ours;
    }

    /** 200 × 100 of one slate blue, (96, 128, 160). */
    private static BufferedImage slate() {
        BufferedImage image = new BufferedImage(200, 100, BufferedImage.TYPE_INT_RGB);
        java.awt.Graphics2D g = image.createGraphics();
        g.setColor(new Color(96, 128, 160));
        g.fillRect(0, 0, 200, 100);
        g.dispose();
        return image;
    }

    private static Color centre(BufferedImage image) {
        return new Color(image.getRGB(image.getWidth() / 2, image.getHeight() / 2));
    }

    private static boolean close(Color a, Color b, int tolerance) {
        return Math.abs(a.getRed() - b.getRed()) <= tolerance && Math.abs(a.getGreen() - b.getGreen()) <= tolerance
                && Math.abs(a.getBlue() - b.getBlue()) <= tolerance;
    }

    @ParameterizedTest(name = "{0} × {1} into {2} px")
    @CsvSource({
            "2400, 1600, 120, 80",   // 1/8 in the DCT domain, then Lanczos on the YCbCr rows, converted to RGB at the end
            "4000, 2400, 100, 60"})  // 1/8 still leaves five times the target: a box step of 2 on packed RGB, then Lanczos
    void aPhotoReducedOnLoadLooksAsThroughTheJdkDecoder(int width, int height, int slot, int expectedHeight) throws Exception {
        byte[] jpeg = TestImages.jpeg(TestImages.photo(width, height, width / 100), 0.9f);
        BufferedImage[] jdk = new BufferedImage[1];
        BufferedImage ours = both("anh-le-hoi.jpg", jpeg, new Slot("nho", slot, slot, 1_000_000, OutputFormat.JPEG), jdk);
        assertEquals(slot, ours.getWidth());
        assertEquals(expectedHeight, ours.getHeight());
        assertEquals(jdk[0].getWidth(), ours.getWidth());
        double psnr = TestImages.psnr(jdk[0], ours);
        assertTrue(psnr >= 30, "PSNR against the JDK path: " + psnr + " dB");
    }

    @Test
    void anEmbeddedProfileIsConvertedToSrgbAsBefore() throws Exception {
        byte[] jpeg = withIcc(TestImages.jpeg(slate(), 0.95f), ICC_Profile.getInstance(ColorSpace.CS_LINEAR_RGB).getData());
        BufferedImage[] jdk = new BufferedImage[1];
        BufferedImage ours = both("anh-linear.jpg", jpeg, Slots.defaults().get("news"), jdk);
        Color converted = centre(ours);
        assertTrue(converted.getGreen() > 160, "linear-light values brightened into sRGB: " + converted);
        assertTrue(close(converted, centre(jdk[0]), 4), converted + " as the JDK path's " + centre(jdk[0]));
    }

    @Test
    void anEmbeddedSrgbProfileChangesNothing() throws Exception {
        byte[] jpeg = withIcc(TestImages.jpeg(slate(), 0.95f), ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData());
        Color kept = centre(ImageIO.read(new ByteArrayInputStream(resizer.fit("anh-srgb.jpg", jpeg, Slots.defaults().get("news")).bytes())));
        assertTrue(close(kept, new Color(96, 128, 160), 3), "unchanged: " + kept);
    }

    @Test
    void ycckAsAdobeWritesItIsReadInColour() throws Exception {
        // ink: full cyan; Adobe's YCCK stores the inverted CMY as RGB (here red), in YCbCr, and K inverted
        byte[] jpeg = fourChannel(320, 240, new int[] {76, 85, 255, 255}, 2);
        BufferedImage[] jdk = new BufferedImage[1];
        BufferedImage ours = both("ycck.jpg", jpeg, Slots.defaults().get("news"), jdk);
        Color c = centre(ours);
        assertTrue(c.getRed() < 80 && c.getGreen() > 150 && c.getBlue() > 180, "cyan: " + c);
        assertTrue(close(c, centre(jdk[0]), 12), c + " as the JDK path's " + centre(jdk[0]));
    }

    @Test
    void cmykAsAdobeWritesItIsReadAsThroughTheJdk() throws Exception {
        byte[] jpeg = fourChannel(320, 240, new int[] {255, 100, 255, 230}, 0);
        BufferedImage[] jdk = new BufferedImage[1];
        BufferedImage ours = both("cmyk-magenta.jpg", jpeg, Slots.defaults().get("news"), jdk);
        assertTrue(close(centre(ours), centre(jdk[0]), 12), centre(ours) + " as the JDK path's " + centre(jdk[0]));
    }

    @Test
    void jpegsItLeavesToTheJdkAreStillRefusedWithAMessage() throws Exception {
        byte[] baseline = TestImages.jpeg(TestImages.photo(64, 48, 3), 0.9f);
        for (int[] change : new int[][] {{0xC9, -1}, {0xC3, -1}, {0xC0, 12}}) {
            byte[] patched = baseline.clone();
            int sof = segment(patched, 0xC0);
            patched[sof + 1] = (byte) change[0];
            if (change[1] > 0) {
                patched[sof + 4] = (byte) change[1];
            }
            assertThrows(JpegUnsupportedException.class, () -> JpegDecoder.open(new ByteArrayInputStream(patched)));
            ImageException refused = assertThrows(ImageException.class, () -> resizer.fit("anh-cu.jpg", patched, Slots.defaults().get("news")));
            assertTrue(refused.getMessage().startsWith("anh-cu.jpg"), refused.getMessage());
        }
    }

    @Test
    void aCutOffJpegIsRefusedAsTruncated() throws Exception {
        byte[] jpeg = TestImages.jpeg(TestImages.photo(640, 480, 5), 0.9f);
        byte[] cut = java.util.Arrays.copyOf(jpeg, jpeg.length / 2);
        ImageException refused = assertThrows(ImageException.class, () -> resizer.fit("anh-dut.jpg", cut, Slots.defaults().get("news")));
        assertTrue(refused.getMessage().startsWith("anh-dut.jpg: is truncated or corrupt"), refused.getMessage());
    }

    @Test
    void aProgressiveJpegCutBetweenScansIsRefusedAsTruncated() throws Exception {
        byte[] jpeg = dev.congkit.image.internal.Encoder.jpeg(TestImages.photo(320, 240, 6), 0.9f, new int[] {2, 2}, true, 0);
        int lastScan = -1;
        for (int i = 2; i + 1 < jpeg.length; i++) {
            if ((jpeg[i] & 0xFF) == 0xFF && (jpeg[i + 1] & 0xFF) == 0xDA) {
                lastScan = i;
            }
        }
        byte[] cut = java.util.Arrays.copyOf(jpeg, lastScan);
        ImageException refused = assertThrows(ImageException.class, () -> resizer.fit("anh-tung-lop.jpg", cut, Slots.defaults().get("news")));
        assertTrue(refused.getMessage().startsWith("anh-tung-lop.jpg: is truncated or corrupt"), refused.getMessage());
    }

    /** A 4-channel JPEG of one colour (the samples as stored) with an Adobe APP14 marker of the given transform. */
    private static byte[] fourChannel(int width, int height, int[] stored, int transform) throws IOException {
        WritableRaster raster = Raster.createInterleavedRaster(DataBuffer.TYPE_BYTE, width, height, 4, null);
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                raster.setPixel(x, y, stored);
            }
        }
        ImageWriter writer = dev.congkit.image.internal.Encoder.jdkJpegWriter();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ImageOutputStream stream = ImageIO.createImageOutputStream(out)) {
            writer.setOutput(stream);
            writer.write(null, new IIOImage(raster, null, null), null);
        } finally {
            writer.dispose();
        }
        byte[] plain = out.toByteArray();
        byte[] adobe = {(byte) 0xFF, (byte) 0xEE, 0, 14, 'A', 'd', 'o', 'b', 'e', 0, 100, 0, 0, 0, 0, (byte) transform};
        return ByteBuffer.allocate(plain.length + adobe.length).put(plain, 0, 2).put(adobe).put(plain, 2, plain.length - 2).array();
    }

    private static byte[] withIcc(byte[] jpeg, byte[] profile) {
        byte[] tag = "ICC_PROFILE\0".getBytes(StandardCharsets.US_ASCII);
        int length = 2 + tag.length + 2 + profile.length;
        ByteBuffer out = ByteBuffer.allocate(jpeg.length + 2 + length);
        out.put(jpeg, 0, 2).put((byte) 0xFF).put((byte) 0xE2).putShort((short) length).put(tag).put((byte) 1).put((byte) 1).put(profile)
                .put(jpeg, 2, jpeg.length - 2);
        return out.array();
    }

    private static int segment(byte[] data, int code) {
        int at = 2;
        while (at + 4 <= data.length) {
            if ((data[at + 1] & 0xFF) == code) {
                return at;
            }
            at += 2 + (((data[at + 2] & 0xFF) << 8) | (data[at + 3] & 0xFF));
        }
        throw new IllegalStateException("no marker " + Integer.toHexString(code));
    }
}

package dev.congkit.image.internal;

import dev.congkit.image.ImageException;
import dev.congkit.image.ImageLimits;
import dev.congkit.image.ImageResizer;
import dev.congkit.image.ResizedImage;
import dev.congkit.image.Slots;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageOutputStream;
import java.awt.Transparency;
import java.awt.color.ColorSpace;
import java.awt.image.BufferedImage;
import java.awt.image.ComponentColorModel;
import java.awt.image.DataBuffer;
import java.awt.image.WritableRaster;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The decoder counts what a decode really takes: the reader's own sample model, and a progressive JPEG's native coefficients. */
class DecoderMemoryTest {

    private static byte[] jpeg(int width, int height, boolean progressive) throws IOException {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < height; y += 8) {
            for (int x = 0; x < width; x += 8) {
                image.setRGB(x, y, (x * 31 + y * 17) & 0xffffff);
            }
        }
        ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ImageOutputStream out = ImageIO.createImageOutputStream(bytes)) {
            writer.setOutput(out);
            ImageWriteParam param = writer.getDefaultWriteParam();
            if (progressive) {
                param.setProgressiveMode(ImageWriteParam.MODE_DEFAULT);
            }
            writer.write(null, new IIOImage(image, null, null), param);
        } finally {
            writer.dispose();
        }
        return bytes.toByteArray();
    }

    /** A 16-bit-per-channel RGBA PNG with a smooth gradient (small on disk, 8 bytes a pixel decoded). */
    static byte[] png16(int width, int height) throws IOException {
        ComponentColorModel colours = new ComponentColorModel(ColorSpace.getInstance(ColorSpace.CS_sRGB), new int[] {16, 16, 16, 16},
                true, false, Transparency.TRANSLUCENT, DataBuffer.TYPE_USHORT);
        WritableRaster raster = colours.createCompatibleWritableRaster(width, height);
        int[] pixel = new int[4];
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                pixel[0] = x * 65535 / width;
                pixel[1] = y * 65535 / height;
                pixel[2] = 20000;
                pixel[3] = 65535;
                raster.setPixel(x, y, pixel);
            }
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        ImageIO.write(new BufferedImage(colours, raster, false, null), "png", bytes);
        return bytes.toByteArray();
    }

    @Test
    void aProgressiveJpegCountsItsCoefficientsAndABaselineOneDoesNot() throws IOException {
        byte[] progressive = jpeg(4000, 3000, true);
        byte[] baseline = jpeg(4000, 3000, false);
        long coefficients = Decoder.progressiveCoefficientBytes(progressive, progressive.length);
        // 4:2:0: the luma plane at full size and two chroma planes at a quarter, 64 two-byte coefficients a block
        long expected = (500L * 376 + 2L * 250 * 188) * 64 * 2;
        assertEquals(expected, coefficients, "coefficient bytes of a 4000 × 3000 progressive JPEG");
        assertEquals(0, Decoder.progressiveCoefficientBytes(baseline, baseline.length));
    }

    @Test
    void aProgressiveJpegOverTheBudgetIsRefusedSayingWhy() throws IOException, ImageException {
        byte[] progressive = jpeg(4000, 3000, true);
        ImageResizer small = ImageResizer.withLimits(new ImageLimits(ImageLimits.DEFAULT_MAX_PIXELS, 16L << 20, 1));
        ImageException refused = assertThrows(ImageException.class, () -> small.fit("anh-tien-trinh.jpg", progressive, Slots.defaults().get("news")));
        assertTrue(refused.getMessage().contains("anh-tien-trinh.jpg") && refused.getMessage().contains("progressive JPEG")
                && refused.getMessage().contains("needs 35 MiB") && refused.getMessage().contains("16 MiB"), refused.getMessage());
        ResizedImage fitted = ImageResizer.withLimits(new ImageLimits(ImageLimits.DEFAULT_MAX_PIXELS, 64L << 20, 1))
                .fit("anh-tien-trinh.jpg", progressive, Slots.defaults().get("news"));
        assertTrue(fitted.width() <= 1200, "resized within a budget that holds its coefficients");
    }

    @Test
    void aSixteenBitPngCountsEightBytesAPixel() throws IOException {
        byte[] png = png16(64, 48);
        try (var stream = ImageIO.createImageInputStream(new java.io.ByteArrayInputStream(png))) {
            var reader = ImageIO.getImageReaders(stream).next();
            reader.setInput(stream);
            assertEquals(8, Decoder.bytesPerPixel(reader, "png"));
            reader.dispose();
        }
    }

    /** Run in a child JVM: fits the file given to the news slot and prints the result's size. */
    public static void main(String[] args) throws Exception {
        ResizedImage image = ImageResizer.create().fit(Path.of(args[0]), Slots.defaults().get("news"));
        System.out.println("fitted " + image.width() + "x" + image.height());
    }

    @Test
    void a24MegapixelJpegIsResizedWithin64MiB(@TempDir Path dir) throws IOException, InterruptedException {
        // decoded one MCU row at a time at 1/4 scale: the heap holds the reduced image, not the photo
        Path file = dir.resolve("anh-24mp.jpg");
        Files.write(file, jpeg(6000, 4000, false));
        String output = fitIn64MiB(file);
        assertTrue(output.contains("fitted 1200x800"), output);
    }

    private static String fitIn64MiB(Path file) throws IOException, InterruptedException {
        Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx64m",
                "-XX:+ExitOnOutOfMemoryError", "-Djava.awt.headless=true", "-cp", System.getProperty("java.class.path"),
                DecoderMemoryTest.class.getName(), file.toString()).redirectErrorStream(true).start();
        String output;
        try (InputStream out = child.getInputStream()) {
            output = new String(out.readAllBytes(), StandardCharsets.UTF_8);
        }
        assertTrue(child.waitFor(2, TimeUnit.MINUTES));
        assertEquals(0, child.exitValue(), output);
        return output;
    }

    @Test
    void aLargeSixteenBitPngIsResizedWithin64MiB(@TempDir Path dir) throws IOException, InterruptedException {
        Path file = dir.resolve("ban-do-16bit.png");
        Files.write(file, png16(4000, 3000));
        String output = fitIn64MiB(file);
        assertTrue(output.contains("fitted 1200x900"), output);
    }
}

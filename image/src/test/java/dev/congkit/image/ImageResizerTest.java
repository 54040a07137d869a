package dev.congkit.image;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import javax.imageio.ImageIO;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** IMAGE-BUDGET: the resizer on images made in the test, each awkward case of the issue. */
class ImageResizerTest {

    private final ImageResizer resizer = ImageResizer.create();
    private final Slot news = Slots.defaults().get("news");

    private static BufferedImage read(ResizedImage image) throws IOException {
        return ImageIO.read(new ByteArrayInputStream(image.bytes()));
    }

    private static Color color(BufferedImage image, int x, int y) {
        return new Color(image.getRGB(x, y));
    }

    @Test
    void exifOrientationIsApplied() throws Exception {
        byte[] rotated = TestImages.withExif(TestImages.jpeg(TestImages.halves(400, 200), 0.9f), 6);
        ResizedImage out = resizer.fit("xoay.jpg", rotated, news);
        assertEquals(200, out.width());
        assertEquals(400, out.height());
        BufferedImage image = read(out);
        assertTrue(color(image, 100, 50).getRed() > 200 && color(image, 100, 50).getBlue() < 60, "the left half is now on top");
        assertTrue(color(image, 100, 350).getBlue() > 200 && color(image, 100, 350).getRed() < 60);
    }

    @Test
    void metadataIsStripped() throws Exception {
        byte[] withGps = TestImages.withExif(TestImages.jpeg(TestImages.halves(400, 200), 0.9f), 1);
        assertTrue(new String(withGps, StandardCharsets.ISO_8859_1).contains("GPS 20.0333N"));
        byte[] out = resizer.fit("gps.jpg", withGps, news).bytes();
        String text = new String(out, StandardCharsets.ISO_8859_1);
        assertFalse(text.contains("Exif") || text.contains("GPS"), "no EXIF, no position");
    }

    @Test
    void cmykJpegIsReadInColour() throws Exception {
        BufferedImage image = read(resizer.fit("cmyk.jpg", TestImages.cmykCyan(320, 240), news));
        Color c = color(image, 160, 120);
        assertTrue(c.getRed() < 80 && c.getGreen() > 150 && c.getBlue() > 180, "cyan, not inverted or black: " + c);
    }

    @Test
    void transparentPngBecomesJpegOnWhite() throws Exception {
        BufferedImage logo = new BufferedImage(300, 200, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = logo.createGraphics();
        g.setColor(new Color(165, 14, 14));
        g.fillOval(100, 50, 100, 100);
        g.dispose();
        ResizedImage out = resizer.fit("logo.png", TestImages.png(logo), Slots.defaults().get("banner-right"));
        assertEquals(OutputFormat.JPEG, out.format());
        BufferedImage image = read(out);
        Color corner = color(image, 2, 2);
        assertTrue(corner.getRed() > 245 && corner.getGreen() > 245 && corner.getBlue() > 245, "white, not black: " + corner);
        ResizedImage kept = resizer.fit("logo.png", TestImages.png(logo), Slots.defaults().get("logo"));
        assertEquals(OutputFormat.PNG, kept.format());
        assertEquals(0, read(kept).getRGB(1, 1) >>> 24, "the logo slot keeps transparency");
    }

    @Test
    void progressiveJpegIsReadLikeABaselineOne() throws Exception {
        javax.imageio.ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
        try (var stream = ImageIO.createImageOutputStream(bytes)) {
            writer.setOutput(stream);
            javax.imageio.ImageWriteParam param = writer.getDefaultWriteParam();
            param.setProgressiveMode(javax.imageio.ImageWriteParam.MODE_DEFAULT);
            writer.write(null, new javax.imageio.IIOImage(TestImages.halves(2400, 1200), null, null), param);
        }
        BufferedImage image = read(resizer.fit("progressive.jpg", bytes.toByteArray(), Slots.defaults().get("thumbnail")));
        assertEquals(320, image.getWidth());
        assertTrue(color(image, 40, 80).getRed() > 200 && color(image, 280, 80).getBlue() > 200, "left red, right blue");
    }

    @Test
    void encodingNeedsNoTemporaryFiles(@TempDir Path dir) throws Exception {
        // a container whose temporary folder is gone or read-only still gets its images: output is built in memory
        byte[] photo = TestImages.jpeg(TestImages.halves(400, 200), 0.9f);
        Slot logo = new Slot("logo", 100, 100, 100_000, OutputFormat.PNG);
        Path gone = Files.createDirectory(dir.resolve("cache"));
        ImageIO.setCacheDirectory(gone.toFile());
        Files.delete(gone);
        try {
            assertEquals(OutputFormat.JPEG, resizer.fit("anh.jpg", photo, news).format());
            assertEquals(OutputFormat.PNG, resizer.fit("logo.jpg", photo, logo).format());
        } finally {
            ImageIO.setCacheDirectory(null);
        }
    }

    @Test
    void hugeHeaderIsRefusedBeforeDecoding() {
        ImageException e = assertThrows(ImageException.class, () -> resizer.fit("khong-lo.png", TestImages.pngHeaderOnly(20_000, 20_000), news));
        assertEquals("khong-lo.png: is 20000 × 20000 pixels (400 megapixels), over the limit of 50 megapixels", e.getMessage());
    }

    @Test
    void truncatedJpegIsAClearError() throws Exception {
        byte[] full = TestImages.jpeg(TestImages.photo(400, 300, 1), 0.9f);
        byte[] half = Arrays.copyOf(full, full.length / 2);
        ImageException e = assertThrows(ImageException.class, () -> resizer.fit("cut.jpg", half, news));
        assertTrue(e.getMessage().startsWith("cut.jpg: is truncated or corrupt ("), e.getMessage());
    }

    /** WebP as phones and browsers save it, lossy and lossless, is read and fitted like any other image; HEIC is refused, saying how to fix it. */
    @Test
    void webpIsReadAndHeicIsRefusedWithAWayOut() throws Exception {
        for (String name : new String[] {"halves-lossy.webp", "halves-lossless.webp"}) {
            byte[] webp;
            try (var in = getClass().getResourceAsStream("/dev/congkit/image/" + name)) {
                webp = in.readAllBytes();
            }
            ResizedImage fitted = resizer.fit(name, webp, news);
            assertEquals(OutputFormat.JPEG, fitted.format());
            java.awt.image.BufferedImage out = javax.imageio.ImageIO.read(new java.io.ByteArrayInputStream(fitted.bytes()));
            assertEquals(400, out.getWidth(), name);
            assertEquals(300, out.getHeight(), name);
            int left = out.getRGB(50, 150);
            int right = out.getRGB(350, 150);
            assertTrue(((left >> 16) & 0xFF) > 140 && (left & 0xFF) < 60, name + ": the left half stays red, was " + Integer.toHexString(left));
            assertTrue((right & 0xFF) > 130 && ((right >> 16) & 0xFF) < 60, name + ": the right half stays blue, was " + Integer.toHexString(right));
        }
        byte[] heic = new byte[64];
        System.arraycopy(new byte[] {0, 0, 0, 24, 'f', 't', 'y', 'p', 'h', 'e', 'i', 'c'}, 0, heic, 0, 12);
        ImageException e = assertThrows(ImageException.class, () -> resizer.fit("IMG_0042.HEIC", heic, news));
        assertTrue(e.getMessage().startsWith("IMG_0042.HEIC: is a HEIC/HEIF or AVIF photo (as iPhones save them), which cannot be read here; save it as JPEG"),
                e.getMessage());
    }

    @Test
    void textFileNamedJpgIsNotAnImage() {
        byte[] text = "<!DOCTYPE html><html>không phải ảnh</html>".getBytes(StandardCharsets.UTF_8);
        ImageException e = assertThrows(ImageException.class, () -> resizer.fit("anh.jpg", text, news));
        assertEquals("anh.jpg: is not an image: it starts with 3C 21 44 4F, not with the signature of a JPEG, PNG, GIF, BMP or WebP file", e.getMessage());
        assertEquals("empty.jpg: is empty, not an image", assertThrows(ImageException.class, () -> resizer.fit("empty.jpg", new byte[0], news)).getMessage());
    }

    @Test
    void aTightByteBudgetIsMetByLoweringQuality() throws Exception {
        byte[] photo = TestImages.jpeg(TestImages.photo(1600, 1200, 7), 0.95f);
        Slot tight = new Slot("tight", 1200, 1200, 90_000, OutputFormat.JPEG);
        ResizedImage out = resizer.fit("photo.jpg", photo, tight);
        assertTrue(out.size() <= 90_000, out.size() + " bytes");
        assertEquals(1200, out.width());
        assertTrue(out.quality() < 0.85f, "quality was lowered to " + out.quality());
        ResizedImage roomy = resizer.fit("photo.jpg", photo, news);
        assertEquals(0.85f, roomy.quality());
    }

    @Test
    void resultsFitTheSlotAndKeepTheAspectRatio() throws Exception {
        ResizedImage out = resizer.fit("wide.jpg", TestImages.jpeg(TestImages.photo(3000, 1000, 3), 0.9f), news);
        assertEquals(1200, out.width());
        assertEquals(400, out.height());
        ResizedImage small = resizer.fit("small.jpg", TestImages.jpeg(TestImages.photo(300, 200, 3), 0.9f), news);
        assertEquals(300, small.width(), "never enlarged");
    }

    @Test
    void variantsForSrcset(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("anh.jpg");
        Files.write(file, TestImages.jpeg(TestImages.photo(2000, 1500, 5), 0.9f));
        List<ResizedImage> variants = resizer.variants(file, news, 1200, 320, 640);
        assertEquals(List.of(320, 640, 1200), variants.stream().map(ResizedImage::width).toList());
    }

    @Test
    void aFailedWriteLeavesTheGoodFileAndNoDebris(@TempDir Path dir) throws Exception {
        Path good = dir.resolve("anh.jpg");
        Path input = dir.resolve("input.jpg");
        Files.write(input, TestImages.jpeg(TestImages.photo(800, 600, 2), 0.9f));
        resizer.write(input, news, good);
        byte[] before = Files.readAllBytes(good);
        Files.write(input, "not an image".getBytes(StandardCharsets.UTF_8));
        assertThrows(ImageException.class, () -> resizer.write(input, news, good));
        assertArrayEquals(before, Files.readAllBytes(good));
        try (var files = Files.list(dir)) {
            assertEquals(List.of("anh.jpg", "input.jpg"), files.map(p -> p.getFileName().toString()).sorted().toList());
        }
    }

    @Test
    void parallelResizesAreBoundedAndAllSucceed() throws Exception {
        ImageResizer two = ImageResizer.withLimits(ImageLimits.forConcurrency(2));
        byte[] photo = TestImages.jpeg(TestImages.photo(1600, 1200, 9), 0.9f);
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<ResizedImage>> results = pool.invokeAll(java.util.Collections.nCopies(8, () -> two.fit("p.jpg", photo, news)));
            for (Future<ResizedImage> result : results) {
                assertEquals(1200, result.get().width());
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void aHeadStartAlongsideABatchChangesNoResult() throws Exception {
        // the command line runs prepare() on a spare thread while the first photos are read: what they share must not mix
        byte[] photo = TestImages.jpeg(TestImages.photo(1600, 1200, 9), 0.9f);
        byte[] alone = resizer.fit("p.jpg", photo, news).bytes();
        ImageResizer two = ImageResizer.withLimits(ImageLimits.forConcurrency(2));
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<?>> headStarts = List.of(pool.submit(ImageResizer::prepare), pool.submit(ImageResizer::prepare));
            java.util.concurrent.Callable<ResizedImage> fit = () -> two.fit("p.jpg", photo, news);
            for (Future<ResizedImage> result : pool.invokeAll(java.util.Collections.nCopies(4, fit))) {
                assertArrayEquals(alone, result.get().bytes());
            }
            for (Future<?> headStart : headStarts) {
                headStart.get();
            }
        } finally {
            pool.shutdownNow();
        }
    }
}

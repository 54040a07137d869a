package dev.congkit.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageOutputStream;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ResizeCommandTest {

    private static void jpeg(Path file, int width, int height) throws Exception {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setPaint(new java.awt.GradientPaint(0, 0, Color.RED, width, height, Color.BLUE));
        g.fillRect(0, 0, width, height);
        g.dispose();
        ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
        try (ImageOutputStream out = ImageIO.createImageOutputStream(file.toFile())) {
            writer.setOutput(out);
            writer.write(new IIOImage(image, null, null));
        }
    }

    @Test
    void resizesKeepsBaseNamesAndSummarisesFailures(@TempDir Path dir) throws Exception {
        for (int i = 1; i <= 4; i++) {
            jpeg(dir.resolve("anh-" + i + ".jpeg"), 2400, 1600);
        }
        Files.writeString(dir.resolve("ghi-chu.jpg"), "không phải ảnh", StandardCharsets.UTF_8);
        Path out = dir.resolve("ket-qua");
        CliTest.Result result = CliTest.run("resize", "--slot", "thumbnail", "--out", out.toString(),
                dir.resolve("anh-1.jpeg").toString(), dir.resolve("anh-2.jpeg").toString(), dir.resolve("anh-3.jpeg").toString(),
                dir.resolve("anh-4.jpeg").toString(), dir.resolve("ghi-chu.jpg").toString());
        assertEquals(1, result.code(), result.out() + result.err());
        assertTrue(result.out().startsWith("4 of 5 files written to " + out + " (slot thumbnail: at most 320 × 320 pixels, 40 KiB); "), result.out());
        assertTrue(result.out().contains("failed: ghi-chu.jpg: is not an image: it starts with"), result.out());
        assertTrue(result.err().contains("[##############################] 5/5"), "a progress bar for more than a few files");
        BufferedImage small = ImageIO.read(out.resolve("anh-1.jpg").toFile());
        assertEquals(320, small.getWidth());
        assertEquals(213, small.getHeight());
    }

    @Test
    void unknownSlotIsAUsageError(@TempDir Path dir) {
        CliTest.Result result = CliTest.run("resize", "--slot", "poster", "--out", dir.toString(), "x.jpg");
        assertEquals(2, result.code());
        assertEquals("congkit: unknown slot 'poster' (known: banner-top, banner-left, banner-right, banner-centre, news, thumbnail, avatar, logo)",
                result.err().strip());
    }
}

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
    void inputsWithTheSameNameAndSourcesInTheOutputFolderAreNeverOverwritten(@TempDir Path dir) throws Exception {
        Files.createDirectories(dir.resolve("xa-a"));
        Files.createDirectories(dir.resolve("xa-b"));
        jpeg(dir.resolve("xa-a/le-hoi.jpg"), 1600, 1200);
        jpeg(dir.resolve("xa-b/le-hoi.jpg"), 1200, 1600);
        jpeg(dir.resolve("ban-do.jpg"), 2000, 1000);
        byte[] source = Files.readAllBytes(dir.resolve("ban-do.jpg"));
        CliTest.Result result = CliTest.run("resize", "--slot", "thumbnail", "--out", dir.toString(),
                dir.resolve("xa-a/le-hoi.jpg").toString(), dir.resolve("xa-b/le-hoi.jpg").toString(), dir.resolve("ban-do.jpg").toString());
        assertEquals(0, result.code(), result.out() + result.err());
        assertEquals(320, ImageIO.read(dir.resolve("le-hoi.jpg").toFile()).getWidth(), "the first keeps its name");
        assertEquals(240, ImageIO.read(dir.resolve("le-hoi-2.jpg").toFile()).getWidth(), "the second is suffixed, not written over the first");
        assertTrue(java.util.Arrays.equals(source, Files.readAllBytes(dir.resolve("ban-do.jpg"))), "the source is untouched");
        assertEquals(320, ImageIO.read(dir.resolve("ban-do-2.jpg").toFile()).getWidth());
        assertTrue(result.out().contains("is written as le-hoi-2.jpg, since le-hoi.jpg is another input's result"), result.out());
        assertTrue(result.out().contains("is written as ban-do-2.jpg, since ban-do.jpg is an input file"), result.out());
    }

    @Test
    void unknownSlotIsAUsageError(@TempDir Path dir) {
        CliTest.Result result = CliTest.run("resize", "--slot", "poster", "--out", dir.toString(), "x.jpg");
        assertEquals(2, result.code());
        assertEquals("congkit: unknown slot 'poster' (known: banner-top, banner-left, banner-right, banner-centre, news, thumbnail, avatar, logo)",
                result.err().strip());
    }
}

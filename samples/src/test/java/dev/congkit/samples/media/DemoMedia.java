package dev.congkit.samples.media;

import dev.congkit.image.ImageResizer;
import dev.congkit.image.ResizedImage;
import dev.congkit.image.Slot;
import dev.congkit.image.Slots;

import javax.imageio.ImageIO;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.Polygon;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;

/**
 * Draws the demo's sample pictures (no copied content: hills, fields, a hall, a temple, drawn from a
 * seed) and fits each through the image module's {@code news} slot at 480 and 960 pixels for srcset.
 * The output is committed under {@code samples/src/main/resources/public/media/anh/}; run again after a
 * change: {@code ./mvnw -q -pl samples test-compile exec:java -Dexec.classpathScope=test
 * -Dexec.mainClass=dev.congkit.samples.media.DemoMedia} (or from an IDE).
 */
public final class DemoMedia {

    /** Each picture: file name, seed and what it shows. */
    public static final List<String> NAMES = List.of("hoi-nghi", "le-hoi", "ruong-lua", "tru-so", "ve-sinh", "cong-nghe-so",
            "den-mau", "tap-huan", "bau-cu", "phap-luat");

    private DemoMedia() {
    }

    public static void main(String[] args) throws Exception {
        Path folder = Path.of(args.length > 0 ? args[0] : "samples/src/main/resources/public/media/anh");
        Files.createDirectories(folder);
        Slot news = Slots.defaults().get("news");
        ImageResizer resizer = ImageResizer.create();
        for (int i = 0; i < NAMES.size(); i++) {
            Path original = Files.createTempFile("congkit-demo-", ".png");
            try {
                ImageIO.write(draw(NAMES.get(i), i), "png", original.toFile());
                for (ResizedImage image : resizer.variants(original, news, 480, 960)) {
                    ImageResizer.writeAtomically(folder.resolve(NAMES.get(i) + "-" + image.width() + ".jpg"), image.bytes());
                }
            } finally {
                Files.deleteIfExists(original);
            }
        }
    }

    /** One 1440 × 960 scene. */
    static BufferedImage draw(String name, int seed) {
        int width = 1440;
        int height = 960;
        Random random = new Random(20261201L + seed);
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        Color sky = Color.getHSBColor(0.55f + random.nextFloat() * 0.08f, 0.45f, 0.95f);
        g.setPaint(new GradientPaint(0, 0, sky, 0, height * 0.6f, Color.WHITE));
        g.fillRect(0, 0, width, height);
        g.setColor(new Color(255, 214, 102));
        g.fillOval(1050 + random.nextInt(200), 80 + random.nextInt(80), 140, 140);
        for (int layer = 0; layer < 3; layer++) {
            g.setColor(Color.getHSBColor(0.28f + layer * 0.04f, 0.5f, 0.55f + layer * 0.12f));
            Polygon hills = new Polygon();
            hills.addPoint(0, height);
            for (int x = 0; x <= width; x += 120) {
                hills.addPoint(x, 380 + layer * 90 + random.nextInt(120));
            }
            hills.addPoint(width, height);
            g.fillPolygon(hills);
        }
        switch (name) {
            case "ruong-lua", "ve-sinh" -> fields(g, width, height, random);
            case "tru-so", "hoi-nghi", "tap-huan", "bau-cu", "phap-luat", "cong-nghe-so" -> hall(g, random, name.equals("tru-so") ? 0 : 40);
            default -> temple(g, random);
        }
        people(g, random, name.equals("le-hoi") || name.equals("hoi-nghi") ? 28 : 10, height);
        g.setColor(new Color(0, 0, 0, 150));
        g.fillRect(0, height - 70, width, 70);
        g.setColor(Color.WHITE);
        g.setFont(new Font("DejaVu Sans", Font.PLAIN, 34));
        g.drawString("Ảnh minh họa – dữ liệu mẫu CổngKit", 30, height - 24);
        g.dispose();
        return image;
    }

    private static void fields(Graphics2D g, int width, int height, Random random) {
        for (int row = 0; row < 8; row++) {
            g.setColor(Color.getHSBColor(0.22f + random.nextFloat() * 0.1f, 0.6f, 0.5f + row * 0.05f));
            g.fillRect(0, 600 + row * 35, width, 35);
        }
        g.setColor(new Color(120, 90, 60));
        g.setStroke(new BasicStroke(6));
        g.drawLine(0, 900, width, 620);
    }

    private static void hall(Graphics2D g, Random random, int shift) {
        g.setColor(new Color(245, 232, 200));
        g.fillRect(420 + shift, 360, 600, 420);
        g.setColor(new Color(178, 34, 34));
        g.fillPolygon(new int[] {390 + shift, 720 + shift, 1050 + shift}, new int[] {370, 230, 370}, 3);
        g.setColor(new Color(90, 110, 140));
        for (int i = 0; i < 5; i++) {
            g.fillRect(460 + shift + i * 110, 430, 70, 110);
            g.fillRect(460 + shift + i * 110, 590, 70, 110);
        }
        g.setColor(new Color(218, 37, 29));
        g.fillRect(700 + shift, 150, 90, 60);
        g.setColor(new Color(255, 205, 0));
        g.fillOval(732 + shift + random.nextInt(4), 168, 24, 24);
    }

    private static void temple(Graphics2D g, Random random) {
        g.setColor(new Color(150, 40, 30));
        g.fillPolygon(new int[] {380, 720, 1060, 980, 460}, new int[] {520, 330, 520, 470, 470}, 5);
        g.setColor(new Color(230, 200, 150));
        g.fillRect(500, 520, 440, 240);
        g.setColor(new Color(110, 60, 30));
        g.fillRect(680, 600, 80, 160);
        for (int i = 0; i < 6; i++) {
            g.setColor(Color.getHSBColor(random.nextFloat(), 0.8f, 0.9f));
            g.fillRect(300 + i * 160, 300 + random.nextInt(60), 20, 40);
        }
    }

    private static void people(Graphics2D g, Random random, int count, int height) {
        for (int i = 0; i < count; i++) {
            int x = 60 + random.nextInt(1320);
            int y = height - 250 + random.nextInt(120);
            g.setColor(Color.getHSBColor(random.nextFloat(), 0.55f, 0.65f));
            g.fillRoundRect(x - 18, y, 36, 80, 14, 14);
            g.setColor(new Color(235, 200, 160));
            g.fillOval(x - 14, y - 30, 28, 28);
        }
    }

    /** For tests: the pictures exist in both widths. */
    public static List<String> files() {
        return NAMES.stream().flatMap(n -> java.util.stream.Stream.of(n + "-480.jpg", n + "-960.jpg")).toList();
    }

}

package dev.congkit.samples.browser;

import dev.congkit.samples.DemoAccess;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The README's pictures of the demo, taken by the build in Chromium: the home page at 1280 × 800
 * and on a phone (390 × 844), into {@code samples/target/screenshots}. To refresh the README's
 * copies: {@code ./mvnw -B verify -pl samples -Dit.test=ScreenshotsIT -Dcongkit.screenshots=../docs/images}.
 */
class ScreenshotsIT {

    @Test
    void theReadmePicturesAreTakenFromTheDemo() throws Exception {
        Assumptions.assumeTrue(Chromium.available(), "Chromium is not installed");
        Path out = Path.of("target/screenshots");
        try (DemoAccess.Running demo = DemoAccess.start(); Chromium browser = Chromium.start()) {
            shoot(browser, demo.url("/"), 1280, 800, out.resolve("demo-1280.png"));
            shoot(browser, demo.url("/"), 390, 844, out.resolve("demo-phone.png"));
        }
        String copies = System.getProperty("congkit.screenshots");
        if (copies != null && !copies.isBlank()) {
            for (String name : new String[] {"demo-1280.png", "demo-phone.png"}) {
                Files.createDirectories(Path.of(copies));
                Files.copy(out.resolve(name), Path.of(copies, name), StandardCopyOption.REPLACE_EXISTING);
            }
        }
    }

    private static void shoot(Chromium browser, String url, int width, int height, Path file) throws Exception {
        browser.viewport(width, height);
        browser.open(url);
        browser.screenshot(file, false);
        BufferedImage image = ImageIO.read(file.toFile());
        assertEquals(width, image.getWidth(), file + " is as wide as the window");
        assertEquals(height, image.getHeight(), file + " is as tall as the window");
        // a page, not a blank or an error: many colours in the picture
        java.util.Set<Integer> colours = new java.util.HashSet<>();
        for (int y = 0; y < height; y += 7) {
            for (int x = 0; x < width; x += 7) {
                colours.add(image.getRGB(x, y));
            }
        }
        assertTrue(colours.size() > 50, file + " shows a page: " + colours.size() + " colours");
    }
}

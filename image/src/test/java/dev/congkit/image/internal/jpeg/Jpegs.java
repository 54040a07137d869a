package dev.congkit.image.internal.jpeg;

import dev.congkit.image.internal.Encoder;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.util.Random;

/** JPEGs written by the JDK's own encoder in every layout the decoder must read: no binary files in the repository. */
final class Jpegs {

    private Jpegs() {
    }

    /**
     * @param sampling luma sampling factors {h, v} (chroma stays 1 × 1): {1,1} 4:4:4, {2,1} 4:2:2, {2,2} 4:2:0, {4,1} 4:1:1
     * @param restart  restart interval in MCUs, 0 for none
     */
    static byte[] write(BufferedImage image, int[] sampling, boolean progressive, int restart, float quality) {
        return Encoder.jpeg(image, quality, sampling, progressive, restart);
    }

    /** Colour detail in every channel: gradients, hard edges, fine stripes and noise (seeded). */
    static BufferedImage picture(int width, int height, long seed, boolean grey) {
        Random random = new Random(seed);
        BufferedImage image = new BufferedImage(width, height, grey ? BufferedImage.TYPE_BYTE_GRAY : BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                double fx = (double) x / width;
                double fy = (double) y / height;
                int r = clamp(128 + 100 * Math.sin(fx * 9 + seed) + random.nextGaussian() * 10);
                int g = clamp(120 + 90 * Math.cos(fy * 7 + fx * 3) + random.nextGaussian() * 10);
                int b = clamp(110 + 80 * Math.sin((fx + fy) * 11) + ((x / 3 + y / 5) % 2) * 30);
                image.setRGB(x, y, (r << 16) | (g << 8) | b);
            }
        }
        Graphics2D g = image.createGraphics();
        for (int i = 0; i < 12; i++) {
            g.setColor(new Color(random.nextInt(256), random.nextInt(256), random.nextInt(256)));
            g.fillRect(random.nextInt(width), random.nextInt(height), width / 6 + 1, height / 7 + 1);
        }
        g.dispose();
        return image;
    }

    private static int clamp(double value) {
        return (int) Math.max(0, Math.min(255, Math.round(value)));
    }
}

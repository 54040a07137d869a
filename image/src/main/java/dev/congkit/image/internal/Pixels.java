package dev.congkit.image.internal;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.color.ColorSpace;
import java.awt.geom.AffineTransform;
import java.awt.image.BufferedImage;
import java.awt.image.ColorConvertOp;
import java.awt.image.ColorModel;
import java.awt.image.IndexColorModel;
import java.awt.image.Raster;
import java.awt.image.WritableRaster;

/** Pixel operations of the resizer: box halving (a true low-pass), colour, alpha, orientation. Internal. */
public final class Pixels {

    private Pixels() {
    }

    /** Halves width and height by averaging 2 × 2 blocks: each step low-passes before it shrinks. */
    public static BufferedImage halve(BufferedImage source) {
        BufferedImage image = source.getColorModel() instanceof IndexColorModel ? toArgb(source) : source;
        int width = image.getWidth() / 2;
        int height = image.getHeight() / 2;
        ColorModel model = image.getColorModel();
        WritableRaster target = model.createCompatibleWritableRaster(width, height);
        Raster raster = image.getRaster();
        int bands = raster.getNumBands();
        int[] top = new int[image.getWidth() * bands];
        int[] bottom = new int[image.getWidth() * bands];
        int[] out = new int[width * bands];
        for (int y = 0; y < height; y++) {
            raster.getPixels(0, 2 * y, image.getWidth(), 1, top);
            raster.getPixels(0, 2 * y + 1, image.getWidth(), 1, bottom);
            for (int x = 0; x < width; x++) {
                int left = 2 * x * bands;
                int right = left + bands;
                for (int b = 0; b < bands; b++) {
                    out[x * bands + b] = (top[left + b] + top[right + b] + bottom[left + b] + bottom[right + b] + 2) >> 2;
                }
            }
            target.setPixels(0, y, width, 1, out);
        }
        return new BufferedImage(model, target, model.isAlphaPremultiplied(), null);
    }

    /** The image in sRGB (camera and print profiles converted; grey images kept grey). */
    public static BufferedImage toSrgb(BufferedImage image) {
        ColorSpace space = image.getColorModel().getColorSpace();
        if (space.isCS_sRGB() || space.getType() == ColorSpace.TYPE_GRAY) {
            return image;
        }
        BufferedImage target = new BufferedImage(image.getWidth(), image.getHeight(),
                image.getColorModel().hasAlpha() ? BufferedImage.TYPE_INT_ARGB : BufferedImage.TYPE_INT_RGB);
        new ColorConvertOp(null).filter(image, target);
        return target;
    }

    /** Draws the image on white: JPEG has no transparency, and a plain conversion would turn it black. */
    public static BufferedImage flattenOnWhite(BufferedImage image) {
        BufferedImage target = new BufferedImage(image.getWidth(), image.getHeight(), BufferedImage.TYPE_INT_RGB);
        Graphics2D g = target.createGraphics();
        try {
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, image.getWidth(), image.getHeight());
            g.drawImage(image, 0, 0, null);
        } finally {
            g.dispose();
        }
        return target;
    }

    public static BufferedImage toArgb(BufferedImage image) {
        BufferedImage target = new BufferedImage(image.getWidth(), image.getHeight(), BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = target.createGraphics();
        try {
            g.drawImage(image, 0, 0, null);
        } finally {
            g.dispose();
        }
        return target;
    }

    /** Turns the image upright according to its EXIF orientation (1–8). */
    public static BufferedImage orient(BufferedImage image, int orientation) {
        if (orientation <= 1 || orientation > 8) {
            return image;
        }
        int w = image.getWidth();
        int h = image.getHeight();
        boolean swap = orientation >= 5;
        AffineTransform t = new AffineTransform();
        switch (orientation) {
            case 2 -> { t.translate(w, 0); t.scale(-1, 1); }
            case 3 -> { t.translate(w, h); t.rotate(Math.PI); }
            case 4 -> { t.translate(0, h); t.scale(1, -1); }
            case 5 -> { t.rotate(-Math.PI / 2); t.scale(-1, 1); }
            case 6 -> { t.translate(h, 0); t.rotate(Math.PI / 2); }
            case 7 -> { t.scale(-1, 1); t.translate(-h, 0); t.translate(0, w); t.rotate(3 * Math.PI / 2); }
            default -> { t.translate(0, w); t.rotate(3 * Math.PI / 2); }
        }
        BufferedImage target = new BufferedImage(swap ? h : w, swap ? w : h,
                image.getColorModel().hasAlpha() ? BufferedImage.TYPE_INT_ARGB : BufferedImage.TYPE_INT_RGB);
        Graphics2D g = target.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_NEAREST_NEIGHBOR);
            g.drawImage(image, t, null);
        } finally {
            g.dispose();
        }
        return target;
    }
}

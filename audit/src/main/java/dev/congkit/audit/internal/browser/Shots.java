package dev.congkit.audit.internal.browser;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Optional;

/** Crops of a rendering's screenshot, to show a finding's evidence where it was drawn. */
public final class Shots {

    private Shots() {
    }

    /** The part of {@code jpeg} around {@code box} with {@code margin} px on each side; empty when the box is not in the picture. */
    public static Optional<byte[]> crop(byte[] jpeg, Marks.Box box, int margin) {
        try {
            BufferedImage page = ImageIO.read(new ByteArrayInputStream(jpeg));
            if (page == null) {
                return Optional.empty();
            }
            int x = Math.max(0, box.x() - margin);
            int y = Math.max(0, box.y() - margin);
            int right = Math.min(page.getWidth(), box.x() + box.width() + margin);
            int bottom = Math.min(page.getHeight(), box.y() + box.height() + margin);
            if (right - x < 2 || bottom - y < 2) {
                return Optional.empty();
            }
            BufferedImage part = new BufferedImage(right - x, bottom - y, BufferedImage.TYPE_INT_RGB);
            part.createGraphics().drawImage(page.getSubimage(x, y, right - x, bottom - y), 0, 0, null);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ImageIO.write(part, "jpeg", out);
            return Optional.of(out.toByteArray());
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }
}

package dev.congkit.image.internal;

import dev.congkit.image.OutputFormat;

import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageOutputStream;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Iterator;

/** Encodes without any metadata, so camera positions and other EXIF data never reach the public site. Internal. */
public final class Encoder {

    private Encoder() {
    }

    public static byte[] encode(BufferedImage image, OutputFormat format, float quality) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
        ImageWriter writer = writer(format);
        try (ImageOutputStream stream = ImageIO.createImageOutputStream(out)) {
            writer.setOutput(stream);
            ImageWriteParam param = writer.getDefaultWriteParam();
            if (format == OutputFormat.JPEG) {
                param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
                param.setCompressionQuality(quality);
                param.setProgressiveMode(ImageWriteParam.MODE_DEFAULT);
            }
            writer.write(null, new IIOImage(image, null, null), param);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot encode an image in memory", e);
        } finally {
            writer.dispose();
        }
        return out.toByteArray();
    }

    private static ImageWriter writer(OutputFormat format) {
        String name = format == OutputFormat.JPEG ? "jpeg" : "png";
        Iterator<ImageWriter> writers = ImageIO.getImageWritersByFormatName(name);
        // prefer the JDK's writers: they take an explicit quality and write no metadata when given none
        ImageWriter chosen = null;
        while (writers.hasNext()) {
            ImageWriter candidate = writers.next();
            if (chosen == null || candidate.getClass().getName().startsWith("com.sun.")) {
                chosen = candidate;
            }
        }
        if (chosen == null) {
            throw new IllegalStateException("no " + name + " writer in this Java runtime");
        }
        return chosen;
    }
}

package dev.congkit.image.internal;

import dev.congkit.image.OutputFormat;

import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageOutputStream;
import javax.imageio.stream.MemoryCacheImageOutputStream;
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
        try (ImageOutputStream stream = new MemoryCacheImageOutputStream(out)) {
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

    /**
     * A JPEG in a chosen layout, by the JDK's encoder: the luma sampling factors ({1,1} 4:4:4, {2,1}
     * 4:2:2, {2,2} 4:2:0…; chroma stays 1 × 1), progressive or baseline, and a restart interval in
     * MCUs (0 for none). For the decoder's warm-up and tests, which need every layout a camera writes.
     */
    public static byte[] jpeg(BufferedImage image, float quality, int[] lumaSampling, boolean progressive, int restartInterval) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
        ImageWriter writer = writer(OutputFormat.JPEG);
        try (ImageOutputStream stream = new MemoryCacheImageOutputStream(out)) {
            writer.setOutput(stream);
            ImageWriteParam param = writer.getDefaultWriteParam();
            param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
            param.setCompressionQuality(quality);
            if (progressive) {
                param.setProgressiveMode(ImageWriteParam.MODE_DEFAULT);
            }
            javax.imageio.metadata.IIOMetadata metadata = writer.getDefaultImageMetadata(new javax.imageio.ImageTypeSpecifier(image), param);
            String format = "javax_imageio_jpeg_image_1.0";
            org.w3c.dom.Element tree = (org.w3c.dom.Element) metadata.getAsTree(format);
            org.w3c.dom.NodeList specs = tree.getElementsByTagName("componentSpec");
            for (int i = 0; i < specs.getLength(); i++) {
                org.w3c.dom.Element spec = (org.w3c.dom.Element) specs.item(i);
                spec.setAttribute("HsamplingFactor", String.valueOf(i == 0 ? lumaSampling[0] : 1));
                spec.setAttribute("VsamplingFactor", String.valueOf(i == 0 ? lumaSampling[1] : 1));
            }
            if (restartInterval > 0) {
                javax.imageio.metadata.IIOMetadataNode dri = new javax.imageio.metadata.IIOMetadataNode("dri");
                dri.setAttribute("interval", String.valueOf(restartInterval));
                org.w3c.dom.Element markers = (org.w3c.dom.Element) tree.getElementsByTagName("markerSequence").item(0);
                markers.insertBefore(dri, markers.getFirstChild());
            }
            metadata.setFromTree(format, tree);
            writer.write(null, new IIOImage(image, null, metadata), param);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot encode an image in memory", e);
        } finally {
            writer.dispose();
        }
        return out.toByteArray();
    }

    /** The JDK's JPEG encoder (never a plug-in that wraps it), for those who write rasters themselves. */
    public static ImageWriter jdkJpegWriter() {
        return writer(OutputFormat.JPEG);
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

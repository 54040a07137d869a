package dev.congkit.image.internal.jpeg;

import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageTypeSpecifier;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.metadata.IIOMetadata;
import javax.imageio.stream.ImageOutputStream;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Iterator;
import java.util.Random;

/** JPEGs written by the JDK's own encoder in every layout the decoder must read: no binary files in the repository. */
final class Jpegs {

    private Jpegs() {
    }

    /** The JDK's encoder (not a plug-in that may wrap it), so that the layout asked for is the one written. */
    static ImageWriter jdkWriter() {
        Iterator<ImageWriter> writers = ImageIO.getImageWritersByFormatName("jpeg");
        while (writers.hasNext()) {
            ImageWriter writer = writers.next();
            if (writer.getClass().getName().startsWith("com.sun.imageio")) {
                return writer;
            }
        }
        throw new IllegalStateException("no JDK JPEG writer");
    }

    /**
     * @param sampling luma sampling factors {h, v} (chroma stays 1 × 1): {1,1} 4:4:4, {2,1} 4:2:2, {2,2} 4:2:0, {4,1} 4:1:1
     * @param restart  restart interval in MCUs, 0 for none
     */
    static byte[] write(BufferedImage image, int[] sampling, boolean progressive, int restart, float quality) throws IOException {
        ImageWriter writer = jdkWriter();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ImageOutputStream stream = ImageIO.createImageOutputStream(out)) {
            writer.setOutput(stream);
            ImageWriteParam param = writer.getDefaultWriteParam();
            param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
            param.setCompressionQuality(quality);
            if (progressive) {
                param.setProgressiveMode(ImageWriteParam.MODE_DEFAULT);
            }
            IIOMetadata metadata = writer.getDefaultImageMetadata(new ImageTypeSpecifier(image), param);
            String format = "javax_imageio_jpeg_image_1.0";
            Element tree = (Element) metadata.getAsTree(format);
            NodeList specs = tree.getElementsByTagName("componentSpec");
            for (int i = 0; i < specs.getLength(); i++) {
                Element spec = (Element) specs.item(i);
                spec.setAttribute("HsamplingFactor", String.valueOf(i == 0 ? sampling[0] : 1));
                spec.setAttribute("VsamplingFactor", String.valueOf(i == 0 ? sampling[1] : 1));
            }
            if (restart > 0) {
                Element dri = new javax.imageio.metadata.IIOMetadataNode("dri");
                dri.setAttribute("interval", String.valueOf(restart));
                Element markers = (Element) tree.getElementsByTagName("markerSequence").item(0);
                markers.insertBefore(dri, markers.getFirstChild());
            }
            metadata.setFromTree(format, tree);
            writer.write(null, new IIOImage(image, null, metadata), param);
        } finally {
            writer.dispose();
        }
        return out.toByteArray();
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

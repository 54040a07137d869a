import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageOutputStream;
import java.awt.image.BufferedImage;
import java.io.File;
import java.util.Random;

/**
 * Writes camera-like test photos for the resize benchmark: smooth light, textured surfaces, fine
 * detail that aliases when decimated, and sensor noise. Usage: GenPhotos WIDTH HEIGHT COUNT DIR PREFIX
 */
public class GenPhotos {
    public static void main(String[] args) throws Exception {
        int width = Integer.parseInt(args[0]);
        int height = Integer.parseInt(args[1]);
        int count = Integer.parseInt(args[2]);
        File dir = new File(args[3]);
        dir.mkdirs();
        for (int n = 0; n < count; n++) {
            Random random = new Random(1000 + n);
            BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
            double phase = random.nextDouble() * 6;
            int[] row = new int[width];
            for (int y = 0; y < height; y++) {
                double fy = (double) y / height;
                for (int x = 0; x < width; x++) {
                    double fx = (double) x / width;
                    double light = 0.55 + 0.35 * Math.sin(fx * 3 + phase) * Math.cos(fy * 2 + phase);
                    double texture = 0.08 * Math.sin(x * 0.9 + Math.sin(y * 0.05) * 8) * Math.sin(y * 0.7);
                    double stripes = ((x / 40 + y / 40) % 2 == 0) ? 0.06 : -0.06;
                    double noise = random.nextGaussian() * 0.025;
                    double v = light + texture + stripes + noise;
                    int r = clamp(255 * (v * (0.9 + 0.1 * Math.sin(fx * 5))));
                    int g = clamp(255 * (v * 0.85 + 0.1 * fy));
                    int b = clamp(255 * (v * 0.7 + 0.2 * (1 - fx)));
                    row[x] = (r << 16) | (g << 8) | b;
                }
                image.setRGB(0, y, width, 1, row, 0, width);
            }
            ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
            ImageWriteParam param = writer.getDefaultWriteParam();
            param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
            param.setCompressionQuality(0.92f);
            try (ImageOutputStream out = ImageIO.createImageOutputStream(new File(dir, args[4] + "-" + n + ".jpg"))) {
                writer.setOutput(out);
                writer.write(null, new IIOImage(image, null, null), param);
            }
            writer.dispose();
        }
    }

    private static int clamp(double v) {
        return (int) Math.max(0, Math.min(255, Math.round(v)));
    }
}

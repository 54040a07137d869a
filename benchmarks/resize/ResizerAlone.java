import dev.congkit.image.ImageLimits;
import dev.congkit.image.ImageResizer;
import dev.congkit.image.OutputFormat;
import dev.congkit.image.Slot;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * The resizer with nothing around it: what {@code congkit resize} does for its photos (a head start on a
 * spare thread, two photos at once) without reading a command line or a site.json. What the command
 * costs on top of it is what they cost. Usage: ResizerAlone SIZE OUTDIR FILE...
 */
public class ResizerAlone {
    public static void main(String[] args) throws Exception {
        Thread headStart = new Thread(ImageResizer::prepare);
        headStart.setDaemon(true);
        headStart.start();
        int size = Integer.parseInt(args[0]);
        Path out = Files.createDirectories(Path.of(args[1]));
        Slot slot = new Slot("bench", size, size, 10_000_000, OutputFormat.JPEG);
        ImageResizer resizer = ImageResizer.withLimits(ImageLimits.forConcurrency(2));
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<?>> tasks = new ArrayList<>();
            for (int i = 2; i < args.length; i++) {
                Path input = Path.of(args[i]);
                Path target = out.resolve(input.getFileName().toString().replaceFirst("\\.[^.]+$", "") + ".jpg");
                tasks.add(pool.submit(() -> resizer.write(input, slot, target)));
            }
            for (Future<?> task : tasks) {
                task.get();
            }
        } finally {
            pool.shutdown();
        }
    }
}

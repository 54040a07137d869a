import dev.congkit.core.config.SiteConfigLoader;

import java.nio.file.Files;
import java.nio.file.Path;

/** Loads one site.json many times through the registered sections; prints the best mean time per load of five rounds. */
public final class LoadBench {

    public static void main(String[] args) throws Exception {
        byte[] json = Files.readAllBytes(Path.of(args[0]));
        int rounds = Integer.parseInt(args[1]);
        SiteConfigLoader loader = SiteConfigLoader.withRegisteredSections();
        for (int i = 0; i < rounds; i++) {
            loader.load("site.json", json);   // warm-up
        }
        long best = Long.MAX_VALUE;
        for (int round = 0; round < 5; round++) {
            long start = System.nanoTime();
            for (int i = 0; i < rounds; i++) {
                loader.load("site.json", json);
            }
            best = Math.min(best, System.nanoTime() - start);
        }
        System.out.printf(java.util.Locale.ROOT, "%.1f%n", best / 1000.0 / rounds);
    }
}

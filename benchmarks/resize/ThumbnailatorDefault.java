import net.coobird.thumbnailator.Thumbnails;
import net.coobird.thumbnailator.name.Rename;

import java.io.File;
import java.util.Arrays;

/** Thumbnailator's default path, the baseline of the resize benchmark. Usage: ThumbnailatorDefault SIZE OUTDIR FILE... */
public class ThumbnailatorDefault {
    public static void main(String[] args) throws Exception {
        int size = Integer.parseInt(args[0]);
        File out = new File(args[1]);
        out.mkdirs();
        File[] files = Arrays.stream(args, 2, args.length).map(File::new).toArray(File[]::new);
        Thumbnails.of(files).size(size, size).outputQuality(0.85).toFiles(out, Rename.NO_CHANGE);
    }
}

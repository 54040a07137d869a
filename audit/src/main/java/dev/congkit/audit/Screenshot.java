package dev.congkit.audit;

import java.util.List;
import java.util.Objects;

/**
 * A picture taken in browser mode: the top of a site's home page as the browser drew it, and the
 * areas on it that findings are about (the feedback banner where it was drawn).
 * <pre>{@code
 * for (Screenshot shot : report.screenshots()) {
 *     Files.write(Path.of("home.jpg"), shot.jpeg());
 *     shot.areas().forEach(a -> System.out.println(a.requirement() + " at " + a.x() + "," + a.y()));
 * }
 * }</pre>
 *
 * @param caption what it shows, in the report's language
 * @param width   its width in CSS px (one pixel of the picture each)
 * @param height  its height in CSS px
 * @param jpeg    the picture, JPEG
 * @param areas   the parts of it that findings point at
 */
public record Screenshot(String caption, int width, int height, byte[] jpeg, List<Area> areas) {

    public Screenshot {
        Objects.requireNonNull(caption, "caption");
        jpeg = jpeg.clone();
        areas = List.copyOf(areas);
    }

    @Override
    public byte[] jpeg() {
        return jpeg.clone();
    }

    /**
     * A part of the picture a finding is about, in CSS px from its top left.
     * <pre>{@code
     * Screenshot.Area banner = new Screenshot.Area("BANNER-FEEDBACK", "Banner phản hồi", 356, 253, 560, 90);
     * }</pre>
     */
    public record Area(String requirement, String caption, int x, int y, int width, int height) {
        public Area {
            Objects.requireNonNull(requirement, "requirement");
            Objects.requireNonNull(caption, "caption");
        }
    }
}

package dev.congkit.audit;

import java.util.Objects;

/**
 * A picture taken in browser mode: the top of a site's home page, or a crop around what a finding is
 * about (the feedback banner where it was drawn).
 * <pre>{@code
 * for (Screenshot shot : report.screenshots()) {
 *     Files.write(Path.of(shot.requirement().isEmpty() ? "home.jpg" : shot.requirement() + ".jpg"), shot.jpeg());
 * }
 * }</pre>
 *
 * @param requirement the requirement the crop shows, or empty for the home page
 * @param caption     what it shows, in the report's language
 * @param jpeg        the picture, JPEG
 */
public record Screenshot(String requirement, String caption, byte[] jpeg) {

    public Screenshot {
        Objects.requireNonNull(requirement, "requirement");
        Objects.requireNonNull(caption, "caption");
        jpeg = jpeg.clone();
    }

    @Override
    public byte[] jpeg() {
        return jpeg.clone();
    }
}

package dev.congkit.core.model;

import java.util.List;

/**
 * A section that puts images on the site; paths are relative to the section.
 *
 * <p>Example:
 * <pre>{@code
 * public record Gallery(List<ImageRef> photos) implements ReferencesImages {
 *     public List<ImageUse> imageUses() {
 *         return IntStream.range(0, photos.size())
 *                 .mapToObj(i -> new ImageUse("photos[" + i + "]", photos.get(i).src(), "news"))
 *                 .toList();
 *     }
 * }
 * }</pre>
 */
public interface ReferencesImages {

    List<ImageUse> imageUses();
}

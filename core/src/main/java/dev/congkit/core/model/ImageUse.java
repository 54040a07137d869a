package dev.congkit.core.model;

import java.util.Objects;

/**
 * An image the configuration puts on the site: where (JSON path), which URL, and which budget slot
 * it belongs to ({@code banner-right}, {@code news}, {@code logo}, {@code avatar}, ...). Image
 * checks read these without knowing the sections that declare them.
 *
 * <p>Example:
 * <pre>{@code
 * for (ImageUse use : site.imageUses()) {
 *     System.out.println(use.path() + " -> " + use.url() + " in slot " + use.slot());   // banners[0].image -> ...
 * }
 * }</pre>
 */
public record ImageUse(String path, WebLink url, String slot) {

    public ImageUse {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(slot, "slot");
    }
}

package dev.congkit.core.model;

import java.util.Objects;

/**
 * An image the configuration puts on the site: where (JSON path), which URL, and which budget slot
 * it belongs to ({@code banner-right}, {@code news}, {@code logo}, {@code avatar}, ...). Image
 * checks read these without knowing the sections that declare them.
 */
public record ImageUse(String path, WebLink url, String slot) {

    public ImageUse {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(slot, "slot");
    }
}

package dev.congkit.widgets.gallery;

import dev.congkit.core.Extension;
import dev.congkit.core.config.SiteSection;
import dev.congkit.core.render.Widget;

import java.util.List;

/**
 * The photo and video library: its widgets and the {@code gallery} section; listed in
 * {@code META-INF/services/dev.congkit.core.Extension}.
 *
 * <p>Example:
 * <pre>{@code
 * new GalleryExtension().widgets();   // PhotoGalleryWidget, VideoGalleryWidget
 * }</pre>
 */
public final class GalleryExtension implements Extension {

    @Override
    public List<Widget> widgets() {
        return List.of(new PhotoGalleryWidget(), new VideoGalleryWidget());
    }

    @Override
    public List<SiteSection<?>> sections() {
        return List.of(SiteSection.of(Gallery.SECTION, "The photo and video library (Thư viện ảnh, Thư viện video)."));
    }
}

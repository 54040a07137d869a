package dev.congkit.widgets.gallery;

import dev.congkit.core.render.Labels;
import dev.congkit.core.render.RenderContext;
import dev.congkit.core.render.Widget;
import dev.congkit.widgets.internal.Dates;

import java.util.List;

/**
 * The video library ({@code video-gallery}): each video with its poster, controls, a captions
 * track and a download link, the newest first. Nothing plays until asked: no {@code autoplay}, no
 * loop (NO-MOTION), and {@code preload="none"} spares a visitor's data.
 *
 * <p>Example:
 * <pre>{@code
 * String videos = renderer.render(VideoGalleryWidget.ID, RenderContext.of(site));
 * }</pre>
 */
public final class VideoGalleryWidget implements Widget {

    public static final String ID = "video-gallery";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public List<String> requirements() {
        return List.of("NO-MOTION");
    }

    @Override
    public Object model(RenderContext context, Labels labels) {
        Gallery gallery = context.site().section(Gallery.SECTION).orElse(null);
        if (gallery == null) {
            return null;
        }
        List<Item> items = gallery.newestVideos().stream().map(v -> new Item(v, v.date().toString(), Dates.day(v.date()),
                labels.get("gallery.captionsLabel." + (v.captionsLanguage().startsWith("en") ? "en" : "vi")))).toList();
        return new View(items);
    }

    /**
     * What the template reads.
     *
     * <p>Example:
     * <pre>{@code
     * {{#videos}}<video controls preload="none" poster="{{video.poster.value}}">…</video>{{/videos}}
     * }</pre>
     */
    public record View(List<Item> videos) {

        public boolean hasVideos() {
            return !videos.isEmpty();
        }
    }

    /**
     * One video and its dates and captions label.
     *
     * <p>Example:
     * <pre>{@code
     * <track kind="captions" src="{{video.captions.value}}" srclang="{{video.captionsLanguage}}" label="{{captionsLabel}}" default>
     * }</pre>
     */
    public record Item(Video video, String dateIso, String date, String captionsLabel) {
    }
}

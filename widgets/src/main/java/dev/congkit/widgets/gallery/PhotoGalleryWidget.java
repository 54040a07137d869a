package dev.congkit.widgets.gallery;

import dev.congkit.core.render.Labels;
import dev.congkit.core.render.RenderContext;
import dev.congkit.core.render.Widget;
import dev.congkit.widgets.internal.Dates;
import dev.congkit.widgets.internal.Links;

import java.util.List;

/**
 * The photo library ({@code photo-gallery}): the albums as captioned covers, the newest first; with
 * {@code album} (an album's slug), that album's photos, each in a captioned {@code figure} that
 * links to the full photo (a lightbox without JavaScript). Images carry {@code srcset} when the
 * photo has resized variants.
 *
 * <p>Example:
 * <pre>{@code
 * String albums = renderer.render(PhotoGalleryWidget.ID, RenderContext.of(site));
 * String festival = renderer.render(PhotoGalleryWidget.ID, RenderContext.of(site)
 *         .withParam(PhotoGalleryWidget.ALBUM_PARAM, "le-hoi-den-mau-son-2026"));
 * }</pre>
 */
public final class PhotoGalleryWidget implements Widget {

    public static final String ID = "photo-gallery";
    public static final String ALBUM_PARAM = "album";
    /** Sizes hint for srcset: a photo takes the column on a phone, a third of it on a wide screen. */
    public static final String SIZES = "(max-width: 40em) 100vw, 20em";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public List<String> requirements() {
        return List.of("IMAGE-ALT", "NEWS-CAPTION");
    }

    @Override
    public Object model(RenderContext context, Labels labels) {
        Gallery gallery = context.site().section(Gallery.SECTION).orElse(null);
        if (gallery == null) {
            return null;
        }
        String list = gallery.photoPath().value();
        Album album = gallery.album(context.param(ALBUM_PARAM)).orElse(null);
        if (album != null) {
            return new View(album, Dates.day(album.date()), List.of(), album.photos(), Links.inLanguage(list, context.isEnglish()), SIZES);
        }
        List<AlbumCard> cards = gallery.newestAlbums().stream().map(a -> new AlbumCard(a, Links.inLanguage(list + "?" + ALBUM_PARAM + "=" + a.slug(), context.isEnglish()),
                a.date().toString(), Dates.day(a.date()), labels.format("gallery.photoCount", a.photos().size()))).toList();
        return new View(null, "", cards, List.of(), list, SIZES);
    }

    /**
     * What the template reads: the albums, or one album's photos.
     *
     * <p>Example:
     * <pre>{@code
     * {{#photos}}<figure><a href="{{full.value}}"><img src="{{src.value}}" alt="{{alt}}"></a><figcaption>{{caption}}</figcaption></figure>{{/photos}}
     * }</pre>
     */
    public record View(Album album, String date, List<AlbumCard> albums, List<Photo> photos, String backUrl, String sizes) {

        public boolean hasAlbums() {
            return !albums.isEmpty();
        }

        public boolean isAlbum() {
            return album != null;
        }
    }

    /**
     * An album in the library: its cover, link and photo count.
     *
     * <p>Example:
     * <pre>{@code
     * {{#albums}}<a href="{{url}}"><img src="{{album.cover.src.value}}" alt="{{album.cover.alt}}"></a>{{/albums}}
     * }</pre>
     */
    public record AlbumCard(Album album, String url, String dateIso, String date, String count) {
    }
}

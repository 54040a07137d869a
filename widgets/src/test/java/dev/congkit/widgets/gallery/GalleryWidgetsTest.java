package dev.congkit.widgets.gallery;

import dev.congkit.core.TestSites;
import dev.congkit.core.model.SiteConfig;
import dev.congkit.core.model.ValidationException;
import dev.congkit.core.model.WebLink;
import dev.congkit.core.render.RenderContext;
import dev.congkit.widgets.Fixture;
import dev.congkit.widgets.HtmlSafety;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** NEWS-CAPTION, NO-MOTION, A11Y: the photo library's captioned photos and the video library's captions and no autoplay. */
class GalleryWidgetsTest {

    private static Photo photo(String name) {
        return Photo.builder(WebLink.of("/media/" + name + "-960.jpg"), "Đoàn rước kiệu " + name, "Lễ hội đền Mẫu Sơn, ảnh " + name)
                .full(WebLink.of("/media/" + name + ".jpg")).width(960).height(640)
                .variants(List.of(new PhotoVariant(WebLink.of("/media/" + name + "-480.jpg"), 480))).build();
    }

    private static SiteConfig site() {
        return SiteConfig.builder(TestSites.mauSon()).section(Gallery.SECTION, Gallery.builder()
                .albums(List.of(Album.builder("Lễ hội đền Mẫu Sơn 2026", LocalDate.of(2026, 2, 20), List.of(photo("a"), photo("b"))).build(),
                        Album.builder("Hội nghị chuyển đổi số", LocalDate.of(2026, 11, 20), List.of(photo("c"))).build()))
                .videos(List.of(Video.builder("Phóng sự lễ hội", LocalDate.of(2026, 2, 21), WebLink.of("/media/le-hoi.mp4"),
                        WebLink.of("/media/le-hoi.jpg"), WebLink.of("/media/le-hoi.vi.vtt")).build())).build()).build();
    }

    @Test
    void albumsShowCaptionedCoversAndAnAlbumItsPhotosLinkedToTheFullSize() {
        Document albums = HtmlSafety.assertSafe("photo-gallery", Fixture.RENDERER.render(PhotoGalleryWidget.ID, RenderContext.of(site())));
        assertEquals(List.of("Hội nghị chuyển đổi số", "Lễ hội đền Mẫu Sơn 2026"), albums.select("figcaption > a").eachText());
        assertEquals("/thu-vien/anh?album=hoi-nghi-chuyen-doi-so", albums.select("figcaption > a").first().attr("href"));
        Document album = HtmlSafety.assertSafe("photo-gallery", Fixture.RENDERER.render(PhotoGalleryWidget.ID,
                RenderContext.of(site()).withParam(PhotoGalleryWidget.ALBUM_PARAM, "le-hoi-den-mau-son-2026")));
        assertEquals(2, album.select("figure").size());
        for (Element image : album.select("figure img")) {
            assertFalse(image.attr("alt").isBlank());
            assertFalse(image.closest("figure").select("figcaption").text().isBlank());
            assertEquals("/media/a.jpg", album.select("figure a").first().attr("href"));
        }
        assertEquals("/media/a-480.jpg 480w, /media/a-960.jpg 960w", album.select("img").first().attr("srcset"));
        assertTrue(album.select("script").isEmpty(), "the lightbox is a plain link");
    }

    @Test
    void videosHaveCaptionsAndNeverPlayByThemselves() {
        Document videos = HtmlSafety.assertSafe("video-gallery", Fixture.RENDERER.render(VideoGalleryWidget.ID, RenderContext.of(site())));
        Element video = videos.selectFirst("video");
        assertTrue(video.hasAttr("controls"));
        assertFalse(video.hasAttr("autoplay") || video.hasAttr("loop") || video.hasAttr("muted"));
        assertEquals("none", video.attr("preload"));
        assertEquals("/media/le-hoi.jpg", video.attr("poster"));
        assertEquals("captions", video.select("track").attr("kind"));
        assertEquals("vi", video.select("track").attr("srclang"));
        assertEquals("video/mp4", video.select("source").attr("type"));
    }

    @Test
    void aPhotoWithoutCaptionOrAVideoWithoutCaptionsIsRefused() {
        ValidationException photo = assertThrows(ValidationException.class, () -> Photo.builder(WebLink.of("/a.jpg"), "Trụ sở", " ").build());
        assertTrue(photo.getMessage().contains("caption"), photo.getMessage());
        ValidationException video = assertThrows(ValidationException.class, () -> Video.builder("V", LocalDate.of(2026, 1, 1),
                WebLink.of("/v.mp4"), WebLink.of("/v.jpg"), null).build());
        assertTrue(video.getMessage().contains("captions"), video.getMessage());
    }
}

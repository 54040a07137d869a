package dev.congkit.widgets.gallery;

import dev.congkit.core.i18n.Bilingual;
import dev.congkit.core.model.Doc;
import dev.congkit.core.model.SectionKey;
import dev.congkit.core.model.WebLink;
import dev.congkit.core.validation.Check;

import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The {@code gallery} section: the photo and video library ("Thư viện ảnh", "Thư viện video").
 *
 * <p>Example:
 * <pre>{@code
 * // site.json: "gallery": { "albums": [ ... ], "videos": [ ... ] }
 * Gallery gallery = site.section(Gallery.SECTION).orElseThrow();
 * gallery.album("le-hoi-den-mau-son-2026");   // Optional[Album]
 * }</pre>
 */
@Doc(value = "The photo and video library.", vi = "Thư viện ảnh và video.")
public record Gallery(
        @Doc(value = "Where the photo library is served; default /thu-vien/anh.", vi = "Đường dẫn của thư viện ảnh; mặc định /thu-vien/anh.") WebLink photoPath,
        @Doc(value = "Where the video library is served; default /thu-vien/video.", vi = "Đường dẫn của thư viện video; mặc định /thu-vien/video.") WebLink videoPath,
        @Doc(value = "The photo albums.", vi = "Các album ảnh.") List<Album> albums,
        @Doc(value = "The videos.", vi = "Các video.") List<Video> videos) {

    /** The key of this section in {@code site.json}: {@code site.section(Gallery.SECTION)}. */
    public static final SectionKey<Gallery> SECTION = SectionKey.of("gallery", Gallery.class);

    public Gallery {
        var check = new Check();
        check.that("photoPath", photoPath, WebLink::isPagePath, Bilingual.of("một đường dẫn trong trang như /thu-vien/anh", "a site path such as /thu-vien/anh"));
        check.that("videoPath", videoPath, WebLink::isPagePath, Bilingual.of("một đường dẫn trong trang như /thu-vien/video", "a site path such as /thu-vien/video"));
        albums = check.list("albums", albums);
        videos = check.list("videos", videos);
        Set<String> slugs = new HashSet<>();
        for (int i = 0; i < albums.size(); i++) {
            if (!slugs.add(albums.get(i).slug())) {
                check.fail("albums[" + i + "].slug", Check.notUnique(albums.get(i).slug(), Bilingual.of("đã dùng cho một album trước đó", "is taken by an earlier album")));
            }
        }
        photoPath = photoPath == null ? WebLink.of("/thu-vien/anh") : photoPath;
        videoPath = videoPath == null ? WebLink.of("/thu-vien/video") : videoPath;
        check.done();
    }

    public Optional<Album> album(String slug) {
        return albums.stream().filter(a -> a.slug().equals(slug)).findFirst();
    }

    /** The albums, the most recent first. */
    public List<Album> newestAlbums() {
        return albums.stream().sorted(Comparator.comparing(Album::date).reversed()).toList();
    }

    /** The videos, the most recent first. */
    public List<Video> newestVideos() {
        return videos.stream().sorted(Comparator.comparing(Video::date).reversed()).toList();
    }


    /** A builder: the required parts now, the rest by name; {@link Builder#build()} validates as the constructor does. */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Builds a {@link Gallery} by name instead of by position; what is not set takes the record's default.
     *
     * <pre>{@code
     * Gallery.builder().photoPath(…).videoPath(…).albums(…).build()
     * }</pre>
     */
    public static final class Builder {
        private WebLink photoPath;
        private WebLink videoPath;
        private List<Album> albums;
        private List<Video> videos;

        private Builder() {
        }

        /** Where the photo library is served; default /thu-vien/anh. */
        public Builder photoPath(WebLink photoPath) {
            this.photoPath = photoPath;
            return this;
        }

        /** Where the video library is served; default /thu-vien/video. */
        public Builder videoPath(WebLink videoPath) {
            this.videoPath = videoPath;
            return this;
        }

        /** The photo albums. */
        public Builder albums(List<Album> albums) {
            this.albums = albums;
            return this;
        }

        /** The videos. */
        public Builder videos(List<Video> videos) {
            this.videos = videos;
            return this;
        }

        /** The Gallery; a {@link dev.congkit.core.model.ValidationException} names every rule the parts break. */
        public Gallery build() {
            return new Gallery(photoPath, videoPath, albums, videos);
        }
    }
}

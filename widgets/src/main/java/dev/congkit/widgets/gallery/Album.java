package dev.congkit.widgets.gallery;

import dev.congkit.core.i18n.Bilingual;
import dev.congkit.core.model.Doc;
import dev.congkit.core.model.Required;
import dev.congkit.core.validation.Check;
import dev.congkit.widgets.internal.Slugs;

import java.time.LocalDate;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A photo album of the library ("Thư viện ảnh"): a titled, dated set of captioned photos; the
 * first photo is its cover.
 *
 * <p>Example:
 * <pre>{@code
 * // site.json, in gallery: "albums": [ { "title": "Lễ hội đền Mẫu Sơn 2026", "date": "2026-02-20", "photos": [ ... ] } ]
 * album.slug();   // "le-hoi-den-mau-son-2026"
 * }</pre>
 */
@Doc(value = "A photo album.", vi = "Một album ảnh.")
public record Album(
        @Doc(value = "The album's address: ?album=slug; default: from the title.", vi = "Địa chỉ của album: ?album=slug; mặc định: theo tiêu đề.") String slug,
        @Required @Doc(value = "Title.", vi = "Tiêu đề.") String title,
        @Required @Doc(value = "The day of the event or of publication.", vi = "Ngày diễn ra hoặc ngày đăng.") LocalDate date,
        @Doc(value = "A sentence about the album.", vi = "Một câu giới thiệu album.") String description,
        @Required @Doc(value = "The photos; the first is the cover.", vi = "Các ảnh; ảnh đầu tiên là ảnh bìa.") List<Photo> photos) {

    private static final Pattern SLUG = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

    public Album {
        var check = new Check();
        title = check.requiredText("title", title);
        check.required("date", date);
        description = check.text("description", description);
        check.required("photos", photos);
        boolean photosGiven = photos != null;
        photos = check.list("photos", photos);
        if (photosGiven && photos.isEmpty()) {
            check.fail("photos", Bilingual.of("phải có ít nhất một ảnh", "must hold at least one photo"));
        }
        slug = check.text("slug", slug);
        if (slug != null) {
            check.matches("slug", slug, SLUG, Bilingual.of("chữ thường, chữ số và dấu gạch ngang", "lower-case letters, digits and hyphens"));
        } else if (title != null) {
            slug = Slugs.of(title);
            if (slug.isEmpty()) {
                check.fail("slug", Bilingual.of("không được để trống khi tiêu đề không có chữ hay số để tạo slug", "is required when the title has no letters or digits to make one from"));
            }
        }
        check.done();
    }

    public Photo cover() {
        return photos.get(0);
    }

    /** A builder: the required parts now, the rest by name; {@link Builder#build()} validates as the constructor does. */
    public static Builder builder(String title, LocalDate date, List<Photo> photos) {
        return new Builder(title, date, photos);
    }

    /**
     * Builds a {@link Album} by name instead of by position; what is not set takes the record's default.
     *
     * <pre>{@code
     * Album.builder(title, date, photos).slug(…).description(…).build()
     * }</pre>
     */
    public static final class Builder {
        private String slug;
        private String title;
        private LocalDate date;
        private String description;
        private List<Photo> photos;

        private Builder(String title, LocalDate date, List<Photo> photos) {
            this.title = title;
            this.date = date;
            this.photos = photos;
        }

        /** The album's address: ?album=slug; default: from the title. */
        public Builder slug(String slug) {
            this.slug = slug;
            return this;
        }

        /** A sentence about the album. */
        public Builder description(String description) {
            this.description = description;
            return this;
        }

        /** The Album; a {@link dev.congkit.core.model.ValidationException} names every rule the parts break. */
        public Album build() {
            return new Album(slug, title, date, description, photos);
        }
    }
}

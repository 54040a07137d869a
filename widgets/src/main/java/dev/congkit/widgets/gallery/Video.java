package dev.congkit.widgets.gallery;

import dev.congkit.core.i18n.Bilingual;
import dev.congkit.core.model.Doc;
import dev.congkit.core.model.Required;
import dev.congkit.core.model.WebLink;
import dev.congkit.core.validation.Check;

import java.time.LocalDate;
import java.util.Locale;

/**
 * A video of the library ("Thư viện video"): played only when asked (never autoplay, NO-MOTION),
 * with a poster and a captions track (WebVTT) so that it can be followed without sound (A11Y).
 *
 * <p>Example:
 * <pre>{@code
 * // site.json, in gallery: "videos": [ { "title": "Phóng sự lễ hội đền Mẫu Sơn", "date": "2026-02-21",
 * //     "src": "/media/video/le-hoi.mp4", "poster": "/media/video/le-hoi.jpg", "captions": "/media/video/le-hoi.vi.vtt" } ]
 * }</pre>
 */
@Doc(value = "A video with its poster and captions.", vi = "Một video kèm ảnh đại diện và phụ đề.")
public record Video(
        @Required @Doc(value = "Title.", vi = "Tiêu đề.") String title,
        @Required @Doc(value = "The day of the event or of publication.", vi = "Ngày diễn ra hoặc ngày đăng.") LocalDate date,
        @Required @Doc(value = "The video file (https or site-relative), MP4 or WebM.", vi = "Tệp video (https hoặc trong trang), MP4 hoặc WebM.") WebLink src,
        @Required @Doc(value = "The still shown before it plays.", vi = "Ảnh hiện trước khi phát.") WebLink poster,
        @Required @Doc(value = "The captions (WebVTT, .vtt).", vi = "Phụ đề (WebVTT, .vtt).") WebLink captions,
        @Doc(value = "Language of the captions; default vi.", vi = "Ngôn ngữ của phụ đề; mặc định vi.") String captionsLanguage,
        @Doc(value = "A sentence about the video.", vi = "Một câu giới thiệu video.") String description,
        @Doc(value = "Media type; default: from the file name (video/mp4, video/webm).", vi = "Kiểu tệp; mặc định: theo tên tệp (video/mp4, video/webm).") String type) {

    public Video {
        var check = new Check();
        title = check.requiredText("title", title);
        check.required("date", date);
        check.required("src", src);
        check.that("src", src, Photo::imageLink, Bilingual.of("địa chỉ (https hoặc trong trang) của tệp video", "an https or site-relative URL of the video file"));
        check.required("poster", poster);
        check.that("poster", poster, Photo::imageLink, Bilingual.of("địa chỉ ảnh (https hoặc trong trang)", "an https or site-relative image URL"));
        check.required("captions", captions);
        check.that("captions", captions, Photo::imageLink, Bilingual.of("địa chỉ (https hoặc trong trang) của một tệp phụ đề WebVTT", "an https or site-relative URL of a WebVTT file"));
        captionsLanguage = check.matches("captionsLanguage", captionsLanguage, java.util.regex.Pattern.compile("[a-z]{2,3}(-[A-Za-z0-9]{2,8})*"),
                Bilingual.of("một mã ngôn ngữ như vi hoặc en", "a language tag such as vi or en"));
        description = check.text("description", description);
        type = check.matches("type", type, java.util.regex.Pattern.compile("video/[a-z0-9.+-]+"), Bilingual.of("một kiểu tệp video như video/mp4", "a video media type such as video/mp4"));
        if (type == null && src != null) {
            type = src.value().toLowerCase(Locale.ROOT).replaceAll("[?#].*$", "").endsWith(".webm") ? "video/webm" : "video/mp4";
        }
        captionsLanguage = captionsLanguage == null ? "vi" : captionsLanguage;
        check.done();
    }

    /** A builder: the required parts now, the rest by name; {@link Builder#build()} validates as the constructor does. */
    public static Builder builder(String title, LocalDate date, WebLink src, WebLink poster, WebLink captions) {
        return new Builder(title, date, src, poster, captions);
    }

    /**
     * Builds a {@link Video} by name instead of by position; what is not set takes the record's default.
     *
     * <pre>{@code
     * Video.builder(title, date, src, poster, captions).captionsLanguage(…).description(…).type(…).build()
     * }</pre>
     */
    public static final class Builder {
        private String title;
        private LocalDate date;
        private WebLink src;
        private WebLink poster;
        private WebLink captions;
        private String captionsLanguage;
        private String description;
        private String type;

        private Builder(String title, LocalDate date, WebLink src, WebLink poster, WebLink captions) {
            this.title = title;
            this.date = date;
            this.src = src;
            this.poster = poster;
            this.captions = captions;
        }

        /** Language of the captions; default vi. */
        public Builder captionsLanguage(String captionsLanguage) {
            this.captionsLanguage = captionsLanguage;
            return this;
        }

        /** A sentence about the video. */
        public Builder description(String description) {
            this.description = description;
            return this;
        }

        /** Media type; default: from the file name (video/mp4, video/webm). */
        public Builder type(String type) {
            this.type = type;
            return this;
        }

        /** The Video; a {@link dev.congkit.core.model.ValidationException} names every rule the parts break. */
        public Video build() {
            return new Video(title, date, src, poster, captions, captionsLanguage, description, type);
        }
    }
}

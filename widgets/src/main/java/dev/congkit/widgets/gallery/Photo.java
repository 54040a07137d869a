package dev.congkit.widgets.gallery;

import dev.congkit.core.i18n.Bilingual;
import dev.congkit.core.model.Doc;
import dev.congkit.core.model.Required;
import dev.congkit.core.model.WebLink;
import dev.congkit.core.validation.Check;

import java.util.List;

/**
 * A photo of an album, always with alt text and a caption (NEWS-CAPTION); it links to the full
 * photo, which is the lightbox without JavaScript.
 *
 * <p>Example:
 * <pre>{@code
 * // site.json, in an album: "photos": [ { "src": "/media/anh/le-hoi-960.jpg", "full": "/media/anh/le-hoi.jpg",
 * //     "alt": "Đoàn rước kiệu", "caption": "Đoàn rước kiệu qua thôn Trung Tâm.", "width": 960, "height": 640 } ]
 * }</pre>
 */
@Doc(value = "A photo with its alt text and caption.", vi = "Một ảnh kèm mô tả ảnh và chú thích.")
public record Photo(
        @Required @Doc(value = "The image shown (https or site-relative).", vi = "Ảnh hiển thị (https hoặc trong trang).") WebLink src,
        @Doc(value = "The full-size photo the image links to; default: src.", vi = "Ảnh cỡ đầy đủ mà ảnh liên kết tới; mặc định: src.") WebLink full,
        @Required @Doc(value = "What the photo shows, for those who cannot see it.", vi = "Ảnh thể hiện điều gì, cho người không nhìn thấy.") String alt,
        @Required @Doc(value = "The caption (chú thích ảnh).", vi = "Chú thích ảnh.") String caption,
        @Doc(value = "Width in pixels of src.", vi = "Chiều rộng của src, tính bằng điểm ảnh.") Integer width,
        @Doc(value = "Height in pixels of src.", vi = "Chiều cao của src, tính bằng điểm ảnh.") Integer height,
        @Doc(value = "Resized copies for srcset.", vi = "Các bản thu nhỏ cho srcset.") List<PhotoVariant> variants) {

    public Photo {
        var check = new Check();
        check.required("src", src);
        check.that("src", src, Photo::imageLink, Bilingual.of("địa chỉ ảnh (https hoặc trong trang) không có dấu cách hay dấu phẩy", "an https or site-relative image URL without spaces or commas"));
        check.that("full", full, Photo::imageLink, Bilingual.of("địa chỉ ảnh (https hoặc trong trang) không có dấu cách hay dấu phẩy", "an https or site-relative image URL without spaces or commas"));
        alt = check.requiredText("alt", alt);
        caption = check.requiredText("caption", caption);
        check.that("width", width, w -> w > 0 && w <= 10_000, Bilingual.of("từ 1 đến 10000 điểm ảnh", "from 1 to 10000 pixels"));
        check.that("height", height, h -> h > 0 && h <= 10_000, Bilingual.of("từ 1 đến 10000 điểm ảnh", "from 1 to 10000 pixels"));
        variants = check.list("variants", variants);
        full = full == null ? src : full;
        check.done();
    }

    /** {@code srcset}: each variant and, when its width is known, src; empty without variants. */
    public String srcset() {
        if (variants.isEmpty()) {
            return "";
        }
        StringBuilder set = new StringBuilder();
        variants.forEach(v -> set.append(set.length() == 0 ? "" : ", ").append(v.src().value()).append(' ').append(v.width()).append('w'));
        if (width != null) {
            set.append(", ").append(src.value()).append(' ').append(width).append('w');
        }
        return set.toString();
    }

    /** A srcset candidate must not hold spaces or commas; only https and site paths reach a strict CSP anyway. */
    static boolean imageLink(WebLink link) {
        return (link.isSiteRelative() || link.value().startsWith("https:")) && !link.value().matches(".*[\\s,].*");
    }

    /** A builder: the required parts now, the rest by name; {@link Builder#build()} validates as the constructor does. */
    public static Builder builder(WebLink src, String alt, String caption) {
        return new Builder(src, alt, caption);
    }

    /**
     * Builds a {@link Photo} by name instead of by position; what is not set takes the record's default.
     *
     * <pre>{@code
     * Photo.builder(src, alt, caption).full(…).width(…).height(…).build()
     * }</pre>
     */
    public static final class Builder {
        private WebLink src;
        private WebLink full;
        private String alt;
        private String caption;
        private Integer width;
        private Integer height;
        private List<PhotoVariant> variants;

        private Builder(WebLink src, String alt, String caption) {
            this.src = src;
            this.alt = alt;
            this.caption = caption;
        }

        /** The full-size photo the image links to; default: src. */
        public Builder full(WebLink full) {
            this.full = full;
            return this;
        }

        /** Width in pixels of src. */
        public Builder width(Integer width) {
            this.width = width;
            return this;
        }

        /** Height in pixels of src. */
        public Builder height(Integer height) {
            this.height = height;
            return this;
        }

        /** Resized copies for srcset. */
        public Builder variants(List<PhotoVariant> variants) {
            this.variants = variants;
            return this;
        }

        /** The Photo; a {@link dev.congkit.core.model.ValidationException} names every rule the parts break. */
        public Photo build() {
            return new Photo(src, full, alt, caption, width, height, variants);
        }
    }
}

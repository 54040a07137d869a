package dev.congkit.widgets.news;

import dev.congkit.core.i18n.Bilingual;
import dev.congkit.core.model.Doc;
import dev.congkit.core.model.Required;
import dev.congkit.core.model.WebLink;
import dev.congkit.core.validation.Check;

/**
 * An article's lead image: always with alt text and a caption (NEWS-CAPTION), rendered in a
 * {@code figure} with its {@code figcaption}.
 *
 * <p>Example:
 * <pre>{@code
 * // site.json, in an article: "image": { "src": "/media/2026/hoi-nghi.jpg", "alt": "Hội trường UBND xã",
 * //     "caption": "Hội nghị chuyển đổi số tại hội trường UBND xã.", "width": 800, "height": 450 }
 * }</pre>
 */
@Doc(value = "An article's lead image with its alt text and caption.", vi = "Ảnh đầu bài viết kèm mô tả ảnh và chú thích.")
public record NewsImage(
        @Required @Doc(value = "Image URL (https or site-relative).", vi = "Địa chỉ ảnh (https hoặc trong trang).") WebLink src,
        @Required @Doc(value = "What the image shows, for those who cannot see it.", vi = "Ảnh thể hiện điều gì, cho người không nhìn thấy.") String alt,
        @Required @Doc(value = "The caption under the image (chú thích ảnh).", vi = "Chú thích dưới ảnh.") String caption,
        @Doc(value = "Who took it, e.g. \"Ảnh: Văn phòng UBND xã\".", vi = "Người chụp, ví dụ \"Ảnh: Văn phòng UBND xã\".") String credit,
        @Doc(value = "Width in pixels.", vi = "Chiều rộng, tính bằng điểm ảnh.") Integer width,
        @Doc(value = "Height in pixels.", vi = "Chiều cao, tính bằng điểm ảnh.") Integer height) {

    public NewsImage {
        var check = new Check();
        check.required("src", src);
        check.that("src", src, link -> link.isSiteRelative() || link.value().startsWith("https:"), Bilingual.of("địa chỉ ảnh (https hoặc trong trang)", "an https or site-relative image URL"));
        alt = check.requiredText("alt", alt);
        caption = check.requiredText("caption", caption);
        credit = check.text("credit", credit);
        check.that("width", width, w -> w > 0 && w <= 10_000, Bilingual.of("từ 1 đến 10000 điểm ảnh", "from 1 to 10000 pixels"));
        check.that("height", height, h -> h > 0 && h <= 10_000, Bilingual.of("từ 1 đến 10000 điểm ảnh", "from 1 to 10000 pixels"));
        check.done();
    }

    /** A builder: the required parts now, the rest by name; {@link Builder#build()} validates as the constructor does. */
    public static Builder builder(WebLink src, String alt, String caption) {
        return new Builder(src, alt, caption);
    }

    /**
     * Builds a {@link NewsImage} by name instead of by position; what is not set takes the record's default.
     *
     * <pre>{@code
     * NewsImage.builder(src, alt, caption).credit(…).width(…).height(…).build()
     * }</pre>
     */
    public static final class Builder {
        private WebLink src;
        private String alt;
        private String caption;
        private String credit;
        private Integer width;
        private Integer height;

        private Builder(WebLink src, String alt, String caption) {
            this.src = src;
            this.alt = alt;
            this.caption = caption;
        }

        /** Who took it, e.g. "Ảnh: Văn phòng UBND xã". */
        public Builder credit(String credit) {
            this.credit = credit;
            return this;
        }

        /** Width in pixels. */
        public Builder width(Integer width) {
            this.width = width;
            return this;
        }

        /** Height in pixels. */
        public Builder height(Integer height) {
            this.height = height;
            return this;
        }

        /** The NewsImage; a {@link dev.congkit.core.model.ValidationException} names every rule the parts break. */
        public NewsImage build() {
            return new NewsImage(src, alt, caption, credit, width, height);
        }
    }
}

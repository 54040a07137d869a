package dev.congkit.widgets.gallery;

import dev.congkit.core.i18n.Bilingual;
import dev.congkit.core.model.Doc;
import dev.congkit.core.model.Required;
import dev.congkit.core.model.WebLink;
import dev.congkit.core.validation.Check;

/**
 * A resized copy of a photo (from the image module's slot budgets), offered to the browser in
 * {@code srcset} so that a phone does not download the camera original.
 *
 * <p>Example:
 * <pre>{@code
 * // site.json, in a photo: "variants": [ { "src": "/media/anh/le-hoi-480.jpg", "width": 480 } ]
 * }</pre>
 */
@Doc(value = "A resized copy of a photo.", vi = "Một bản thu nhỏ của ảnh.")
public record PhotoVariant(
        @Required @Doc(value = "Image URL (https or site-relative).", vi = "Địa chỉ ảnh (https hoặc trong trang).") WebLink src,
        @Required @Doc(value = "Its width in pixels.", vi = "Chiều rộng, tính bằng điểm ảnh.") Integer width) {

    public PhotoVariant {
        var check = new Check();
        check.required("src", src);
        check.that("src", src, Photo::imageLink, Bilingual.of("địa chỉ ảnh (https hoặc trong trang) không có dấu cách hay dấu phẩy", "an https or site-relative image URL without spaces or commas"));
        check.required("width", width);
        check.that("width", width, w -> w > 0 && w <= 10_000, Bilingual.of("từ 1 đến 10000 điểm ảnh", "from 1 to 10000 pixels"));
        check.done();
    }

    /** A builder: the required parts now, the rest by name; {@link Builder#build()} validates as the constructor does. */
    public static Builder builder(WebLink src, Integer width) {
        return new Builder(src, width);
    }

    /**
     * Builds a {@link PhotoVariant} by name instead of by position; what is not set takes the record's default.
     *
     * <pre>{@code
     * PhotoVariant.builder(src, width).build()
     * }</pre>
     */
    public static final class Builder {
        private WebLink src;
        private Integer width;

        private Builder(WebLink src, Integer width) {
            this.src = src;
            this.width = width;
        }

        /** The PhotoVariant; a {@link dev.congkit.core.model.ValidationException} names every rule the parts break. */
        public PhotoVariant build() {
            return new PhotoVariant(src, width);
        }
    }
}

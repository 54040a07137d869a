package dev.congkit.core.model;

import dev.congkit.core.i18n.Bilingual;
import dev.congkit.core.validation.Check;

/**
 * An image given by URL with its text equivalent (IMAGE-ALT). The alt text is required unless the
 * image is explicitly marked decorative.
 *
 * <p>Example:
 * <pre>{@code
 * // site.json: "logo": { "src": "/images/quoc-huy.png", "alt": "Quốc huy" }
 * ImageRef logo = new ImageRef(WebLink.of("/images/quoc-huy.png"), "Quốc huy", false);
 * logo.altText();   // "Quốc huy"; "" for an image marked "decorative": true
 * }</pre>
 */
@Doc(value = "An image URL with its alternative text.", vi = "Địa chỉ ảnh kèm mô tả ảnh.")
public record ImageRef(
        @Required @Doc(value = "Image URL (https, http or site-relative).", vi = "Địa chỉ ảnh (https, http hoặc trong trang).") WebLink src,
        @Doc(value = "Text equivalent; required unless decorative is true.", vi = "Mô tả thay thế; bắt buộc trừ khi decorative là true.") String alt,
        @Doc(value = "True only for an image that carries no information.", vi = "true chỉ khi ảnh không mang thông tin.") Boolean decorative) {

    public ImageRef {
        var check = new Check();
        check.required("src", src);
        check.that("src", src, link -> link.isWeb() || link.isSiteRelative(), Bilingual.of("địa chỉ ảnh (https, http hoặc trong trang)", "an https, http or site-relative image URL"));
        alt = check.text("alt", alt);
        decorative = Boolean.TRUE.equals(decorative);
        if (alt == null && !decorative) {
            check.fail("alt", Bilingual.of("không được để trống, trừ khi ảnh được đánh dấu \"decorative\": true", "is required unless the image is marked \"decorative\": true"));
        }
        check.done();
    }

    /** The alt attribute value: the text, or empty for a decorative image. */
    public String altText() {
        return alt == null ? "" : alt;
    }

    /** A builder: the required parts now, the rest by name; {@link Builder#build()} validates as the constructor does. */
    public static Builder builder(WebLink src) {
        return new Builder(src);
    }

    /**
     * Builds an {@link ImageRef} by name instead of by position; what is not set takes the record's default.
     *
     * <pre>{@code
     * ImageRef.builder(src).alt(…).decorative(…).build()
     * }</pre>
     */
    public static final class Builder {
        private WebLink src;
        private String alt;
        private Boolean decorative;

        private Builder(WebLink src) {
            this.src = src;
        }

        /** Text equivalent; required unless decorative is true. */
        public Builder alt(String alt) {
            this.alt = alt;
            return this;
        }

        /** True only for an image that carries no information. */
        public Builder decorative(boolean decorative) {
            this.decorative = decorative;
            return this;
        }

        /** The ImageRef; a {@link ValidationException} names every rule the parts break. */
        public ImageRef build() {
            return new ImageRef(src, alt, decorative);
        }
    }
}

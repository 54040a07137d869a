package dev.congkit.image;

import dev.congkit.core.model.ValidationException;
import dev.congkit.core.model.SectionKey;
import dev.congkit.core.validation.Check;
import dev.congkit.core.model.Doc;

import java.util.Map;

/**
 * The optional {@code images} section: the site's own slot budgets and where its image files are.
 *
 * <p>Example:
 * <pre>{@code
 * // site.json: "images": { "folder": "public",
 * //     "slots": { "news": { "maxWidth": 1000, "maxHeight": 1000, "maxBytes": 250000, "format": "JPEG" } } }
 * Optional<Images> images = site.section(Images.SECTION);
 * }</pre>
 */
@Doc(value = "Image budgets and the folder that holds the site's images.", vi = "Giới hạn ảnh và thư mục chứa ảnh của trang.")
public record Images(
        @Doc(value = "Budgets by slot name, replacing the rule set's (banner-top, banner-left, banner-right, banner-centre, news, thumbnail, avatar, logo, ...).", vi = "Mức giới hạn theo tên vị trí, thay cho của bộ quy tắc (banner-top, banner-left, banner-right, banner-centre, news, thumbnail, avatar, logo, ...).") Map<String, SlotBudget> slots,
        @Doc(value = "Folder, relative to site.json, where site-relative image URLs are found (/banners/a.jpg is FOLDER/banners/a.jpg); default: the folder of site.json.", vi = "Thư mục, tính từ site.json, chứa ảnh có địa chỉ trong trang (/banners/a.jpg là THƯ-MỤC/banners/a.jpg); mặc định: thư mục của site.json.") String folder) {

    /** The key of this section in {@code site.json}: {@code site.section(Images.SECTION)}. */
    public static final SectionKey<Images> SECTION = SectionKey.of("images", Images.class);

    public Images {
        var check = new Check();
        slots = check.map("slots", slots);
        folder = check.text("folder", folder);
        check.done();
    }

    /** A builder: the required parts now, the rest by name; {@link Builder#build()} validates as the constructor does. */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Builds an {@link Images} by name instead of by position; what is not set takes the record's default.
     *
     * <pre>{@code
     * Images.builder().slots(…).folder(…).build()
     * }</pre>
     */
    public static final class Builder {
        private Map<String, SlotBudget> slots;
        private String folder;

        private Builder() {
        }

        /** Budgets by slot name, replacing the rule set's (banner-top, banner-left, banner-right, banner-centre, news, thumbnail, avatar, logo, ...). */
        public Builder slots(Map<String, SlotBudget> slots) {
            this.slots = slots;
            return this;
        }

        /** Folder, relative to site.json, where site-relative image URLs are found (/banners/a.jpg is FOLDER/banners/a.jpg); default: the folder of site.json. */
        public Builder folder(String folder) {
            this.folder = folder;
            return this;
        }

        /** The Images; a {@link ValidationException} names every rule the parts break. */
        public Images build() {
            return new Images(slots, folder);
        }
    }
}

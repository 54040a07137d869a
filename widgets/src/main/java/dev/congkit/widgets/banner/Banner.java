package dev.congkit.widgets.banner;

import dev.congkit.core.i18n.Bilingual;
import dev.congkit.core.model.ValidationException;
import dev.congkit.core.validation.Check;
import dev.congkit.core.model.Doc;
import dev.congkit.core.model.ImageRef;
import dev.congkit.core.model.Required;
import dev.congkit.core.model.WebLink;

import java.time.LocalDate;
import java.util.regex.Pattern;

/**
 * A banner: an image with its text equivalent, an optional link, a place on the page, and a
 * validity window. A campaign banner must end (BANNER-EXPIRY); only a banner marked
 * {@code permanent} (the feedback system, emblem links) may go without an end date.
 *
 * <p>Example:
 * <pre>{@code
 * // site.json: "banners": { "items": [ { "key": "bau-cu", "slot": "RIGHT", "link": "/bau-cu",
 * //     "image": { "src": "/banners/bau-cu.jpg", "alt": "Bầu cử đại biểu Quốc hội và HĐND các cấp" },
 * //     "validFrom": "2026-01-05", "validUntil": "2026-03-31", "width": 300, "height": 150 } ] }
 * Banner banner = site.section(Banners.SECTION).orElseThrow().items().get(0);
 * banner.shownOn(LocalDate.of(2026, 11, 28));     // false: the campaign is over
 * banner.expiredOn(LocalDate.of(2026, 11, 28));   // true: BannerCheck reports it (BANNER-EXPIRY)
 * }</pre>
 */
@Doc(value = "A banner: image, alt text, link, slot and validity window.", vi = "Một băng-rôn: ảnh, mô tả ảnh, liên kết, vị trí và thời gian hiển thị.")
public record Banner(
        @Required @Doc(value = "Stable key, e.g. chuyen-doi-so.", vi = "Mã cố định, ví dụ chuyen-doi-so.") String key,
        @Required @Doc(value = "The image and its alt text (which says what the banner says).", vi = "Ảnh và mô tả ảnh (nói điều băng-rôn nói).") ImageRef image,
        @Doc(value = "Where the banner links.", vi = "Nơi băng-rôn liên kết tới.") WebLink link,
        @Required @Doc(value = "LEFT, RIGHT, CENTRE or TOP.", vi = "LEFT, RIGHT, CENTRE hoặc TOP.") BannerSlot slot,
        @Doc(value = "First day shown (Vietnam time).", vi = "Ngày đầu hiển thị (giờ Việt Nam).") LocalDate validFrom,
        @Doc(value = "Last day shown; required unless permanent.", vi = "Ngày cuối hiển thị; bắt buộc trừ khi không thời hạn.") LocalDate validUntil,
        @Doc(value = "True for banners without an end (feedback system, emblem links).", vi = "true với băng-rôn không có ngày kết thúc (hệ thống phản ánh, liên kết quốc huy).") Boolean permanent,
        @Doc(value = "Image width in pixels, to reserve space and avoid layout shift.", vi = "Chiều rộng ảnh, tính bằng điểm ảnh, để giữ chỗ và trang không bị xô lệch.") Integer width,
        @Doc(value = "Image height in pixels.", vi = "Chiều cao ảnh, tính bằng điểm ảnh.") Integer height,
        @Doc(value = "Position within the slot: lower first.", vi = "Vị trí trong ô: số nhỏ đứng trước.") Integer order) {

    private static final Pattern KEY = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

    public Banner {
        var check = new Check();
        key = check.required("key", check.matches("key", key, KEY, Bilingual.of("một mã gồm chữ thường, chữ số và dấu gạch ngang", "a key of lower-case letters, digits and hyphens")));
        check.required("image", image);
        check.required("slot", slot);
        permanent = Boolean.TRUE.equals(permanent);
        if (validUntil == null && !permanent) {
            check.fail("validUntil", Bilingual.of("không được để trống, trừ khi băng-rôn được đánh dấu \"permanent\": true (băng-rôn tuyên truyền phải có ngày kết thúc, BANNER-EXPIRY)", "is required unless the banner is marked \"permanent\": true (campaign banners must end, BANNER-EXPIRY)"));
        }
        if (validFrom != null && validUntil != null && validUntil.isBefore(validFrom)) {
            check.fail("validUntil", Check.notBefore("validFrom", validFrom, validUntil));
        }
        if (link != null && image != null && image.decorative()) {
            check.fail("image.decorative", Bilingual.of("không được là true với băng-rôn có liên kết: mô tả ảnh chính là tên của liên kết", "must not be true for a linked banner: its alt text is the link's name"));
        }
        check.that("image.src", image == null ? null : image.src(), l -> !l.value().startsWith("mailto:") && !l.value().startsWith("tel:"), Bilingual.of("địa chỉ một tệp ảnh", "an image URL"));
        check.that("width", width, n -> n > 0 && n <= 4000, Bilingual.of("từ 1 đến 4000", "between 1 and 4000"));
        check.that("height", height, n -> n > 0 && n <= 4000, Bilingual.of("từ 1 đến 4000", "between 1 and 4000"));
        order = order == null ? 0 : order;
        check.done();
    }

    /** Whether the banner is shown on {@code day}. */
    public boolean shownOn(LocalDate day) {
        return (validFrom == null || !day.isBefore(validFrom)) && (validUntil == null || !day.isAfter(validUntil));
    }

    public boolean expiredOn(LocalDate day) {
        return validUntil != null && day.isAfter(validUntil);
    }

    /** A builder: the required parts now, the rest by name; {@link Builder#build()} validates as the constructor does. */
    public static Builder builder(String key, ImageRef image, BannerSlot slot) {
        return new Builder(key, image, slot);
    }

    /**
     * Builds a {@link Banner} by name instead of by position; what is not set takes the record's default.
     *
     * <pre>{@code
     * Banner.builder(key, image, slot).link(…).validFrom(…).build()
     * }</pre>
     */
    public static final class Builder {
        private String key;
        private ImageRef image;
        private WebLink link;
        private BannerSlot slot;
        private LocalDate validFrom;
        private LocalDate validUntil;
        private Boolean permanent;
        private Integer width;
        private Integer height;
        private Integer order;

        private Builder(String key, ImageRef image, BannerSlot slot) {
            this.key = key;
            this.image = image;
            this.slot = slot;
        }

        /** Where the banner links. */
        public Builder link(WebLink link) {
            this.link = link;
            return this;
        }

        /** First day shown (Vietnam time). */
        public Builder validFrom(LocalDate validFrom) {
            this.validFrom = validFrom;
            return this;
        }

        /** Last day shown; required unless permanent. */
        public Builder validUntil(LocalDate validUntil) {
            this.validUntil = validUntil;
            return this;
        }

        /** True for banners without an end (feedback system, emblem links). */
        public Builder permanent(boolean permanent) {
            this.permanent = permanent;
            return this;
        }

        /** Image width in pixels, to reserve space and avoid layout shift. */
        public Builder width(int width) {
            this.width = width;
            return this;
        }

        /** Image height in pixels. */
        public Builder height(int height) {
            this.height = height;
            return this;
        }

        /** Position within the slot: lower first. */
        public Builder order(int order) {
            this.order = order;
            return this;
        }

        /** The Banner; a {@link ValidationException} names every rule the parts break. */
        public Banner build() {
            return new Banner(key, image, link, slot, validFrom, validUntil, permanent, width, height, order);
        }
    }
}

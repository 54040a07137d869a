package dev.congkit.widgets.banner;

import dev.congkit.core.i18n.Bilingual;
import dev.congkit.core.model.ValidationException;
import dev.congkit.core.model.SectionKey;
import dev.congkit.core.validation.Check;
import dev.congkit.core.model.Doc;
import dev.congkit.core.model.ImageRef;
import dev.congkit.core.model.Link;
import dev.congkit.core.model.PhoneNumber;
import dev.congkit.core.model.WebLink;

import java.util.List;
import java.util.regex.Pattern;

/**
 * The feedback-system banner (BANNER-FEEDBACK): a preset for a known provincial system, or a
 * custom one; every field given here replaces the preset's. Presets: {@code thanh-hoa},
 * {@code ho-chi-minh}, {@code da-nang}, {@code dich-vu-cong}, or {@code none}.
 *
 * <p>Example:
 * <pre>{@code
 * // site.json: "feedbackBanner": { "preset": "thanh-hoa" }            the provincial system, as shipped
 * // or a custom system:
 * // "feedbackBanner": { "preset": "none", "title": "Cổng phản ánh xã Mẫu Sơn", "link": "https://phananh.example.vn",
 * //     "image": { "src": "/banners/phan-anh.png", "alt": "Gửi phản ánh, kiến nghị" } }
 * FeedbackBanner banner = FeedbackPresets.resolve(site).orElseThrow();
 * }</pre>
 */
@Doc(value = "The feedback-system banner: a provincial preset or a custom system.", vi = "Băng-rôn hệ thống phản ánh, kiến nghị: theo mẫu của tỉnh hoặc một hệ thống riêng.")
public record FeedbackBanner(
        @Doc(value = "thanh-hoa, ho-chi-minh, da-nang, dich-vu-cong or none; default thanh-hoa under the thanhhoa-camthuy-2023 rule set.", vi = "thanh-hoa, ho-chi-minh, da-nang, dich-vu-cong hoặc none; mặc định thanh-hoa theo bộ quy tắc thanhhoa-camthuy-2023.") String preset,
        @Doc(value = "Title, e.g. \"Hệ thống phản hồi Thanh Hóa\".", vi = "Tiêu đề, ví dụ \"Hệ thống phản hồi Thanh Hóa\".") String title,
        @Doc(value = "Title in English.", vi = "Tiêu đề tiếng Anh.") String titleEn,
        @Doc(value = "One line saying what the system does.", vi = "Một dòng nói hệ thống làm gì.") String description,
        @Doc(value = "Description in English.", vi = "Mô tả tiếng Anh.") String descriptionEn,
        @Doc(value = "The system's address.", vi = "Địa chỉ của hệ thống.") WebLink link,
        @Doc(value = "Hotline.", vi = "Đường dây nóng.") PhoneNumber hotline,
        @Doc(value = "Other ways in: app or social-network links.", vi = "Cách truy cập khác: ứng dụng hoặc mạng xã hội.") List<Link> apps,
        @Doc(value = "The banner image and its alt text; the preset ships one of its own.", vi = "Ảnh băng-rôn và mô tả ảnh; mẫu có sẵn ảnh riêng.") ImageRef image) {

    /** The key of this section in {@code site.json}: {@code site.section(FeedbackBanner.SECTION)}. */
    public static final SectionKey<FeedbackBanner> SECTION = SectionKey.of("feedbackBanner", FeedbackBanner.class);

    private static final Pattern PRESET = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

    public FeedbackBanner {
        var check = new Check();
        preset = check.matches("preset", preset, PRESET, Bilingual.of("mã của một mẫu có sẵn như thanh-hoa", "a preset id such as thanh-hoa"));
        title = check.text("title", title);
        titleEn = check.text("titleEn", titleEn);
        description = check.text("description", description);
        descriptionEn = check.text("descriptionEn", descriptionEn);
        check.that("link", link, WebLink::isWeb, Bilingual.of("một địa chỉ https hoặc http", "an https or http URL"));
        apps = check.list("apps", apps);
        check.done();
    }

    /** This banner with the blanks filled from {@code preset}. */
    public FeedbackBanner over(FeedbackBanner base) {
        return new FeedbackBanner(preset, title != null ? title : base.title(), titleEn != null ? titleEn : base.titleEn(),
                description != null ? description : base.description(), descriptionEn != null ? descriptionEn : base.descriptionEn(),
                link != null ? link : base.link(), hotline != null ? hotline : base.hotline(), apps.isEmpty() ? base.apps() : apps,
                image != null ? image : base.image());
    }

    /** A builder: the required parts now, the rest by name; {@link Builder#build()} validates as the constructor does. */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Builds a {@link FeedbackBanner} by name instead of by position; what is not set takes the record's default.
     *
     * <pre>{@code
     * FeedbackBanner.builder().preset(…).title(…).build()
     * }</pre>
     */
    public static final class Builder {
        private String preset;
        private String title;
        private String titleEn;
        private String description;
        private String descriptionEn;
        private WebLink link;
        private PhoneNumber hotline;
        private List<Link> apps;
        private ImageRef image;

        private Builder() {
        }

        /** thanh-hoa, ho-chi-minh, da-nang, dich-vu-cong or none; default thanh-hoa under the thanhhoa-camthuy-2023 rule set. */
        public Builder preset(String preset) {
            this.preset = preset;
            return this;
        }

        /** Title, e.g. "Hệ thống phản hồi Thanh Hóa". */
        public Builder title(String title) {
            this.title = title;
            return this;
        }

        /** Title in English. */
        public Builder titleEn(String titleEn) {
            this.titleEn = titleEn;
            return this;
        }

        /** One line saying what the system does. */
        public Builder description(String description) {
            this.description = description;
            return this;
        }

        /** Description in English. */
        public Builder descriptionEn(String descriptionEn) {
            this.descriptionEn = descriptionEn;
            return this;
        }

        /** The system's address. */
        public Builder link(WebLink link) {
            this.link = link;
            return this;
        }

        /** Hotline. */
        public Builder hotline(PhoneNumber hotline) {
            this.hotline = hotline;
            return this;
        }

        /** Other ways in: app or social-network links. */
        public Builder apps(List<Link> apps) {
            this.apps = apps;
            return this;
        }

        /** The banner image and its alt text; the preset ships one of its own. */
        public Builder image(ImageRef image) {
            this.image = image;
            return this;
        }

        /** The FeedbackBanner; a {@link ValidationException} names every rule the parts break. */
        public FeedbackBanner build() {
            return new FeedbackBanner(preset, title, titleEn, description, descriptionEn, link, hotline, apps, image);
        }
    }
}

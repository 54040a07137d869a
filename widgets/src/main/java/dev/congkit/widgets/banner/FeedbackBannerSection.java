package dev.congkit.widgets.banner;

import dev.congkit.core.i18n.Bilingual;
import dev.congkit.core.validation.Check;
import dev.congkit.core.config.SiteSection;
import dev.congkit.core.model.SiteConfig;
import dev.congkit.core.model.Violation;

import java.util.ArrayList;
import java.util.List;

/**
 * Registers the {@code feedbackBanner} section; its preset must exist and a custom one needs title, link and image.
 *
 * <p>Example:
 * <pre>{@code
 * // the "feedbackBanner" key of site.json, bound to FeedbackBanner; validate() refuses an unknown preset
 * Optional<FeedbackBanner> configured = site.section(FeedbackBanner.SECTION);
 * }</pre>
 */
public final class FeedbackBannerSection implements SiteSection<FeedbackBanner> {


    @Override
    public String name() {
        return FeedbackBanner.SECTION.name();
    }

    @Override
    public Class<FeedbackBanner> type() {
        return FeedbackBanner.SECTION.type();
    }

    @Override
    public List<Violation> validate(FeedbackBanner banner, SiteConfig site) {
        List<Violation> problems = new ArrayList<>();
        if (banner.preset() != null && !banner.preset().equals(FeedbackPresets.NONE) && FeedbackPresets.get(banner.preset()).isEmpty()) {
            problems.add(new Violation("preset", Check.mustBe(Bilingual.of("một trong " + String.join(", ", FeedbackPresets.ids()) + ", none",
                    "one of " + String.join(", ", FeedbackPresets.ids()) + ", none"), banner.preset())));
            return problems;
        }
        FeedbackBanner resolved = FeedbackPresets.resolve(site).orElse(null);
        if (resolved != null) {
            if (resolved.title() == null) {
                problems.add(new Violation("title", Bilingual.of("không được để trống khi hệ thống góp ý không theo mẫu có sẵn", "is required for a feedback system without a preset")));
            }
            if (resolved.link() == null) {
                problems.add(new Violation("link", Bilingual.of("không được để trống khi hệ thống góp ý không theo mẫu có sẵn", "is required for a feedback system without a preset")));
            }
            if (resolved.image() == null) {
                problems.add(new Violation("image", Bilingual.of("không được để trống khi hệ thống góp ý không theo mẫu có sẵn", "is required for a feedback system without a preset")));
            }
        }
        return problems;
    }

    @Override
    public String description() {
        return "The feedback-system banner (BANNER-FEEDBACK, FEEDBACK-FUNCTION).";
    }
}

package dev.congkit.widgets.banner;

import dev.congkit.core.config.DataFiles;
import dev.congkit.core.model.SiteConfig;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The known provincial feedback systems, as data ({@code feedback-presets.json}), each with a banner image of our own.
 *
 * <p>Example:
 * <pre>{@code
 * FeedbackPresets.ids();                 // the shipped presets, e.g. [thanh-hoa, ho-chi-minh, da-nang, dich-vu-cong]
 * FeedbackPresets.get("thanh-hoa");      // Optional[FeedbackBanner[title=Hệ thống phản hồi Thanh Hóa, ...]]
 * FeedbackPresets.resolve(site);         // the site's banner: its own values over its preset; empty for "none"
 * }</pre>
 */
public final class FeedbackPresets {

    public static final String NONE = "none";
    private static final Map<String, FeedbackBanner> PRESETS = load();
    private static final Map<String, String> BY_RULE_SET = Map.of("thanhhoa-camthuy-2023", "thanh-hoa");

    private FeedbackPresets() {
    }

    public static Optional<FeedbackBanner> get(String id) {
        return Optional.ofNullable(PRESETS.get(id));
    }

    public static List<String> ids() {
        return List.copyOf(PRESETS.keySet());
    }

    /** The site's feedback banner with its preset filled in, or empty when it has none. */
    public static Optional<FeedbackBanner> resolve(SiteConfig site) {
        Optional<FeedbackBanner> configured = site.section(FeedbackBanner.SECTION);
        String preset = configured.map(FeedbackBanner::preset).orElse(null);
        if (preset == null) {
            preset = site.ruleSet() == null ? null : BY_RULE_SET.get(site.ruleSet());
        }
        if (NONE.equals(preset)) {
            return Optional.empty();
        }
        FeedbackBanner base = preset == null ? null : PRESETS.get(preset);
        if (configured.isEmpty()) {
            return Optional.ofNullable(base);
        }
        return Optional.of(base == null ? configured.get() : configured.get().over(base));
    }

    private static Map<String, FeedbackBanner> load() {
        return DataFiles.readMap(FeedbackPresets.class.getClassLoader(), "dev/congkit/widgets/banner/feedback-presets.json", FeedbackBanner.class);
    }
}

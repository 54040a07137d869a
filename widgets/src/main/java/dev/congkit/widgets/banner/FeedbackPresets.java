package dev.congkit.widgets.banner;

import dev.congkit.core.config.ConfigException;
import dev.congkit.core.config.SiteConfigLoader;
import dev.congkit.core.internal.TreeBinder;
import dev.congkit.core.model.SiteConfig;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** The known provincial feedback systems, as data ({@code feedback-presets.json}), each with a banner image of our own. */
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
        Optional<FeedbackBanner> configured = site.section(FeedbackBannerSection.NAME, FeedbackBanner.class);
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
        String resource = "dev/congkit/widgets/banner/feedback-presets.json";
        try (InputStream in = FeedbackPresets.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + " is missing");
            }
            Map<String, FeedbackBanner> presets = new LinkedHashMap<>();
            SiteConfigLoader.parse(resource, new String(in.readAllBytes(), StandardCharsets.UTF_8)).fields().forEachRemaining(entry -> {
                TreeBinder binder = new TreeBinder();
                FeedbackBanner banner = binder.bindRecord(entry.getValue(), FeedbackBanner.class, entry.getKey(), Map.of(), Set.of());
                if (banner == null) {
                    throw new IllegalStateException(resource + ": " + binder.problems());
                }
                presets.put(entry.getKey(), banner);
            });
            return Collections.unmodifiableMap(presets);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (ConfigException e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
    }
}

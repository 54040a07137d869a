package dev.congkit.image;

import com.fasterxml.jackson.databind.JsonNode;
import dev.congkit.core.config.ConfigException;
import dev.congkit.core.config.SiteConfigLoader;
import dev.congkit.core.internal.TreeBinder;
import dev.congkit.core.model.SiteConfig;
import dev.congkit.core.rules.EffectiveRules;
import dev.congkit.core.rules.Rule;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The slot budgets in force: the built-in defaults, replaced by the rule set's IMAGE-BUDGET
 * parameters (so the resizer and the auditor judge alike), replaced by the site's {@code images}.
 */
public final class Slots {

    private static final Map<String, Slot> DEFAULTS = load();

    private Slots() {
    }

    /** The built-in budgets: banner-top, banner-left, banner-right, banner-centre, news, thumbnail, avatar, logo. */
    public static Map<String, Slot> defaults() {
        return DEFAULTS;
    }

    /** The budgets for a site judged by {@code rules}. */
    public static Map<String, Slot> forSite(SiteConfig site, EffectiveRules rules) {
        Map<String, Slot> slots = new LinkedHashMap<>(forRules(rules));
        site.section(ImagesSection.NAME, Images.class).ifPresent(images ->
                images.slots().forEach((name, budget) -> slots.put(name, budget.named(name))));
        return Collections.unmodifiableMap(slots);
    }

    /** The defaults with the rule set's IMAGE-BUDGET parameters applied. */
    public static Map<String, Slot> forRules(EffectiveRules rules) {
        Map<String, Slot> slots = new LinkedHashMap<>(DEFAULTS);
        Optional<JsonNode> params = rules == null ? Optional.empty() : rules.rule("IMAGE-BUDGET").map(Rule::params).map(p -> p.path("slots"));
        params.filter(JsonNode::isObject).ifPresent(node -> slots.putAll(parse("IMAGE-BUDGET params", node)));
        return Collections.unmodifiableMap(slots);
    }

    private static Map<String, Slot> load() {
        String resource = "dev/congkit/image/slots.json";
        try (InputStream in = Slots.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + " is missing");
            }
            return Collections.unmodifiableMap(parse(resource, SiteConfigLoader.parse(resource, new String(in.readAllBytes(), StandardCharsets.UTF_8))));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (ConfigException e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
    }

    private static Map<String, Slot> parse(String source, JsonNode node) {
        Map<String, Slot> slots = new LinkedHashMap<>();
        node.fields().forEachRemaining(entry -> {
            TreeBinder binder = new TreeBinder();
            SlotBudget budget = binder.bindRecord(entry.getValue(), SlotBudget.class, entry.getKey(), Map.of(), Set.of());
            if (budget == null) {
                throw new IllegalStateException(source + ": " + binder.problems());
            }
            slots.put(entry.getKey(), budget.named(entry.getKey()));
        });
        return slots;
    }
}

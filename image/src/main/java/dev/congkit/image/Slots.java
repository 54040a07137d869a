package dev.congkit.image;

import com.fasterxml.jackson.databind.JsonNode;
import dev.congkit.core.config.DataFiles;
import dev.congkit.core.model.SiteConfig;
import dev.congkit.core.rules.EffectiveRules;
import dev.congkit.core.rules.Rule;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The slot budgets in force: the built-in defaults, replaced by the rule set's IMAGE-BUDGET
 * parameters (so the resizer and the auditor judge alike), replaced by the site's {@code images}.
 *
 * <p>Example:
 * <pre>{@code
 * Map<String, Slot> slots = Slots.forSite(site, rules);   // the rule set's budgets, with the site's own over them
 * Slot news = slots.get("news");                          // 1200 × 1200 px, 300 KiB, JPEG by default
 * }</pre>
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
        site.section(Images.SECTION).ifPresent(images ->
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
        return named(DataFiles.readMap(Slots.class.getClassLoader(), "dev/congkit/image/slots.json", SlotBudget.class));
    }

    private static Map<String, Slot> parse(String source, JsonNode node) {
        return named(DataFiles.bindMap(source, node, SlotBudget.class));
    }

    private static Map<String, Slot> named(Map<String, SlotBudget> budgets) {
        Map<String, Slot> slots = new LinkedHashMap<>();
        budgets.forEach((name, budget) -> slots.put(name, budget.named(name)));
        return Collections.unmodifiableMap(slots);
    }
}

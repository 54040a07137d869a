package dev.congkit.core.rules;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The rules that judge a site on one date: the national set in force, with a preset (if the site
 * names one) laid on top. A requirement absent from both is not judged.
 *
 * <p>Example:
 * <pre>{@code
 * EffectiveRules rules = RuleSets.builtIn().effective("thanhhoa-camthuy-2023", LocalDate.of(2026, 11, 28));
 * rules.rule("BANNER-FEEDBACK").map(Rule::severity);   // Optional[ERROR]
 * rules.top().title();                                 // "Công văn của UBND huyện Cẩm Thủy (Thanh Hóa), tháng 02/2023"
 * }</pre>
 */
public record EffectiveRules(LocalDate date, List<RuleSet> layers) {

    public EffectiveRules {
        layers = List.copyOf(layers);
        if (layers.isEmpty()) {
            throw new IllegalArgumentException("at least one rule set is needed");
        }
    }

    /** The set the site named, or the national one: the top layer. */
    public RuleSet top() {
        return layers.get(layers.size() - 1);
    }

    public Optional<Rule> rule(String requirementId) {
        for (int i = layers.size() - 1; i >= 0; i--) {
            Rule rule = layers.get(i).requirements().get(requirementId);
            if (rule != null) {
                return Optional.of(rule);
            }
        }
        return Optional.empty();
    }

    /** Every requirement judged, upper layers winning. */
    public Map<String, Rule> all() {
        Map<String, Rule> merged = new LinkedHashMap<>();
        layers.forEach(layer -> merged.putAll(layer.requirements()));
        return merged;
    }
}

package dev.congkit.core.rules;

import dev.congkit.core.config.DataFiles;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Collections;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The rule sets on the class path. Each jar may list its sets, one id a line, in
 * {@code META-INF/congkit/rulesets.list}, with each set in {@code META-INF/congkit/rulesets/ID.json};
 * adding a province's set is a data change.
 *
 * <p>Example:
 * <pre>{@code
 * RuleSets sets = RuleSets.builtIn();
 * sets.ids();                                   // [vn-nd42-2022, vn-nd224-2026, thanhhoa-camthuy-2023]
 * sets.nationalOn(LocalDate.of(2026, 11, 28));  // Optional[vn-nd224-2026]: the national decree in force that day
 * }</pre>
 */
public final class RuleSets {

    private static final String INDEX = "META-INF/congkit/rulesets.list";
    private static final String FOLDER = "META-INF/congkit/rulesets/";

    private final Map<String, RuleSet> sets;

    private RuleSets(Map<String, RuleSet> sets) {
        this.sets = Collections.unmodifiableMap(sets);
    }

    /** The sets listed on the class path of {@code loader}. Broken data fails loudly at start-up. */
    public static RuleSets discover(ClassLoader loader) {
        Map<String, RuleSet> sets = new LinkedHashMap<>();
        try {
            Enumeration<URL> indexes = loader.getResources(INDEX);
            while (indexes.hasMoreElements()) {
                for (String id : read(indexes.nextElement()).split("\n")) {
                    String trimmed = id.strip();
                    if (!trimmed.isEmpty() && !trimmed.startsWith("#")) {
                        sets.put(trimmed, load(loader, trimmed));
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the rule sets", e);
        }
        return new RuleSets(sets);
    }

    public static RuleSets builtIn() {
        return Holder.BUILT_IN;
    }

    public Optional<RuleSet> get(String id) {
        return Optional.ofNullable(sets.get(id));
    }

    public List<String> ids() {
        return List.copyOf(sets.keySet());
    }

    /** The national set in force on {@code date} (the newest one if several overlap). */
    public Optional<RuleSet> nationalOn(LocalDate date) {
        RuleSet found = null;
        for (RuleSet set : sets.values()) {
            if (set.national() && set.inForceOn(date)
                    && (found == null || set.validFrom() != null && found.validFrom() != null
                    && set.validFrom().isAfter(found.validFrom()))) {
                found = set;
            }
        }
        return Optional.ofNullable(found);
    }

    /**
     * The rules for a site naming {@code id} (or none) on {@code date}.
     *
     * @throws IllegalArgumentException when {@code id} is unknown or no national set is in force
     */
    public EffectiveRules effective(String id, LocalDate date) {
        RuleSet national = nationalOn(date).orElseThrow(() ->
                new IllegalArgumentException("no national rule set is in force on " + date));
        if (id == null) {
            return new EffectiveRules(date, List.of(national));
        }
        RuleSet named = get(id).orElseThrow(() -> new IllegalArgumentException(
                "unknown rule set '" + id + "' (known: " + String.join(", ", ids()) + ")"));
        return new EffectiveRules(date, named.national() ? List.of(named) : List.of(national, named));
    }

    private static RuleSet load(ClassLoader loader, String id) {
        RuleSet set = DataFiles.read(loader, FOLDER + id + ".json", RuleSet.class);
        if (!set.id().equals(id)) {
            throw new IllegalStateException(FOLDER + id + ".json: id must be '" + id + "', but was '" + set.id() + "'");
        }
        return set;
    }

    private static String read(URL url) throws IOException {
        try (InputStream in = url.openStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static final class Holder {
        static final RuleSets BUILT_IN = discover(RuleSets.class.getClassLoader());
    }
}

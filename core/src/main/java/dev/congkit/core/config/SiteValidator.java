package dev.congkit.core.config;

import dev.congkit.core.i18n.Bilingual;
import dev.congkit.core.model.SiteConfig;
import dev.congkit.core.model.Violation;
import dev.congkit.core.rules.RuleSets;
import dev.congkit.core.validation.Check;

import java.util.ArrayList;
import java.util.List;

/**
 * Runs on a configuration built in code the rules the file loader runs after binding, with the same
 * messages: the rule set is a known one, every section is a registered one of its record type, and
 * each section's cross-section rules (a schedule's leader is an official, a menu override names an
 * item of the preset). Field rules already ran when the records were built: a record refuses bad
 * arguments in its constructor with every broken rule. The loader validates through this class.
 *
 * <p>Example:
 * <pre>{@code
 * SiteConfig site = buildFromTheVendorsTables();
 * SiteValidator.withRegisteredSections().validate("portal database", site);   // ConfigException lists every problem
 * // portal database: leaderSchedule.weeks[0].entries[3].leader: must be the id of an official, but was 'tran-van-c'
 * }</pre>
 */
public final class SiteValidator {

    private final SectionRegistry sections;

    private SiteValidator(SectionRegistry sections) {
        this.sections = sections;
    }

    /** Every section registered on the class path. */
    public static SiteValidator withRegisteredSections() {
        return new SiteValidator(SectionRegistry.discover());
    }

    public static SiteValidator of(SectionRegistry sections) {
        return new SiteValidator(sections);
    }

    /** Every problem of {@code site}, each naming {@code source} and a path as the loader does; empty when valid. */
    public List<ConfigProblem> problems(String source, SiteConfig site) {
        List<ConfigProblem> problems = new ArrayList<>(ruleSetProblems(source, site));
        site.sections().forEach((name, value) -> {
            SiteSection<?> section = sections.all().stream().filter(s -> s.name().equals(name)).findFirst().orElse(null);
            if (section == null) {
                problems.add(new ConfigProblem(source, name, Bilingual.of("không phải một phần đã đăng ký (các phần có: " + String.join(", ", sections.names()) + ")", "is not a registered section (known: " + String.join(", ", sections.names()) + ")")));
            } else if (!section.type().isInstance(value)) {
                String was = value == null ? "null" : value.getClass().getSimpleName();
                problems.add(new ConfigProblem(source, name, Bilingual.of("phải là một " + section.type().getSimpleName() + ", nhưng đang là một " + was,
                        "must be a " + section.type().getSimpleName() + ", but was a " + was)));
            }
        });
        if (problems.isEmpty()) {
            for (SiteSection<?> section : sections.all()) {
                problems.addAll(crossCheck(section, site, source));
            }
        }
        return problems;
    }

    /** The rule set's problem alone: the loader reports it beside binding problems, before cross-section rules can run. */
    List<ConfigProblem> ruleSetProblems(String source, SiteConfig site) {
        if (site.ruleSet() != null && RuleSets.builtIn().get(site.ruleSet()).isEmpty()) {
            return List.of(new ConfigProblem(source, "ruleSet", Check.mustBe(Bilingual.of("một trong " + String.join(", ", RuleSets.builtIn().ids()),
                    "one of " + String.join(", ", RuleSets.builtIn().ids())), site.ruleSet())));
        }
        return List.of();
    }

    /** {@code site} itself when valid; otherwise a {@link ConfigException} with every problem. */
    public SiteConfig validate(String source, SiteConfig site) throws ConfigException {
        List<ConfigProblem> problems = problems(source, site);
        if (!problems.isEmpty()) {
            throw new ConfigException(problems);
        }
        return site;
    }

    private static <T extends Record> List<ConfigProblem> crossCheck(SiteSection<T> section, SiteConfig site, String source) {
        List<ConfigProblem> found = new ArrayList<>();
        site.section(section.name(), section.type()).ifPresent(value -> {
            for (Violation v : section.validate(value, site)) {
                found.add(new ConfigProblem(source, v.under(section.name()).path(), v.text()));
            }
        });
        return found;
    }
}

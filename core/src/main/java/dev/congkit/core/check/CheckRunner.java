package dev.congkit.core.check;

import dev.congkit.core.model.SiteConfig;
import dev.congkit.core.rules.Rule;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.ServiceLoader;

/**
 * Runs every registered {@link SiteCheck} and weighs the findings by the rules in force.
 *
 * <p>Example:
 * <pre>{@code
 * List<Finding> findings = CheckRunner.discover().run(site, context);
 * findings.forEach(finding -> System.out.println(finding.format("site.json")));
 * // warning [CONTACT-GOV-EMAIL] site.json: officials[0].email: ...
 * }</pre>
 */
public final class CheckRunner {

    private final List<SiteCheck> checks;

    private CheckRunner(List<SiteCheck> checks) {
        this.checks = List.copyOf(checks);
    }

    /** Every check registered on the class path. */
    public static CheckRunner discover() {
        List<SiteCheck> found = new ArrayList<>();
        ClassLoader loader = CheckRunner.class.getClassLoader();
        dev.congkit.core.Extension.discover(loader).forEach(extension -> found.addAll(extension.checks()));
        ServiceLoader.load(SiteCheck.class, loader).forEach(check -> {
            // a check both an extension lists and a service file names runs once
            if (found.stream().noneMatch(known -> known.getClass() == check.getClass())) {
                found.add(check);
            }
        });
        found.sort((a, b) -> a.getClass().getName().compareTo(b.getClass().getName()));
        return new CheckRunner(found);
    }

    public static CheckRunner of(List<SiteCheck> checks) {
        return new CheckRunner(checks);
    }

    public List<SiteCheck> checks() {
        return checks;
    }

    /**
     * The findings of every check, with the severity the rule set gives each requirement. Findings
     * on requirements outside the rule set are left out: the site is not judged on them.
     */
    public List<Finding> run(SiteConfig site, CheckContext context) {
        List<Finding> weighed = new ArrayList<>();
        for (SiteCheck check : checks) {
            for (Finding finding : check.check(site, context)) {
                Optional<Rule> rule = context.rules().rule(finding.requirementId());
                // an INFO finding is a hint whatever the rule; otherwise the rule set weighs it
                rule.ifPresent(r -> weighed.add(finding.severity() == Severity.INFO ? finding : finding.withSeverity(weigh(finding, r.severity()))));
            }
        }
        weighed.sort((a, b) -> a.severity().compareTo(b.severity()));
        return weighed;
    }

    /** The rule's severity; a suspected finding no more than a warning. */
    private static Severity weigh(Finding finding, Severity rule) {
        return finding.suspected() && rule == Severity.ERROR ? Severity.WARNING : rule;
    }
}

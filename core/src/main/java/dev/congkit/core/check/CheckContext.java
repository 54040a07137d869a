package dev.congkit.core.check;

import dev.congkit.core.rules.EffectiveRules;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * What a check may need besides the site: the date of the check (Asia/Ho_Chi_Minh), the rules in
 * force, and the folder of the configuration file (to find images named by relative URL).
 *
 * <p>Example:
 * <pre>{@code
 * CheckContext context = new CheckContext(Clock.system(RenderContext.VIETNAM),
 *         RuleSets.builtIn().effective("thanhhoa-camthuy-2023", LocalDate.now(RenderContext.VIETNAM)),
 *         Path.of("site.json").getParent());
 * List<Finding> findings = CheckRunner.discover().run(site, context);
 * }</pre>
 */
public record CheckContext(Clock clock, EffectiveRules rules, Path baseDirectory) {

    public CheckContext {
        Objects.requireNonNull(clock, "clock");
        Objects.requireNonNull(rules, "rules");
    }

    public LocalDate today() {
        return LocalDate.now(clock.withZone(dev.congkit.core.render.RenderContext.VIETNAM));
    }

    public Optional<Path> baseDirectoryIfKnown() {
        return Optional.ofNullable(baseDirectory);
    }
}

package dev.congkit.core.check;

import dev.congkit.core.model.SiteConfig;

import java.util.List;

/**
 * A configuration-level check. A widget's {@link dev.congkit.core.Extension} lists its checks (a check
 * listed in {@code META-INF/services/dev.congkit.core.check.SiteCheck} is still found); {@code congkit check}, the servlet's
 * start-up and the auditor run every check on the class path. A check decides what is wrong; the
 * site's rule set decides how much it matters.
 *
 * <p>Example:
 * <pre>{@code
 * // listed by a widget's Extension: checks() { return List.of(new HotlineCheck()); }
 * public final class HotlineCheck implements SiteCheck {
 *     public List<Finding> check(SiteConfig site, CheckContext context) {
 *         return site.link("hotline").isPresent() ? List.of()
 *                 : List.of(Finding.info("CONTACT-AGENCY", "links.hotline", "no hotline link"));
 *     }
 * }
 * }</pre>
 */
public interface SiteCheck {

    /** The findings for {@code site}, each with a default severity the rule set may change. */
    List<Finding> check(SiteConfig site, CheckContext context);
}

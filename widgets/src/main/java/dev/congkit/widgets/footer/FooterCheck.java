package dev.congkit.widgets.footer;

import dev.congkit.core.i18n.Bilingual;
import dev.congkit.core.check.CheckContext;
import dev.congkit.core.check.Finding;
import dev.congkit.core.check.SiteCheck;
import dev.congkit.core.model.SiteConfig;

import java.util.List;

/**
 * FOOTER-RESPONSIBLE: the site publishes the person responsible for its content.
 *
 * <p>Example:
 * <pre>{@code
 * // listed by the widget's Extension: without a footer section the site fails FOOTER-RESPONSIBLE
 * List<Finding> findings = CheckRunner.discover().run(site, context);
 * }</pre>
 */
public final class FooterCheck implements SiteCheck {

    @Override
    public List<Finding> check(SiteConfig site, CheckContext context) {
        if (site.section(Footer.SECTION).isEmpty()) {
            return List.of(Finding.error("FOOTER-RESPONSIBLE", "footer.responsiblePerson",
                    Bilingual.of("chưa có: chân trang phải ghi người chịu trách nhiệm nội dung và chức vụ",
                            "is required: the footer must name the person responsible for the content and their title")));
        }
        return List.of();
    }
}

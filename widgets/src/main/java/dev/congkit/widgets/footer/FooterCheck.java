package dev.congkit.widgets.footer;

import dev.congkit.core.check.CheckContext;
import dev.congkit.core.check.Finding;
import dev.congkit.core.check.SiteCheck;
import dev.congkit.core.model.SiteConfig;

import java.util.List;

/** FOOTER-RESPONSIBLE: the site publishes the person responsible for its content. */
public final class FooterCheck implements SiteCheck {

    @Override
    public List<Finding> check(SiteConfig site, CheckContext context) {
        if (site.section(FooterSection.NAME, Footer.class).isEmpty()) {
            return List.of(Finding.error("FOOTER-RESPONSIBLE", "footer.responsiblePerson",
                    "is required: the footer must name the person responsible for the content and their title"));
        }
        return List.of();
    }
}

package dev.congkit.core.check.internal;

import dev.congkit.core.i18n.Bilingual;
import dev.congkit.core.check.CheckContext;
import dev.congkit.core.check.Finding;
import dev.congkit.core.check.SiteCheck;
import dev.congkit.core.model.Email;
import dev.congkit.core.model.Official;
import dev.congkit.core.model.SiteConfig;

import java.util.ArrayList;
import java.util.List;

/** CONTACT-GOV-EMAIL: the agency's and officials' official e-mail addresses are on a gov.vn domain. */
public final class GovEmailCheck implements SiteCheck {

    static final String REQUIREMENT = "CONTACT-GOV-EMAIL";

    @Override
    public List<Finding> check(SiteConfig site, CheckContext context) {
        List<Finding> findings = new ArrayList<>();
        inspect(site.agency().email(), "agency.email", findings);
        List<Official> officials = site.officials();
        for (int i = 0; i < officials.size(); i++) {
            inspect(officials.get(i).email(), "officials[" + i + "].email", findings);
        }
        return findings;
    }

    private static void inspect(Email email, String path, List<Finding> findings) {
        if (email != null && !email.isGovVn()) {
            findings.add(Finding.warning(REQUIREMENT, path,
                    Bilingual.of("nên là địa chỉ công vụ thuộc tên miền gov.vn, nhưng đang là '" + email + "'",
                            "should be an official address on a gov.vn domain, but was '" + email + "'")));
        }
    }
}

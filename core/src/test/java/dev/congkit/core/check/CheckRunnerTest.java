package dev.congkit.core.check;

import dev.congkit.core.i18n.Bilingual;
import java.util.Locale;
import dev.congkit.core.TestSites;
import dev.congkit.core.model.Agency;
import dev.congkit.core.model.Email;
import dev.congkit.core.model.SiteConfig;
import dev.congkit.core.rules.RuleSets;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CheckRunnerTest {

    private static CheckContext context(String ruleSet) {
        return new CheckContext(TestSites.MONDAY_23_11_2026, RuleSets.builtIn().effective(ruleSet, LocalDate.of(2026, 11, 23)), null);
    }

    private static SiteConfig withEmail(String email) {
        Agency a = TestSites.mauSon();
        return SiteConfig.of(new Agency(a.fullName(), a.shortName(), a.englishName(), a.level(), a.parent(), a.adminUnitCode(),
                a.identifierCode(), a.address(), a.phone(), a.fax(), Email.of(email), a.website(), a.baseUrl(), a.logo(), a.hours()));
    }

    @Test
    void registeredChecksAreDiscovered() {
        assertTrue(CheckRunner.discover().checks().stream().anyMatch(c -> c.getClass().getSimpleName().equals("GovEmailCheck")));
    }

    @Test
    void govEmailWarningIsWeighedByTheRuleSet() {
        List<Finding> findings = CheckRunner.discover().run(withEmail("ubnd.mauson@gmail.com"), context(null));
        assertEquals(List.of(new Finding("CONTACT-GOV-EMAIL", Severity.WARNING, "agency.email", Bilingual.of(
                "nên là địa chỉ công vụ thuộc tên miền gov.vn, nhưng đang là 'ubnd.mauson@gmail.com'",
                "should be an official address on a gov.vn domain, but was 'ubnd.mauson@gmail.com'"))), findings);
        assertEquals("warning [CONTACT-GOV-EMAIL] site.json: agency.email: should be an official address on a gov.vn domain, "
                + "but was 'ubnd.mauson@gmail.com'", findings.get(0).format("site.json"));
        // what a clerk reads: the place in words beside its path, the rest in Vietnamese
        assertEquals("cảnh báo [CONTACT-GOV-EMAIL] site.json: Thông tin cơ quan, Thư điện tử (agency.email): nên là địa chỉ công vụ thuộc "
                + "tên miền gov.vn, nhưng đang là 'ubnd.mauson@gmail.com'", findings.get(0).format("site.json", Locale.forLanguageTag("vi")));
        assertEquals(List.of(), CheckRunner.discover().run(withEmail("ubnd@mauson.thanhhoa.gov.vn"), context(null)));
    }

    @Test
    void theRuleSetDecidesTheSeverityAndWhatIsJudged() {
        SiteCheck alwaysFails = (site, ctx) -> List.of(Finding.warning("BANNER-FEEDBACK", "", "no banner"),
                Finding.error("NOT-IN-ANY-SET", "", "a requirement no rule set asks for"), Finding.info("BANNER-FEEDBACK", "", "hint"));
        List<Finding> findings = CheckRunner.of(List.of(alwaysFails)).run(TestSites.minimal(), context("thanhhoa-camthuy-2023"));
        assertEquals(List.of(Severity.ERROR, Severity.INFO), findings.stream().map(Finding::severity).toList());
        assertEquals(List.of(), CheckRunner.of(List.of(alwaysFails)).run(TestSites.minimal(), context(null)));
    }
}

package dev.congkit.core.check.internal;

import dev.congkit.core.TestSites;
import dev.congkit.core.check.CheckContext;
import dev.congkit.core.check.CheckRunner;
import dev.congkit.core.check.Finding;
import dev.congkit.core.check.Severity;
import dev.congkit.core.model.Agency;
import dev.congkit.core.model.AgencyLevel;
import dev.congkit.core.model.SiteConfig;
import dev.congkit.core.model.WebLink;
import dev.congkit.core.rules.RuleSets;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** DOMAIN: tenphuongxa.tentinhthanh.gov.vn under NĐ 224/2026, not judged under NĐ 42/2022. */
class DomainCheckTest {

    private static List<Finding> check(String baseUrl, AgencyLevel level, LocalDate day) {
        Agency a = TestSites.mauSon();
        Agency agency = new Agency(a.fullName(), a.shortName(), a.englishName(), level, a.parent(), a.adminUnitCode(), a.identifierCode(),
                a.address(), a.phone(), a.fax(), a.email(), a.website(), WebLink.of(baseUrl), a.logo(), a.hours());
        CheckContext context = new CheckContext(TestSites.MONDAY_23_11_2026, RuleSets.builtIn().effective(null, day), null);
        return CheckRunner.of(List.of(new DomainCheck())).run(SiteConfig.of(agency), context);
    }

    @Test
    void theCommuneAndProvinceNamesWithoutDiacriticsPass() {
        assertEquals(List.of(), check("https://mauson.thanhhoa.gov.vn", AgencyLevel.XA, LocalDate.of(2026, 11, 23)));
        assertEquals(List.of(), check("https://www.mauson.thanhhoa.gov.vn/", AgencyLevel.XA, LocalDate.of(2026, 11, 23)));
    }

    @Test
    void anyOtherHostIsAWarningNamingTheExpectedOne() {
        for (String url : List.of("https://mauson.camthuy.thanhhoa.gov.vn", "https://xamauson.vn", "https://mauson.nghean.gov.vn")) {
            List<Finding> findings = check(url, AgencyLevel.XA, LocalDate.of(2026, 11, 23));
            assertEquals(1, findings.size(), url);
            assertEquals(Severity.WARNING, findings.get(0).severity());
            assertEquals("agency.baseUrl", findings.get(0).path());
            assertTrue(findings.get(0).message().startsWith("a commune's site should be on mauson.thanhhoa.gov.vn"), findings.get(0).message());
        }
    }

    @Test
    void onlyCommunesAndOnlyUnderDecree224() {
        assertEquals(List.of(), check("https://xamauson.vn", AgencyLevel.TINH, LocalDate.of(2026, 11, 23)));
        assertEquals(List.of(), check("https://xamauson.vn", AgencyLevel.XA, LocalDate.of(2026, 6, 30)), "NĐ 42/2022 has no DOMAIN rule");
    }

    @Test
    void namesFoldToPlainLetters() {
        assertEquals("dakrlap", DomainCheck.fold("Đắk R'Lấp"));
        assertEquals("mauson", DomainCheck.fold("Mẫu Sơn"));
        assertEquals("mauson", DomainCheck.fold(java.text.Normalizer.normalize("Mẫu Sơn", java.text.Normalizer.Form.NFD)));
    }
}

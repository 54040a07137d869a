package dev.congkit.widgets.site;

import dev.congkit.core.TestSites;
import dev.congkit.core.config.ConfigException;
import dev.congkit.core.config.ConfigProblem;
import dev.congkit.core.config.SiteConfigLoader;
import dev.congkit.core.config.SiteValidator;
import dev.congkit.core.model.Official;
import dev.congkit.core.model.PhoneNumber;
import dev.congkit.core.model.SiteConfig;
import dev.congkit.widgets.schedule.LeaderSchedule;
import dev.congkit.widgets.schedule.ScheduleEntry;
import dev.congkit.widgets.schedule.ScheduleWeek;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** SCHEDULE-LEADER: a site built in code gets the cross-section checks, and the messages, a file gets. */
class SiteValidatorTest {

    private static final String FILE = """
            {
              "ruleSet": "khong-co",
              "agency": {"fullName": "Ủy ban nhân dân xã Mẫu Sơn", "level": "XA", "address": "Thôn Trung Tâm",
                         "phone": "0237 3 123 456", "email": "ubndmauson@thanhhoa.gov.vn", "baseUrl": "https://mauson.thanhhoa.gov.vn"},
              "officials": [{"id": "nguyen-van-thanh", "fullName": "Nguyễn Văn Thành", "position": "Chủ tịch UBND xã", "unit": "UBND xã",
                             "phone": "0900000001"}],
              "leaderSchedule": {"weeks": [{"week": "2026-W49", "entries": [
                {"date": "2026-11-30", "start": "07:30", "content": "Giao ban", "leader": "tran-van-c"}]}]}
            }
            """;

    private static SiteConfig inCode(String ruleSet) {
        Official thanh = new Official("nguyen-van-thanh", "Nguyễn Văn Thành", "Chủ tịch UBND xã", null, "UBND xã", null,
                PhoneNumber.of("0900000001"), null, null, null, null, null, null, null, null);
        ScheduleEntry entry = new ScheduleEntry(null, LocalDate.of(2026, 11, 30), null, LocalTime.of(7, 30), null, "Giao ban", "tran-van-c",
                null, null, null, null, null, null, null, null);
        LeaderSchedule schedule = new LeaderSchedule(List.of(new ScheduleWeek("2026-W49", null, null, null, List.of(entry))), null, null);
        SiteConfig base = new SiteConfig(ruleSet, null, TestSites.mauSon(), List.of(thanh), null, null, null);
        return base.withSection(LeaderSchedule.SECTION, schedule);
    }

    @Test
    void aSiteBuiltInCodeGetsTheLoadersCrossSectionMessages() throws Exception {
        ConfigException fromCode = assertThrows(ConfigException.class,
                () -> SiteValidator.withRegisteredSections().validate("portal database", inCode(null)));
        ConfigException fromFile = assertThrows(ConfigException.class, () -> SiteConfigLoader.withRegisteredSections()
                .load("site.json", FILE.replace("\"ruleSet\": \"khong-co\",", "").getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        assertEquals(List.of("leaderSchedule.weeks[0].entries[0].leader: must be the id of one of the officials (nguyen-van-thanh), but was 'tran-van-c'"),
                fromCode.problems().stream().map(p -> p.path() + ": " + p.message()).toList());
        assertEquals(fromFile.problems().stream().map(p -> p.path() + ": " + p.message()).toList(),
                fromCode.problems().stream().map(p -> p.path() + ": " + p.message()).toList(), "the same words as the loader");
        assertEquals("portal database", fromCode.problems().get(0).source());
    }

    @Test
    void anUnknownRuleSetAndAnUnregisteredSectionAreNamed() {
        SiteConfig site = inCode("khong-co").withSection("thongBao", new ConfigProblem("x", "y", "z"));
        List<ConfigProblem> problems = SiteValidator.withRegisteredSections().problems("portal database", site);
        assertEquals("ruleSet", problems.get(0).path());
        assertEquals("thongBao", problems.get(1).path());
        assertEquals(true, problems.get(1).message().startsWith("is not a registered section (known: banners, directory"), problems.get(1).message());
    }

    @Test
    void aValidSiteComesBackAsItIs() throws Exception {
        SiteConfig site = SiteConfig.of(TestSites.mauSon());
        assertSame(site, SiteValidator.withRegisteredSections().validate("portal database", site));
    }
}

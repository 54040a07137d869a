package dev.congkit.widgets.menu;

import dev.congkit.core.TestSites;
import dev.congkit.core.check.CheckContext;
import dev.congkit.core.check.CheckRunner;
import dev.congkit.core.check.Finding;
import dev.congkit.core.config.ConfigException;
import dev.congkit.core.model.SiteConfig;
import dev.congkit.core.rules.RuleSets;
import dev.congkit.widgets.Fixture;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static dev.congkit.widgets.menu.MenuFixtures.campaign;
import static dev.congkit.widgets.menu.MenuFixtures.directive;
import static dev.congkit.widgets.menu.MenuFixtures.on;
import static dev.congkit.widgets.menu.MenuFixtures.override;
import static dev.congkit.widgets.menu.MenuFixtures.withTemplate;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** Each menu rule with its exact message. */
class MenuCheckTest {

    private static final LocalDate DAY = LocalDate.of(2026, 11, 23);

    private static List<String> menuFindings(SiteConfig site, LocalDate day) {
        CheckContext context = new CheckContext(on(day), RuleSets.builtIn().effective(site.ruleSet(), day), null);
        return new MenuCheck().check(site, context).stream()
                .filter(f -> context.rules().rule(f.requirementId()).isPresent())
                .map(f -> f.format("site.json")).toList();
    }

    @Test
    void theDirectivePresetPassesItsOwnChecks() {
        assertEquals(List.of(), menuFindings(directive(withTemplate(Map.of(), List.of())), DAY));
        assertEquals(List.of(), menuFindings(directive(withTemplate(Map.of(), List.of())), LocalDate.of(2024, 3, 1)));
    }

    @Test
    void theNationalPresetPassesTheNationalChecksOnceLinked() {
        SiteConfig site = TestSites.minimal().withSection(Menu.SECTION.name(), withTemplate(Map.of(), List.of()));
        assertEquals(List.of(), menuFindings(site, DAY));
    }

    @Test
    void missingLawEntriesAreWarned() {
        Menu menu = new Menu(null, "https://x.vn/{code}", Map.of("dich-vu-cong", override(null, null, true, null),
                "so-do-trang", override(null, null, true, null)), null, null);
        assertEquals(List.of(
                "warning [MENU-LAW] site.json: menu: neither menu has the entry 'Dịch vụ công trực tuyến' that Thông tư 32/2017 Đ16 k3 requires (menu preset 'thanhhoa-camthuy-2023')",
                "warning [MENU-LAW] site.json: menu: neither menu has the entry 'Sơ đồ trang' that Thông tư 32/2017 Đ16 k3 requires (menu preset 'thanhhoa-camthuy-2023')"),
                menuFindings(directive(menu), DAY));
    }

    @Test
    void aRenamedOrAddedEntryWithAnAcceptedLabelCounts() {
        Menu menu = new Menu(null, "https://x.vn/{code}", Map.of("so-do-trang", override(null, null, true, null)), null,
                List.of(MenuItem.of("ban-do-site", "SƠ ĐỒ CỔNG", null, "/so-do")));
        assertEquals(List.of(), menuFindings(directive(menu), DAY));
    }

    @Test
    void tooManyTooDeepAndDuplicateItemsAreWarned() {
        List<MenuItem> added = new ArrayList<>();
        added.add(new MenuItem("sau", "Sâu", null, null, null, null, null, null, null, null, null, null,
                List.of(new MenuItem("sau-2", "Cấp 2", null, null, null, null, null, null, null, null, null, null,
                        List.of(MenuItem.of("sau-3", "Cấp 3", null, "/cap-3"))))));
        added.add(MenuItem.of("trung", "Tin tức  sự-kiện", null, "/tin"));
        Menu menu = withTemplate(Map.of(), added);
        assertEquals(List.of(
                "warning [MENU-MAIN] site.json: menu.main: has 13 top-level items; keep it compact, at most 12",
                "warning [MENU-MAIN] site.json: menu.main: is 3 levels deep; at most 2 are easy to use",
                "warning [MENU-MAIN] site.json: menu.main: has the label 'Tin tức  sự-kiện' twice at the same level"),
                menuFindings(directive(menu), DAY));
    }

    @Test
    void endedCampaignCategoriesAreListed() {
        Menu menu = withTemplate(Map.of(), List.of(campaign("ky-niem", "Kỷ niệm 85 năm thành lập Đảng 1930 - 2015", null, LocalDate.of(2015, 12, 31)),
                campaign("bau-cu", "Bầu cử", LocalDate.of(2026, 11, 1), LocalDate.of(2026, 12, 31))));
        assertEquals(List.of("warning [MENU-CAMPAIGN] site.json: menu.main[0].validUntil: the category 'Kỷ niệm 85 năm thành lập Đảng 1930 - 2015' "
                + "ended on 2015-12-31 and is no longer shown: change or remove it"), menuFindings(directive(menu), DAY));
    }

    @Test
    void proceduresWithoutTheCommuneCodeAreWarned() {
        assertEquals(List.of("warning [MENU-TTHC] site.json: menu.proceduresUrlTemplate: 'Thủ tục hành chính' links to /thu-tuc-hanh-chinh, "
                + "not to the commune's procedures on the provincial public-service portal: set menu.proceduresUrlTemplate"),
                menuFindings(directive(null), DAY));
    }

    @Test
    void districtEntriesAddedByTheSiteAreWarnedAfterTheReform() {
        Menu menu = withTemplate(Map.of("van-ban", override(null, null, null, List.of(MenuItem.of("vb-h", "Văn bản huyện", null, "/vb-huyen")))), List.of());
        assertEquals(List.of("warning [MENU-NO-DISTRICT] site.json: menu: the entry 'Văn bản huyện' refers to the district level, which ended on 30/06/2025"),
                menuFindings(directive(menu), DAY));
        assertEquals(List.of(), menuFindings(directive(menu), LocalDate.of(2025, 6, 30)));
    }

    @Test
    void overridesMustNameAPresetItem() {
        String json = dev.congkit.core.TestSites.minimalJson().replaceFirst("\\{",
                "{\"ruleSet\": \"thanhhoa-camthuy-2023\", \"menu\": {\"overrides\": {\"tin-tuk\": {\"hidden\": true}}},");
        ConfigException e = assertThrows(ConfigException.class, () -> Fixture.LOADER.load("site.json", json.getBytes(StandardCharsets.UTF_8)));
        assertEquals("site.json: menu.overrides.tin-tuk: names no item of the menu preset 'thanhhoa-camthuy-2023'; did you mean 'tin-tuc'?", e.getMessage());
        String unknownPreset = dev.congkit.core.TestSites.minimalJson().replaceFirst("\\{", "{\"menu\": {\"preset\": \"hanoi\"},");
        ConfigException p = assertThrows(ConfigException.class, () -> Fixture.LOADER.load("site.json", unknownPreset.getBytes(StandardCharsets.UTF_8)));
        assertEquals("site.json: menu.preset: must be one of vn-national, thanhhoa-camthuy-2023, none, but was 'hanoi'", p.getMessage());
    }

    @Test
    void registeredWithTheOtherChecks() {
        SiteConfig site = directive(null);
        List<Finding> all = CheckRunner.discover().run(site, new CheckContext(on(DAY), RuleSets.builtIn().effective(site.ruleSet(), DAY), null));
        assertEquals(1, all.stream().filter(f -> f.requirementId().equals("MENU-TTHC")).count());
    }
}

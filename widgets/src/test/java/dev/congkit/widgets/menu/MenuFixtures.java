package dev.congkit.widgets.menu;

import dev.congkit.core.TestSites;
import dev.congkit.core.model.SiteConfig;
import dev.congkit.core.model.WebLink;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** Sites and clocks for the menu tests. */
final class MenuFixtures {

    private MenuFixtures() {
    }

    static SiteConfig directive(Menu menu) {
        SiteConfig base = new SiteConfig("thanhhoa-camthuy-2023", null, TestSites.mauSon(), List.of(), Map.of(), null, Map.of());
        return menu == null ? base : base.withSection(Menu.SECTION.name(), menu);
    }

    static Menu withTemplate(Map<String, MenuOverride> overrides, List<MenuItem> main) {
        return new Menu(null, "https://dichvucong.thanhhoa.gov.vn/tthc?donVi={code}", overrides, main, null);
    }

    static Clock on(LocalDate day) {
        return Clock.fixed(day.atTime(10, 0).atZone(java.time.ZoneId.of("Asia/Ho_Chi_Minh")).toInstant(), java.time.ZoneId.of("Asia/Ho_Chi_Minh"));
    }

    static MenuOverride override(String label, Integer order, Boolean hidden, List<MenuItem> add) {
        return new MenuOverride(label, null, null, order, hidden, null, null, null, null, add);
    }

    static MenuItem campaign(String key, String label, LocalDate from, LocalDate until) {
        return new MenuItem(key, label, null, WebLink.of("/" + key), null, null, null, from, until, null, null, null, null);
    }
}

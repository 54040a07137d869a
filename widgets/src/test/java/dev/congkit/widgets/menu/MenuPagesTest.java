package dev.congkit.widgets.menu;

import dev.congkit.core.TestSites;
import dev.congkit.core.model.SiteConfig;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** MENU-LAW: every menu link into the site names a page a portal must have, in both languages. */
class MenuPagesTest {

    @Test
    void everySitePageTheMenusLinkToOnceWithBothLabels() {
        SiteConfig site = TestSites.minimal();
        List<MenuPage> pages = MenuResolver.pages(site, LocalDate.of(2026, 11, 30));
        assertFalse(pages.isEmpty());
        assertEquals(pages.size(), new HashSet<>(pages.stream().map(MenuPage::path).toList()).size(), "each page once");
        assertTrue(pages.stream().allMatch(p -> p.path().startsWith("/")), pages.toString());
        MenuPage home = pages.stream().filter(p -> p.path().equals("/")).findFirst().orElseThrow();
        assertEquals("Trang chủ", home.label());
        assertEquals("Home", home.labelEn());
        List<ShownItem> main = MenuResolver.shownMain(site, LocalDate.of(2026, 11, 30), false);
        long external = main.stream().filter(i -> i.url() != null && MenuView.sitePath(i.url(), site.agency().baseUrl().value()) == null).count();
        assertEquals(pages.size() + external >= main.size(), true, "top-level entries are pages unless they leave the site");
    }
}

package dev.congkit.widgets.menu;

import dev.congkit.core.model.Agency;
import dev.congkit.core.model.SiteConfig;
import dev.congkit.core.model.WebLink;
import dev.congkit.core.rules.RuleSet;
import dev.congkit.core.rules.RuleSets;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Builds a site's menus: the preset, the site's overrides and added items merged
 * ({@link #configured}), then filtered and linked for a date and a language ({@link #shown}).
 *
 * <p>Example:
 * <pre>{@code
 * List<ShownItem> main = MenuResolver.shownMain(site, LocalDate.of(2026, 11, 28), false);
 * main.get(0).label();   // "Tổng quan", the first item of the thanhhoa-camthuy-2023 preset
 * }</pre>
 */
public final class MenuResolver {

    private static final int ADDED_ORDER = 10_000;

    private MenuResolver() {
    }

    /**
     * Every page of the site the main and top menus link to on {@code today}, once each, in menu
     * order, with its labels in Vietnamese and English; links to other sites are left out.
     */
    public static java.util.List<MenuPage> pages(SiteConfig site, LocalDate today) {
        java.util.Map<String, MenuPage> pages = new java.util.LinkedHashMap<>();
        List<List<ShownItem>> vi = shown(site, today, false);
        List<List<ShownItem>> en = shown(site, today, true);
        for (int menu = 0; menu < vi.size(); menu++) {
            walk(vi.get(menu), en.get(menu), site.agency().baseUrl().value(), pages);
        }
        return List.copyOf(pages.values());
    }

    /** The Vietnamese and English menus have the same shape: their items are walked side by side. */
    private static void walk(List<ShownItem> vi, List<ShownItem> en, String baseUrl, java.util.Map<String, MenuPage> into) {
        for (int i = 0; i < vi.size(); i++) {
            String path = vi.get(i).url() == null ? null : MenuView.sitePath(vi.get(i).url(), baseUrl);
            if (path != null) {
                into.putIfAbsent(path, new MenuPage(path, vi.get(i).label(), en.get(i).label()));
            }
            walk(vi.get(i).children(), en.get(i).children(), baseUrl, into);
        }
    }

    public static Menu section(SiteConfig site) {
        return site.section(Menu.SECTION).orElse(Menu.defaults());
    }

    /** The preset with the site's changes applied; hidden items are gone, dated ones are kept. */
    public static SiteMenus configured(SiteConfig site) {
        Menu menu = section(site);
        MenuPreset preset = MenuPresets.forSite(menu, site.ruleSet());
        return new SiteMenus(preset, merge(preset.main(), menu.main(), menu), merge(preset.top(), menu.top(), menu));
    }

    /** Both menus as shown on {@code today}: [main, top]. */
    public static List<List<ShownItem>> shown(SiteConfig site, LocalDate today, boolean english) {
        SiteMenus menus = configured(site);
        Set<String> ruleSets = ruleSetsInForce(site, today);
        Links links = new Links(site, section(site));
        return List.of(show(menus.main(), today, english, ruleSets, links), show(menus.top(), today, english, ruleSets, links));
    }

    /** The main menu as shown on {@code today}; the top menu is not built. */
    public static List<ShownItem> shownMain(SiteConfig site, LocalDate today, boolean english) {
        Menu menu = section(site);
        MenuPreset preset = MenuPresets.forSite(menu, site.ruleSet());
        return show(merge(preset.main(), menu.main(), menu), today, english, ruleSetsInForce(site, today), new Links(site, menu));
    }

    /** The top menu as shown on {@code today}; the main menu is not built. */
    public static List<ShownItem> shownTop(SiteConfig site, LocalDate today, boolean english) {
        Menu menu = section(site);
        MenuPreset preset = MenuPresets.forSite(menu, site.ruleSet());
        return show(merge(preset.top(), menu.top(), menu), today, english, ruleSetsInForce(site, today), new Links(site, menu));
    }

    /** The ids of the rule sets that apply to the site on {@code today} (national and preset). */
    public static Set<String> ruleSetsInForce(SiteConfig site, LocalDate today) {
        try {
            return RuleSets.builtIn().effective(site.ruleSet(), today).layers().stream().map(RuleSet::id).collect(Collectors.toSet());
        } catch (IllegalArgumentException e) {
            return Set.of(); // before the first national set, or an unknown id the loader already refused
        }
    }

    private static List<MenuItem> merge(List<MenuItem> presetItems, List<MenuItem> added, Menu menu) {
        List<MenuItem> merged = new ArrayList<>();
        for (int i = 0; i < presetItems.size(); i++) {
            MenuItem item = presetItems.get(i);
            MenuOverride change = menu.overrides().get(item.key());
            if (change != null && change.hidden()) {
                continue;
            }
            List<MenuItem> children = merge(item.children(), change == null ? List.of() : change.add(), menu);
            MenuItem numbered = withOrder(item, item.order() != null ? item.order() : (i + 1) * 10);
            merged.add(change == null ? withChildren(numbered, children) : change.applyTo(numbered, children));
        }
        for (int i = 0; i < added.size(); i++) {
            MenuItem item = added.get(i);
            List<MenuItem> children = merge(item.children(), List.of(), menu);
            merged.add(withChildren(withOrder(item, item.order() != null ? item.order() : ADDED_ORDER + i), children));
        }
        merged.sort(Comparator.comparingInt(MenuItem::order));
        return merged;
    }

    private static List<ShownItem> show(List<MenuItem> items, LocalDate today, boolean english, Set<String> ruleSets, Links links) {
        List<ShownItem> shown = new ArrayList<>();
        for (MenuItem item : items) {
            if (!item.shownOn(today) || item.ruleSet() != null && !ruleSets.contains(item.ruleSet())) {
                continue;
            }
            String label = english && item.labelEn() != null ? item.labelEn() : item.label();
            shown.add(new ShownItem(item.key(), label, links.resolve(item), item.accessKey(), item.updated(),
                    show(item.children(), today, english, ruleSets, links)));
        }
        return shown;
    }

    private static MenuItem withOrder(MenuItem i, int order) {
        return new MenuItem(i.key(), i.label(), i.labelEn(), i.url(), i.links(), i.accessKey(), order, i.validFrom(), i.validUntil(),
                i.updated(), i.ruleSet(), i.districtLevel(), i.children());
    }

    private static MenuItem withChildren(MenuItem i, List<MenuItem> children) {
        return new MenuItem(i.key(), i.label(), i.labelEn(), i.url(), i.links(), i.accessKey(), i.order(), i.validFrom(), i.validUntil(),
                i.updated(), i.ruleSet(), i.districtLevel(), children);
    }

    /** Resolves an item's link: the first of its shared links the site has, else its own URL. */
    record Links(SiteConfig site, Menu menu) {

        String resolve(MenuItem item) {
            for (String name : item.links()) {
                Optional<String> found = named(name);
                if (found.isPresent()) {
                    return found.get();
                }
            }
            return item.url() == null ? null : item.url().value();
        }

        /** A shared link by name: the site's {@code links}, then {@code agencyEmail} and {@code procedures}. */
        Optional<String> named(String name) {
            Optional<WebLink> configured = site.link(name);
            if (configured.isPresent()) {
                return Optional.of(configured.get().value());
            }
            Agency agency = site.agency();
            if (name.equals("agencyEmail")) {
                return Optional.of(agency.email().mailto());
            }
            if (name.equals("procedures") && menu.proceduresUrlTemplate() != null && agency.identifierCode() != null) {
                return Optional.of(menu.proceduresUrlTemplate().replace("{code}",
                        URLEncoder.encode(agency.identifierCode(), StandardCharsets.UTF_8)));
            }
            return Optional.empty();
        }
    }
}

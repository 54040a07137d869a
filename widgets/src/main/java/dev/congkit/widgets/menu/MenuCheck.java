package dev.congkit.widgets.menu;

import dev.congkit.core.i18n.Bilingual;
import com.fasterxml.jackson.databind.JsonNode;
import dev.congkit.core.check.CheckContext;
import dev.congkit.core.check.Finding;
import dev.congkit.core.check.SiteCheck;
import dev.congkit.core.model.SiteConfig;
import dev.congkit.core.rules.Rule;
import dev.congkit.core.text.TextMatch;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Menu rules judged from the configuration: the entries the law names (MENU-LAW), compact menus
 * (MENU-MAIN, MENU-TOP: depth, size, duplicate labels), ended campaign categories still configured
 * (MENU-CAMPAIGN), procedures linked by the commune's code (MENU-TTHC) and no district-level
 * entries after the reform (MENU-NO-DISTRICT).
 *
 * <p>Example:
 * <pre>{@code
 * // listed by the widget's Extension: an item hidden that the rule set requires fails MENU-MAIN
 * List<Finding> findings = CheckRunner.discover().run(site, context);
 * }</pre>
 */
public final class MenuCheck implements SiteCheck {

    private static final List<String> DISTRICT_LABELS = List.of("Văn bản của huyện", "Văn bản huyện");

    @Override
    public List<Finding> check(SiteConfig site, CheckContext context) {
        LocalDate today = context.today();
        List<Finding> findings = new ArrayList<>();
        List<List<ShownItem>> shown = MenuResolver.shown(site, today, false);
        lawEntries(context, MenuResolver.configured(site), shown, findings);
        compact("MENU-MAIN", "main", shown.get(0), context, findings);
        compact("MENU-TOP", "top", shown.get(1), context, findings);
        Menu menu = MenuResolver.section(site);
        campaigns(menu, today, findings);
        procedures(site, menu, shown, findings);
        district(shown, today, findings);
        return findings;
    }

    private static void lawEntries(CheckContext context, SiteMenus configured, List<List<ShownItem>> shown, List<Finding> findings) {
        JsonNode entries = context.rules().rule("MENU-LAW").map(Rule::params).map(p -> p.path("entries")).orElse(null);
        if (entries == null) {
            return;
        }
        List<ShownItem> all = new ArrayList<>();
        shown.forEach(menu -> flatten(menu, all));
        for (JsonNode entry : entries) {
            String key = entry.path("key").asText();
            List<String> labels = new ArrayList<>();
            entry.path("labels").forEach(l -> labels.add(l.asText()));
            boolean present = all.stream().anyMatch(i -> i.key().equals(key) || TextMatch.isOneOf(i.label(), labels));
            if (!present) {
                findings.add(Finding.warning("MENU-LAW", "menu", Bilingual.of("không menu nào có mục '" + labels.get(0)
                        + "' mà Thông tư 32/2017 Đ16 k3 yêu cầu (mẫu menu '" + configured.preset().id() + "')", "neither menu has the entry '" + labels.get(0)
                        + "' that Thông tư 32/2017 Đ16 k3 requires (menu preset '" + configured.preset().id() + "')")));
            }
        }
    }

    private static void compact(String requirement, String name, List<ShownItem> items, CheckContext context, List<Finding> findings) {
        JsonNode params = context.rules().rule(requirement).map(Rule::params).orElse(null);
        int maxTop = params == null ? 12 : params.path("maxTopLevel").asInt(12);
        int maxDepth = params == null ? 2 : params.path("maxDepth").asInt(2);
        if (items.size() > maxTop) {
            findings.add(Finding.warning(requirement, "menu." + name, Bilingual.of("có " + items.size() + " mục cấp một; nên gọn, tối đa " + maxTop,
                    "has " + items.size() + " top-level items; keep it compact, at most " + maxTop)));
        }
        int depth = depth(items);
        if (depth > maxDepth) {
            findings.add(Finding.warning(requirement, "menu." + name, Bilingual.of("sâu " + depth + " cấp; tối đa " + maxDepth + " cấp thì mới dễ dùng",
                    "is " + depth + " levels deep; at most " + maxDepth + " are easy to use")));
        }
        duplicates(requirement, "menu." + name, items, findings);
    }

    private static void duplicates(String requirement, String path, List<ShownItem> items, List<Finding> findings) {
        Set<String> seen = new HashSet<>();
        for (ShownItem item : items) {
            if (!seen.add(TextMatch.normalise(item.label()))) {
                findings.add(Finding.warning(requirement, path, Bilingual.of("có nhãn '" + item.label() + "' hai lần ở cùng một cấp",
                        "has the label '" + item.label() + "' twice at the same level")));
            }
            duplicates(requirement, path, item.children(), findings);
        }
    }

    private static void campaigns(Menu menu, LocalDate today, List<Finding> findings) {
        expired(menu.main(), "menu.main", today, findings);
        expired(menu.top(), "menu.top", today, findings);
        for (Map.Entry<String, MenuOverride> entry : menu.overrides().entrySet()) {
            MenuOverride change = entry.getValue();
            String path = "menu.overrides." + entry.getKey();
            if (change.validUntil() != null && change.validUntil().isBefore(today)) {
                findings.add(Finding.warning("MENU-CAMPAIGN", path + ".validUntil", Bilingual.of("chuyên mục '" + entry.getKey()
                        + "' đã hết hạn ngày " + change.validUntil() + ": hãy sửa hoặc bỏ", "the category '" + entry.getKey()
                        + "' ended on " + change.validUntil() + ": change or remove it")));
            }
            expired(change.add(), path + ".add", today, findings);
        }
    }

    private static void expired(List<MenuItem> items, String path, LocalDate today, List<Finding> findings) {
        for (int i = 0; i < items.size(); i++) {
            MenuItem item = items.get(i);
            String here = path + "[" + i + "]";
            if (item.expiredOn(today)) {
                findings.add(Finding.warning("MENU-CAMPAIGN", here + ".validUntil", Bilingual.of("chuyên mục '" + item.label()
                        + "' đã hết hạn ngày " + item.validUntil() + " và không còn hiện: hãy sửa hoặc bỏ", "the category '" + item.label()
                        + "' ended on " + item.validUntil() + " and is no longer shown: change or remove it")));
            }
            expired(item.children(), here + ".children", today, findings);
        }
    }

    private static void procedures(SiteConfig site, Menu menu, List<List<ShownItem>> shown, List<Finding> findings) {
        List<ShownItem> all = new ArrayList<>();
        shown.forEach(m -> flatten(m, all));
        for (ShownItem item : all) {
            if (item.key().equals("thu-tuc-hanh-chinh") && item.url() != null && MenuView.sitePath(item.url(), site.agency().baseUrl().value()) != null) {
                List<String> missing = new ArrayList<>();
                if (menu.proceduresUrlTemplate() == null) {
                    missing.add("menu.proceduresUrlTemplate");
                }
                if (site.agency().identifierCode() == null) {
                    missing.add("agency.identifierCode");
                }
                String path = missing.isEmpty() ? "menu" : missing.get(0);
                findings.add(Finding.warning("MENU-TTHC", path, Bilingual.of("'" + item.label() + "' trỏ tới " + item.url()
                        + ", không phải thủ tục hành chính của xã trên cổng dịch vụ công của tỉnh"
                        + (missing.isEmpty() ? "" : ": hãy khai báo " + String.join(" và ", missing)), "'" + item.label() + "' links to " + item.url()
                        + ", not to the commune's procedures on the provincial public-service portal"
                        + (missing.isEmpty() ? "" : ": set " + String.join(" and ", missing)))));
                return;
            }
        }
    }

    private static void district(List<List<ShownItem>> shown, LocalDate today, List<Finding> findings) {
        if (today.isBefore(MenuItem.NO_DISTRICT_FROM)) {
            return;
        }
        List<ShownItem> all = new ArrayList<>();
        shown.forEach(m -> flatten(m, all));
        for (ShownItem item : all) {
            if (TextMatch.isOneOf(item.label(), DISTRICT_LABELS)) {
                findings.add(Finding.warning("MENU-NO-DISTRICT", "menu", Bilingual.of("mục '" + item.label()
                        + "' nói tới cấp huyện, cấp này đã kết thúc từ 30/06/2025", "the entry '" + item.label()
                        + "' refers to the district level, which ended on 30/06/2025")));
            }
        }
    }

    private static int depth(List<ShownItem> items) {
        return items.stream().mapToInt(i -> 1 + depth(i.children())).max().orElse(0);
    }

    private static void flatten(List<ShownItem> items, List<ShownItem> into) {
        for (ShownItem item : items) {
            into.add(item);
            flatten(item.children(), into);
        }
    }
}

package dev.congkit.audit.internal;

import com.fasterxml.jackson.databind.JsonNode;
import dev.congkit.audit.Evidence;
import dev.congkit.audit.internal.browser.Marks;
import dev.congkit.core.rules.Rule;
import dev.congkit.core.text.TextMatch;
import org.jsoup.nodes.Element;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * MENU-MAIN, MENU-TOP, MENU-LAW: the standard items, each matched on normalised text against the
 * accepted labels the rule set lists; MENU-NO-DISTRICT, MENU-TTHC, MENU-CAMPAIGN from the links' names.
 */
public final class MenuJudge implements Judge {

    private static final Pattern DISTRICT_DOCUMENTS = Pattern.compile("^văn bản (của )?(ubnd )?(cấp )?huyện$");
    private static final List<String> PROCEDURES = List.of("Thủ tục hành chính", "TTHC", "Thủ tục hành chính công",
            "Tra cứu thủ tục hành chính", "Bộ thủ tục hành chính");
    private static final Pattern UNIT_CODE = Pattern.compile(
            "(?i)([A-Z]\\d{2}(\\.\\d{1,3}){1,3})|[?&](ma_?dinh_?danh|madonvi|ma_don_vi|donvi|don_vi|coquan|co_quan|macoquan|agency|unit|org|dv)=[^&]+");
    private static final Pattern CAMPAIGN = Pattern.compile("chuyên mục|bầu cử|đại hội|kỷ niệm|chào mừng|cuộc thi|hưởng ứng|"
            + "tháng hành động|năm an toàn|phong trào|nhiệm kỳ|lễ hội|festival|sea games|hội thi|hội diễn|tuần lễ");

    private record Match(String label, PageRegions.Link link) {
    }

    @Override
    public void judge(SiteAudit site) {
        List<PageRegions.Link> names = menuNames(site);
        if (names.size() < 5 && !site.home().document().select("script").isEmpty() && site.rendering().isEmpty()) {
            String why = site.say().t("menu.scripted", names.size());
            for (String id : List.of("MENU-MAIN", "MENU-TOP", "MENU-LAW", "MENU-TTHC", "MENU-CAMPAIGN")) {
                site.verdicts().cannotJudge(id, why);
            }
        }
        for (String id : List.of("MENU-MAIN", "MENU-TOP", "MENU-LAW")) {
            Optional<Rule> rule = site.rule(id);
            if (rule.isPresent()) {
                JsonNode items = rule.get().params().has("items") ? rule.get().params().path("items")
                        : rule.get().params().path("entries");
                if (items.isEmpty()) {
                    site.verdicts().cannotJudge(id, site.say().t("menu.noItems"));
                } else {
                    standardItems(site, id, items, names);
                }
            }
        }
        noDistrict(site, names);
        procedures(site, names);
        campaigns(site, names);
    }

    private static void standardItems(SiteAudit site, String id, JsonNode items, List<PageRegions.Link> names) {
        List<String> missing = new ArrayList<>();
        List<String> notShown = new ArrayList<>();
        List<String> missingChildren = new ArrayList<>();
        List<Evidence> evidence = new ArrayList<>();
        int found = 0;
        for (JsonNode item : items) {
            Optional<Match> match = find(item, names);
            if (match.isEmpty()) {
                missing.add(first(item));
                continue;
            }
            if (site.rendering().isPresent() && find(item, names.stream().filter(l -> !Marks.notDrawn(l.element())).toList()).isEmpty()) {
                notShown.add(first(item)); // in the markup, but the browser drew it nowhere at the desktop width
                continue;
            }
            found++;
            if (evidence.size() < 3) {
                evidence.add(site.evidence(site.home(), match.get().link().element()));
            }
            for (JsonNode child : item.path("children")) {
                if (find(child, names).isEmpty()) {
                    missingChildren.add(first(child));
                }
            }
        }
        String children = missingChildren.isEmpty() ? "" : " " + site.say().t("menu.subitemsMissing", site.say().list(missingChildren));
        String hidden = notShown.isEmpty() ? "" : " " + site.say().t("menu.notShown", notShown.size(), site.say().list(quoted(notShown)));
        if (missing.isEmpty() && notShown.isEmpty()) {
            site.verdicts().met(id, site.say().t("menu.allPresent", found) + children, evidence);
        } else if (missing.isEmpty()) {
            site.verdicts().notMet(id, hidden.strip() + children, evidence);
        } else {
            site.verdicts().notMet(id, site.say().t("menu.missing", missing.size(), items.size(), site.say().list(quoted(missing)))
                    + hidden + children, evidence);
        }
    }

    private static Optional<Match> find(JsonNode item, List<PageRegions.Link> names) {
        List<String> labels = new ArrayList<>();
        item.path("labels").forEach(l -> labels.add(TextMatch.normalise(l.asText())));
        for (PageRegions.Link link : names) {
            if (labels.contains(link.normal())) {
                return Optional.of(new Match(link.name(), link));
            }
        }
        return Optional.empty();
    }

    private static void noDistrict(SiteAudit site, List<PageRegions.Link> names) {
        if (!site.asks("MENU-NO-DISTRICT")) {
            return;
        }
        if (site.today().isBefore(LocalDate.of(2025, 7, 1))) {
            site.verdicts().notApplicable("MENU-NO-DISTRICT", site.say().t("district.beforeReform"));
            return;
        }
        List<Evidence> evidence = names.stream().filter(l -> DISTRICT_DOCUMENTS.matcher(l.normal()).matches())
                .map(l -> site.evidence(site.home(), l.element())).limit(3).toList();
        site.verdicts().judge("MENU-NO-DISTRICT", evidence.isEmpty(),
                site.say().t(evidence.isEmpty() ? "district.none" : "district.found"), evidence);
    }

    private static void procedures(SiteAudit site, List<PageRegions.Link> names) {
        if (!site.asks("MENU-TTHC")) {
            return;
        }
        List<PageRegions.Link> links = names.stream()
                .filter(l -> TextMatch.isOneOf(l.name(), PROCEDURES) && !l.href().isEmpty()).toList();
        if (links.isEmpty()) {
            site.verdicts().notMet("MENU-TTHC", site.say().t("tthc.none"), List.of());
            return;
        }
        for (PageRegions.Link link : links) {
            if (UNIT_CODE.matcher(link.href()).find()) {
                site.verdicts().met("MENU-TTHC", site.say().t("tthc.coded", link.href()),
                        List.of(site.evidence(site.home(), link.element(), link.href())));
                return;
            }
        }
        PageRegions.Link link = links.get(0);
        site.verdicts().notMet("MENU-TTHC", site.say().t("tthc.uncoded", link.element().attr("href")),
                List.of(site.evidence(site.home(), link.element(), link.href())));
    }

    private static void campaigns(SiteAudit site, List<PageRegions.Link> names) {
        if (!site.asks("MENU-CAMPAIGN")) {
            return;
        }
        int year = site.today().getYear();
        List<Evidence> ended = new ArrayList<>();
        for (PageRegions.Link link : names) {
            if (link.name().length() <= 80 && inMenu(link.element()) && CAMPAIGN.matcher(Html.lower(link.name())).find()
                    && Dates.lastYear(link.name()).orElse(year) < year) {
                ended.add(site.evidence(site.home(), link.element()));
            }
        }
        site.verdicts().judge("MENU-CAMPAIGN", ended.isEmpty(),
                site.say().t(ended.isEmpty() ? "campaign.none" : "campaign.ended", ended.size()), ended.stream().limit(5).toList());
    }

    /**
     * Links, summaries and buttons of the target page named by their text: menu items are words, not
     * pictures. Sub-menus hidden by an inline style until hovered are menus all the same.
     */
    private static List<PageRegions.Link> menuNames(SiteAudit site) {
        List<PageRegions.Link> names = new ArrayList<>();
        for (Element a : site.home().body().select("a[href]")) {
            String text = Html.text(a);
            if (!text.isEmpty() && a.closest("template") == null) {
                names.add(new PageRegions.Link(a, text, TextMatch.normalise(text), a.attr("abs:href")));
            }
        }
        for (Element toggle : site.home().body().select("summary, button, [role=menuitem]")) {
            if (!Html.hidden(toggle)) {
                String name = Html.name(toggle);
                names.add(new PageRegions.Link(toggle, name, TextMatch.normalise(name), ""));
            }
        }
        return names;
    }

    private static boolean inMenu(Element link) {
        if (Html.inNewsBlock(link) || Html.inSlider(link)) {
            return false;   // a news block or a carousel lists headlines, not categories
        }
        for (Element parent : link.parents()) {
            if ("nav".equals(parent.normalName()) || "menu".equals(parent.attr("role")) || "menubar".equals(parent.attr("role"))) {
                return true;
            }
            if ("ul".equals(parent.normalName()) && parent.children().size() >= 4 && menuLike(parent)) {
                return true;
            }
        }
        return false;
    }

    // a list of categories: short labels, no pictures, no dates (a list of headlines has them)
    private static boolean menuLike(Element list) {
        for (Element item : list.children()) {
            String text = item.text();
            if (text.length() > 60 || !item.select("img, time").isEmpty() || !Dates.in(text).isEmpty()) {
                return false;
            }
        }
        return true;
    }

    private static String first(JsonNode item) {
        return item.path("labels").path(0).asText(item.path("key").asText());
    }

    private static List<String> quoted(List<String> labels) {
        return labels.stream().map(l -> "“" + l + "”").toList();
    }

}

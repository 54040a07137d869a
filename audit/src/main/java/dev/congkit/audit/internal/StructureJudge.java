package dev.congkit.audit.internal;

import dev.congkit.audit.Evidence;
import dev.congkit.core.text.LegacyText;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/** LANDMARKS, HEADER-NAME, SEARCH, A11Y (what markup alone shows), A11Y-SHORTCUTS and UTF8 on the target page. */
public final class StructureJudge implements Judge {

    /** An agency's name: a kind of body or site followed by a word, or a unit type followed by a proper name. */
    private static final Pattern AGENCY_NAME = Pattern.compile("(?iu:ủy ban nhân dân|hội đồng nhân dân|cổng thông tin|trang thông tin|"
            + "cổng dữ liệu|website)\\s+\\S+|(?<![\\p{L}])(?iu:sở|bộ|văn phòng|ban|thành phố|tỉnh|huyện|thị xã|xã|phường|thị trấn|đặc khu)"
            + "\\s+\\p{Lu}");
    /** Words that say search, in Vietnamese (with or without marks) or English. */
    private static final Pattern SEARCH_WORDS = Pattern.compile("(?iu)(?<![\\p{L}])t[ìi]m(\\s*ki[ếe]m)?(?![\\p{L}])|tra\\s*c[ứu]u|t[ừu]\\s*kh[óo]a|(?<![\\p{L}])(search|keywords?)(?![\\p{L}])");
    private static final Pattern PHRASE_BREAK = Pattern.compile("[\\n:;,.!?()\\[\\]|–—]+|\\s-\\s");
    private static final Pattern SEARCH_NAMES = Pattern.compile("(?i)^(q|query|keyword|keywords|search|searchtext|s|k|tukhoa|tu_khoa|key|txtsearch)$|search|timkiem|tim-kiem");

    @Override
    public void judge(SiteAudit site) {
        landmarks(site);
        headerName(site);
        search(site);
        accessibility(site);
        shortcuts(site);
        utf8(site);
    }

    private static void landmarks(SiteAudit site) {
        if (!site.asks("LANDMARKS")) {
            return;
        }
        Element body = site.home().body();
        int banners = PageRegions.landmarks(body, "banner").size();
        int mains = PageRegions.landmarks(body, "main").size();
        int footers = PageRegions.landmarks(body, "contentinfo").size();
        boolean met = banners == 1 && mains == 1 && footers == 1;
        List<Evidence> evidence = new ArrayList<>();
        for (String kind : List.of("banner", "main", "contentinfo")) {
            PageRegions.landmarks(body, kind).stream().limit(1).forEach(e -> evidence.add(site.evidence(site.home(), e, Html.startTag(e))));
        }
        site.verdicts().judge("LANDMARKS", met, site.say().t(met ? "landmarks.ok" : "landmarks.count", banners, mains, footers), evidence);
    }

    private static void headerName(SiteAudit site) {
        if (!site.asks("HEADER-NAME")) {
            return;
        }
        Optional<Element> header = site.regions().header();
        String text = header.map(Html::text).orElseGet(() -> topText(site.home().body()));
        Evidence where = header.map(h -> site.evidence(site.home(), h)).orElse(new Evidence(site.home().url(), "body", Html.excerpt(text, 160)));
        var name = AGENCY_NAME.matcher(text);
        if (name.find()) {
            boolean logo = header.map(h -> !h.select("img, svg").isEmpty()).orElse(false);
            site.verdicts().met("HEADER-NAME", site.say().t(logo ? "header.nameLogo" : "header.name",
                    Html.excerpt(text.substring(Math.min(name.start(), text.length())), 80)), List.of(where));
            return;
        }
        boolean inPicture = header.map(h -> h.select("img[alt]").stream().anyMatch(i -> AGENCY_NAME.matcher(i.attr("alt")).find()))
                .orElse(false);
        site.verdicts().notMet("HEADER-NAME", site.say().t(inPicture ? "header.onlyImage" : "header.none"), List.of(where));
    }

    /** The visible text before the first menu, for pages without a header element. */
    private static String topText(Element body) {
        StringBuilder text = new StringBuilder();
        for (Element e : body.getAllElements()) {
            if ("nav".equals(e.normalName()) || (e.is("ul, table") && e.select("a[href]").size() >= 5)) {
                break;
            }
            if (!Html.hidden(e)) {
                for (Node child : e.childNodes()) {
                    if (child instanceof TextNode t) {
                        text.append(' ').append(t.text());
                    }
                }
            }
            if (text.length() > 600) {
                break;
            }
        }
        return Html.excerpt(text.toString(), 600);
    }

    private static void search(SiteAudit site) {
        if (!site.asks("SEARCH")) {
            return;
        }
        for (Element e : site.home().body().select("[role=search], input[type=search], input[name], input[id], form[action]")) {
            boolean named = e.is("[role=search], input[type=search]") || SEARCH_NAMES.matcher(e.attr("name")).find()
                    || SEARCH_NAMES.matcher(e.id()).find() || e.is("form") && SEARCH_NAMES.matcher(e.attr("action")).find();
            if (named && !Html.hidden(e)) {
                site.verdicts().met("SEARCH", site.say().t("search.found"), List.of(site.evidence(site.home(), e, Html.startTag(e))));
                return;
            }
        }
        // a box named only in words a person reads: its placeholder, title or label, or its form's button
        for (Element box : site.home().body().select("input[type=text], input:not([type]), input[type=search]")) {
            if (!Html.hidden(box) && (saysSearch(readableName(site, box)) || searchButton(box))) {
                site.verdicts().met("SEARCH", site.say().t("search.found"), List.of(site.evidence(site.home(), box, Html.startTag(box))));
                return;
            }
        }
        site.verdicts().notMet("SEARCH", site.say().t("search.none"), List.of());
    }

    private static boolean saysSearch(String words) {
        return SEARCH_WORDS.matcher(java.text.Normalizer.normalize(words, java.text.Normalizer.Form.NFC)).find();
    }

    /** What a person reads of a text box: placeholder, title, accessible name, its label. */
    private static String readableName(SiteAudit site, Element box) {
        StringBuilder words = new StringBuilder();
        for (String attribute : List.of("placeholder", "title", "aria-label", "value")) {
            words.append(box.attr(attribute)).append(' ');
        }
        if (!box.id().isEmpty()) {
            for (Element label : site.home().body().getElementsByTag("label")) {
                if (box.id().equals(label.attr("for"))) {
                    words.append(Html.text(label)).append(' ');
                }
            }
        }
        Element wrapping = box.closest("label");
        if (wrapping != null) {
            words.append(Html.text(wrapping));
        }
        return words.toString();
    }

    /** Whether the box's form is sent by a button that says search ("Tìm kiếm", "Tìm", "Search", a magnifier's alt text). */
    private static boolean searchButton(Element box) {
        Element form = box.closest("form");
        if (form == null || form.select("input[type=password]").size() > 0) {
            return false;
        }
        for (Element button : form.select("button, input[type=submit], input[type=image], input[type=button]")) {
            String words = Html.text(button) + " " + button.attr("value") + " " + button.attr("title") + " " + button.attr("aria-label")
                    + " " + button.attr("alt") + " " + button.select("img[alt]").attr("alt");
            if (saysSearch(words)) {
                return true;
            }
        }
        return false;
    }

    private static void accessibility(SiteAudit site) {
        if (!site.asks("A11Y")) {
            return;
        }
        Element root = site.home().document().selectFirst("html");
        List<String> problems = new ArrayList<>();
        List<Evidence> evidence = new ArrayList<>();
        if (root == null || root.attr("lang").isBlank()) {
            problems.add(site.say().t("a11y.lang"));
        }
        if (site.home().document().title().isBlank() || site.home().document().title().length() > 300) {
            problems.add(site.say().t("a11y.title"));
        }
        int images = 0;
        for (Element img : site.home().body().select("img, input[type=image], area[href]")) {
            if (!Html.hidden(img) && ImageAltJudge.problem(img) != null) {
                if (images++ == 0) {
                    evidence.add(site.evidence(site.home(), img, Html.startTag(img)));
                }
            }
        }
        if (images > 0) {
            problems.add(site.say().t("a11y.images", images));
        }
        int unlabelled = 0;
        for (Element control : site.home().body().select("input, select, textarea")) {
            if (Html.hidden(control) || control.is("[type=hidden], [type=submit], [type=button], [type=reset], [type=image]")) {
                continue;
            }
            boolean labelled = !control.attr("aria-label").isBlank() || !control.attr("aria-labelledby").isBlank()
                    || !control.attr("title").isBlank() || control.closest("label") != null
                    || !control.id().isEmpty() && site.home().body().selectFirst("label[for=" + cssEscape(control.id()) + "]") != null;
            if (!labelled && unlabelled++ == 0) {
                evidence.add(site.evidence(site.home(), control, Html.startTag(control)));
            }
        }
        if (unlabelled > 0) {
            problems.add(site.say().t("a11y.labels", unlabelled));
        }
        int unnamed = 0;
        for (PageRegions.Link link : site.regions().links()) {
            if (link.name().isEmpty() && unnamed++ == 0) {
                evidence.add(site.evidence(site.home(), link.element(), Html.startTag(link.element())));
            }
        }
        if (unnamed > 0) {
            problems.add(site.say().t("a11y.links", unnamed));
        }
        if (site.home().body().select("h1, h2, h3, [role=heading]").isEmpty()) {
            problems.add(site.say().t("a11y.headings"));
        }
        site.verdicts().judge("A11Y", problems.isEmpty(), problems.isEmpty() ? site.say().t("a11y.ok")
                : site.say().t("a11y.problems", site.say().list(problems)), evidence);
    }

    private static void shortcuts(SiteAudit site) {
        if (!site.asks("A11Y-SHORTCUTS")) {
            return;
        }
        List<Element> keys = site.home().body().select("[accesskey]").stream().filter(e -> !Html.hidden(e)).toList();
        site.verdicts().judge("A11Y-SHORTCUTS", !keys.isEmpty(), keys.isEmpty() ? site.say().t("keys.none")
                : site.say().t("keys.found", keys.size()), keys.stream().limit(3).map(e -> site.evidence(site.home(), e, Html.startTag(e))).toList());
    }

    private static void utf8(SiteAudit site) {
        if (!site.asks("UTF8")) {
            return;
        }
        for (Page page : site.pages()) {
            String declared = page.declaredCharset();
            if (declared == null) {
                site.verdicts().notMet("UTF8", site.say().t("utf8.undeclared", page.url()), List.of());
                return;
            }
            if (!"utf-8".equals(declared.toLowerCase(Locale.ROOT).replace("utf8", "utf-8"))) {
                site.verdicts().notMet("UTF8", site.say().t("utf8.other", page.url(), declared), List.of());
                return;
            }
            if (!page.validUtf8() || !page.charset().equals(StandardCharsets.UTF_8)) {
                site.verdicts().notMet("UTF8", site.say().t("utf8.invalid", page.url()), List.of());
                return;
            }
            Optional<Element> decomposed = firstDecomposed(page.body());
            if (decomposed.isPresent()) {
                site.verdicts().notMet("UTF8", site.say().t("utf8.nfd", page.url()),
                        List.of(site.evidence(page, decomposed.get(), decomposed.get().ownText())));
                return;
            }
            Optional<Map.Entry<Element, LegacyText.Garbled>> legacy = firstLegacy(page.body());
            if (legacy.isPresent()) {
                LegacyText.Garbled garbled = legacy.get().getValue();
                site.verdicts().notMet("UTF8", site.say().t("utf8.legacy", page.url(), garbled.encoding().label(), garbled.text(), garbled.meant()),
                        List.of(site.evidence(page, legacy.get().getKey(), garbled.text())));
                return;
            }
        }
        site.verdicts().met("UTF8", site.say().t("utf8.ok", site.pages().size()), List.of());
    }

    /** Text typed in an old Vietnamese encoding (TCVN3, VNI, VISCII…) and shown as Unicode: "NguyÔn V¨n B×nh". */
    private static Optional<Map.Entry<Element, LegacyText.Garbled>> firstLegacy(Element body) {
        for (Element e : body.getAllElements()) {
            String own = e.ownText();
            if (own.isBlank() || own.chars().allMatch(c -> c < 0x80)) {
                continue;
            }
            // judged by phrases: a label in Unicode beside a garbled name ("Chủ tịch: NguyÔn V¨n B×nh") is still found
            for (String phrase : PHRASE_BREAK.split(own)) {
                if (phrase.strip().length() >= 4) {
                    Optional<LegacyText.Garbled> garbled = LegacyText.detect(phrase.strip());
                    if (garbled.isPresent()) {
                        return Optional.of(Map.entry(e, garbled.get()));
                    }
                }
            }
        }
        return Optional.empty();
    }

    private static Optional<Element> firstDecomposed(Element body) {
        for (Element e : body.getAllElements()) {
            String own = e.ownText();
            if (!own.isEmpty() && !Normalizer.isNormalized(own, Normalizer.Form.NFC) && !Html.hidden(e)) {
                return Optional.of(e);
            }
        }
        return Optional.empty();
    }

    private static String cssEscape(String id) {
        return "\"" + id.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }
}

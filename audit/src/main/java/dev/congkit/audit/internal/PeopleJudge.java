package dev.congkit.audit.internal;

import dev.congkit.audit.Evidence;
import dev.congkit.core.text.TextMatch;
import org.jsoup.nodes.Element;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * CONTACT-OFFICIALS, CONTACT-DIRECTORY, CONTACT-POLITICAL, LEADER-PROFILE, CONTACT-ENGLISH and
 * COMMUNE-PROFILE: judged on the target and the pages it links to on the same site.
 */
public final class PeopleJudge implements Judge {

    private static final Pattern POSITION = Pattern.compile("chủ tịch|bí thư|trưởng|giám đốc|chánh văn phòng|công chức|cán bộ|"
            + "chuyên viên|chỉ huy|kế toán|ủy viên|chánh thanh tra|thường trực|văn phòng|tư pháp|địa chính");
    private static final Pattern NAME = Pattern.compile("(?<!\\p{L})\\p{Lu}\\p{Ll}*+\\s++\\p{Lu}\\p{Ll}*+\\s++\\p{Lu}\\p{Ll}*+");
    private static final Set<String> BLOCKS = Set.of("tr", "li", "article", "section", "dl", "div", "p", "td", "dd", "tbody", "address");
    private static final org.jsoup.select.Evaluator TEL = org.jsoup.select.QueryParser.parse("a[href^=tel:]");
    private static final Pattern DIRECTORY = Pattern.compile("danh bạ|danh sách cán bộ|thông tin liên hệ|liên hệ cán bộ");
    private static final Map<String, Pattern> ORGANISATIONS = Map.of(
            "Đảng ủy", Pattern.compile("đảng ủy|đảng bộ"),
            "HĐND", Pattern.compile("hđnd|hội đồng nhân dân"),
            "UBND", Pattern.compile("ubnd|ủy ban nhân dân"),
            "MTTQ", Pattern.compile("mttq|mặt trận tổ quốc|ủy ban mặt trận"),
            "đoàn thể", Pattern.compile("đoàn thanh niên|hội liên hiệp phụ nữ|hội phụ nữ|hội nông dân|hội cựu chiến binh|công đoàn"));
    private static final Pattern PROFILE = Pattern.compile("tiểu sử|quá trình công tác|nhiệm vụ được giao|nhiệm vụ đảm nhiệm|"
            + "lĩnh vực phụ trách|phụ trách lĩnh vực|được phân công|phân công nhiệm vụ");
    private static final Pattern ENGLISH = Pattern.compile("^(english|tiếng anh|en|eng|english version)$");
    private static final Pattern ENGLISH_CLASS = Pattern.compile("(?i)(lang(uage)?|flag|icon|ngon-?ngu)?[-_]?(en|eng|english|uk|gb|us)");
    /** A flag file named for English or an English-speaking country: flag_uk.png, /lang/en.gif, english.svg. */
    private static final Pattern ENGLISH_FLAG = Pattern.compile(
            "(?i)(^|[/_\\-.])(en|eng|english|uk|gb|us|usa|united[-_]?kingdom)(?:[-_]?(flag|co|icon))?\\.(png|gif|jpe?g|svg|webp|ico)(\\?.*)?$"
            + "|flag[-_]?(en|uk|gb|us)\\b");
    private static final Map<String, Pattern> PROFILE_TOPICS = new LinkedHashMap<>();

    static {
        PROFILE_TOPICS.put("profile.organisation", Pattern.compile("tổ chức bộ máy|cơ cấu tổ chức|bộ máy tổ chức|tổ chức hành chính|sơ đồ tổ chức|bộ máy hành chính"));
        // the commune's map, not a cadastral sheet ("tờ bản đồ số 12", "bản đồ địa chính") a land notice names
        PROFILE_TOPICS.put("profile.map", Pattern.compile("(?<!tờ )bản đồ(?! (địa chính|số|quy hoạch sử dụng đất))"));
        PROFILE_TOPICS.put("profile.nature", Pattern.compile("điều kiện tự nhiên|vị trí địa lý|tự nhiên"));
        PROFILE_TOPICS.put("profile.history", Pattern.compile("lịch sử"));
        PROFILE_TOPICS.put("profile.culture", Pattern.compile("văn hóa|truyền thống"));
        PROFILE_TOPICS.put("profile.relics", Pattern.compile("di tích|danh lam|thắng cảnh|danh thắng"));
    }

    private record Person(Page page, Element block) {
        /** Who it is, whatever the page's language: the e-mail, else the phone's digits, else the name (the English twin of a page repeats them). */
        String key() {
            String text = Html.text(block, 701);
            java.util.regex.Matcher email = FooterFacts.EMAIL.matcher(text);
            if (email.find()) {
                return email.group().toLowerCase(java.util.Locale.ROOT);
            }
            Optional<String> phone = FooterFacts.phone(text, 9);
            if (phone.isPresent()) {
                return phone.get();
            }
            java.util.regex.Matcher name = NAME.matcher(text);
            return name.find() ? TextMatch.normalise(name.group()) : text;
        }
    }


    @Override
    public void judge(SiteAudit site) {
        Map<Page, List<Element>> people = new LinkedHashMap<>();
        for (Page page : site.pages()) {
            people.put(page, people(page));
        }
        List<Person> all = new ArrayList<>();
        people.forEach((page, blocks) -> blocks.forEach(b -> all.add(new Person(page, b))));
        officials(site, all);
        directory(site, people);
        political(site, people);
        profile(site, all);
        english(site);
        commune(site);
    }

    private static void officials(SiteAudit site, List<Person> all) {
        if (!site.asks("CONTACT-OFFICIALS")) {
            return;
        }
        long distinct = all.stream().map(Person::key).distinct().count();
        if (distinct >= 2) {
            site.verdicts().met("CONTACT-OFFICIALS", site.say().t("officials.found", distinct, pagesOf(all)), evidence(site, all));
        } else {
            site.absent("CONTACT-OFFICIALS", "officials.none", DIRECTORY);
        }
    }

    private static void directory(SiteAudit site, Map<Page, List<Element>> people) {
        if (!site.asks("CONTACT-DIRECTORY")) {
            return;
        }
        for (Map.Entry<Page, List<Element>> entry : people.entrySet()) {
            Page page = entry.getKey();
            boolean named = DIRECTORY.matcher(Html.lower(page.reachedBy() + " " + page.title() + " " + headings(page))).find();
            if (named && entry.getValue().size() >= 3 || entry.getValue().size() >= 5) {
                site.verdicts().met("CONTACT-DIRECTORY", site.say().t("directory.found", page.url(), entry.getValue().size()),
                        entry.getValue().stream().limit(3).map(b -> site.evidence(page, b)).toList());
                return;
            }
        }
        site.absent("CONTACT-DIRECTORY", "directory.none", DIRECTORY);
    }

    private static void political(SiteAudit site, Map<Page, List<Element>> people) {
        if (!site.asks("CONTACT-POLITICAL")) {
            return;
        }
        List<String> bestMissing = null;
        for (Map.Entry<Page, List<Element>> entry : people.entrySet()) {
            if (entry.getValue().size() < 3) {
                continue;
            }
            String text = Html.lower(Html.text(entry.getKey().body()));
            List<String> missing = ORGANISATIONS.entrySet().stream().filter(o -> !o.getValue().matcher(text).find())
                    .map(Map.Entry::getKey).sorted().toList();
            if (missing.isEmpty()) {
                site.verdicts().met("CONTACT-POLITICAL", site.say().t("political.found", entry.getKey().url()),
                        entry.getValue().stream().limit(3).map(b -> site.evidence(entry.getKey(), b)).toList());
                return;
            }
            if (bestMissing == null || missing.size() < bestMissing.size()) {
                bestMissing = missing;
            }
        }
        if (bestMissing != null) {
            site.verdicts().notMet("CONTACT-POLITICAL", site.say().t("political.partial", site.say().list(bestMissing)), List.of());
        } else {
            site.absent("CONTACT-POLITICAL", "political.none", Pattern.compile("hệ thống chính trị"));
        }
    }

    private static void profile(SiteAudit site, List<Person> all) {
        if (!site.asks("LEADER-PROFILE")) {
            return;
        }
        for (Person person : all) {
            Element around = person.block().parent() == null ? person.block() : person.block().parent();
            if (PROFILE.matcher(Html.lower(Html.text(around))).find()) {
                site.verdicts().met("LEADER-PROFILE", site.say().t("profile.found", person.page().url()),
                        List.of(site.evidence(person.page(), person.block())));
                return;
            }
        }
        site.absent("LEADER-PROFILE", "profile.none", Pattern.compile("lãnh đạo|tiểu sử"));
    }

    /** An English version marked by a flag picture (flag_uk.png, en.gif) or a class (lang-en, flag-en), with no word to read. */
    private static boolean englishMark(Element a) {
        for (Element e : a.select("*")) {
            for (String name : e.classNames()) {
                if (ENGLISH_CLASS.matcher(name).matches()) {
                    return true;
                }
            }
        }
        for (Element img : a.select("img[src]")) {
            if (ENGLISH_FLAG.matcher(img.attr("src")).find()) {
                return true;
            }
        }
        return false;
    }

    private static void english(SiteAudit site) {
        if (!site.asks("CONTACT-ENGLISH")) {
            return;
        }
        for (PageRegions.Link link : site.regions().links()) {
            Element a = link.element();
            if ("en".equalsIgnoreCase(a.attr("hreflang")) || a.attr("lang").toLowerCase().startsWith("en") && !link.name().isEmpty()
                    || ENGLISH.matcher(link.normal()).matches() || link.href().matches("(?i).*([?&]lang(uage)?=en|/en/|/en$|//en\\.).*")
                    || englishMark(a)) {
                String named = link.name().isEmpty() ? link.href() : link.name(); // a flag or a class alone: its address
                site.verdicts().met("CONTACT-ENGLISH", site.say().t("english.found", named), List.of(site.evidence(site.home(), a)));
                return;
            }
        }
        site.verdicts().notMet("CONTACT-ENGLISH", site.say().t("english.none"), List.of());
    }

    private static void commune(SiteAudit site) {
        if (!site.asks("COMMUNE-PROFILE")) {
            return;
        }
        // a saved page's links lead to files that were not saved with it: their absence proves nothing
        Set<String> broken = new HashSet<>();
        if (!site.savedFile()) {
            site.brokenLinks().forEach(b -> broken.add(b.replaceFirst(" \\(.*$", "")));
        }
        List<String> missing = new ArrayList<>();
        List<Evidence> evidence = new ArrayList<>();
        for (Map.Entry<String, Pattern> topic : PROFILE_TOPICS.entrySet()) {
            Optional<Evidence> seen = findTopic(site, topic.getValue(), broken);
            if (seen.isPresent()) {
                evidence.add(seen.get());
            } else {
                missing.add(site.say().t(topic.getKey()));
            }
        }
        site.verdicts().judge("COMMUNE-PROFILE", missing.isEmpty(), missing.isEmpty() ? site.say().t("commune.complete")
                : site.say().t("commune.missing", site.say().list(missing)), evidence.stream().limit(6).toList());
    }

    private static Optional<Evidence> findTopic(SiteAudit site, Pattern topic, Set<String> broken) {
        Map<String, Page> read = new java.util.HashMap<>();
        site.pages().forEach(p -> read.put(String.valueOf(Crawler.resolve(p.url())), p));
        for (Page page : site.pages()) {
            if (placeholder(page)) {
                continue;
            }
            // links and headings, and the labels of menu headers that are no link ("Tổng quan" ▸ "Vị trí địa lý")
            for (Element a : page.body().select("a[href], h1, h2, h3, nav li > span, nav li > div, [class*=menu] li > span, [role=menuitem]")) {
                if (Html.hidden(a) || !topic.matcher(Html.lower(Html.name(a))).find()) {
                    continue;
                }
                if (!"a".equals(a.normalName())) {
                    return Optional.of(site.evidence(page, a));
                }
                String target = String.valueOf(Crawler.resolve(a.attr("abs:href")));
                Page linked = read.get(target);
                // a link to a page that was read and holds only "Đang cập nhật" or a template's sample text is no content
                if (!broken.contains(target) && (linked == null || linked == page || !placeholder(linked))) {
                    return Optional.of(site.evidence(page, a));
                }
            }
        }
        return Optional.empty();
    }

    /** What a page that is not written yet says instead of content. */
    private static final Pattern PLACEHOLDER = Pattern.compile(
            "đây là trang mẫu|nội dung mẫu|đang cập nhật|đang được cập nhật|chưa có nội dung|nội dung đang được xây dựng|trang đang xây dựng|lorem ipsum|coming soon|under construction");

    /** Whether a page's main text is a placeholder: the words above and little else (under 400 characters besides). */
    static boolean placeholder(Page page) {
        Element main = page.body().selectFirst("main, [role=main], article, #content, .content");
        String text = Html.lower(Html.text(main != null ? main : page.body()));
        java.util.regex.Matcher m = PLACEHOLDER.matcher(text);
        return m.find() && text.length() - (m.end() - m.start()) < 400;
    }


    /** The smallest blocks of a page that name a person with a position and a phone number or e-mail. */
    static List<Element> people(Page page) {
        Element footer = page.regions().footer().orElse(null);
        List<Element> found = new ArrayList<>();
        java.util.Set<Element> kept = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        java.util.Set<Element> dropped = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        for (Element e : page.body().getAllElements()) {
            if (!BLOCKS.contains(e.normalName()) && !e.hasClass("vcard") && !e.hasClass("h-card")) {
                continue;
            }
            if (footer != null && (e == footer || Html.within(e, footer) || Html.within(footer, e))) {
                continue;
            }
            String text = Html.text(e, 701);
            if (text.length() > 700 || text.length() < 15) {
                continue;
            }
            if (!POSITION.matcher(Html.lower(text)).find() || !NAME.matcher(text).find()) {
                continue;
            }
            boolean reachable = FooterFacts.EMAIL.matcher(text).find() || FooterFacts.phoneIn(text, 9) || !e.select(TEL).isEmpty();
            if (reachable && !Html.hidden(e)) {
                // elements come in document order: a block found earlier may hold this one, never the other way round
                for (Element up = e.parent(); up != null; up = up.parent()) {
                    if (kept.remove(up)) {
                        dropped.add(up);
                    }
                }
                found.add(e);
                kept.add(e);
            }
        }
        found.removeIf(dropped::contains);
        return found;
    }

    private static String headings(Page page) {
        StringBuilder text = new StringBuilder();
        page.body().select("h1, h2").forEach(h -> text.append(' ').append(Html.text(h)));
        return text.toString();
    }

    private static int pagesOf(List<Person> all) {
        return (int) all.stream().map(Person::page).distinct().count();
    }

    private static List<Evidence> evidence(SiteAudit site, List<Person> all) {
        return all.stream().limit(3).map(p -> site.evidence(p.page(), p.block())).toList();
    }
}

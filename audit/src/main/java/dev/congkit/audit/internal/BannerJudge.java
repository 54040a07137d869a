package dev.congkit.audit.internal;

import com.fasterxml.jackson.databind.JsonNode;
import dev.congkit.audit.Evidence;
import dev.congkit.audit.internal.browser.Marks;
import dev.congkit.core.rules.Rule;
import org.jsoup.nodes.Comment;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;

import java.net.URI;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * BANNER-FEEDBACK, FEEDBACK-FUNCTION, BANNER-EXPIRY, BANNER-NO-DUP, NO-MOTION and IMAGE-BUDGET, judged
 * on the target page.
 */
public final class BannerJudge implements Judge {

    private static final Pattern FEEDBACK_WORDS = Pattern.compile("phản ánh|kiến nghị|phản hồi|hỏi đáp|pakn");
    private static final Pattern FEEDBACK_HOSTS = Pattern.compile(
            "(?i)(^|\\.)(phanhoi\\.[a-z.]+|dichvucong\\.gov\\.vn|nguoidan\\.chinhphu\\.vn|doanhnghiep\\.chinhphu\\.vn|pakn\\.[a-z.]+|1022\\.vn)$");
    private static final Pattern BANNERISH = Pattern.compile("(?i)banner|adv|quangcao|quang-cao|(^|[-_/])qc[-_]|lienket|weblink");
    private static final Pattern NOT_A_BANNER = Pattern.compile("(?i)icon|bullet|spacer|arrow|blank\\.gif|pixel|logo");
    private static final Pattern CAROUSEL_CLASS = Pattern.compile("(?i)(^|\\s)(jcarousel[\\w-]*|bx-?slider|bx-wrapper|swiper(-container|-wrapper)?"
            + "|slick(-slider)?|owl-carousel|carousel(-inner)?|flexslider|nivo-?slider|cycle-slideshow|camera_wrap|royalslider"
            + "|sliderkit|newsticker|news-ticker|liscroll|marquee)(\\s|$)");
    private static final Pattern CAROUSEL_SCRIPT = Pattern.compile("(?i)jcarousel|bxslider|swiper|slick|owl\\.carousel|flexslider"
            + "|nivo\\.?slider|jquery\\.cycle|marquee|liscroll|newsticker|carousel");
    private static final Pattern CAMPAIGN_WORDS = Pattern.compile("kỷ niệm|chào mừng|mừng|năm|đại hội|bầu cử|nhiệm kỳ|"
            + "chiến dịch|cuộc thi|hưởng ứng|tháng|tuần lễ|lễ hội|ngày|xuân|tết|festival|hội thi");
    private static final int MAX_IMAGES = 60;
    private static final java.util.Set<String> REGION = java.util.Set.of("html", "body", "main", "aside", "header", "footer", "nav", "section");
    /** A news item (picture, headline, a line of summary) is no longer than this. */
    private static final int ITEM_CHARS = 600;
    private static final Pattern MORE = Pattern.compile("(?i)^(xem thêm|chi tiết|xem tiếp|đọc tiếp|more|read more|…|\\.\\.\\.)$");

    @Override
    public void judge(SiteAudit site) {
        List<Element> banners = banners(site);
        feedback(site);
        expiry(site, banners);
        motion(site);
        Map<Element, Picture> bytes = site.asks("IMAGE-BUDGET") || site.asks("BANNER-NO-DUP") ? pictures(site) : Map.of();
        budget(site, bytes);
        duplicates(site, banners, bytes);
    }

    private static void feedback(SiteAudit site) {
        Optional<Rule> rule = site.rule("BANNER-FEEDBACK");
        List<PageRegions.Link> links = site.regions().links();
        boolean bannerMet = false;
        if (rule.isPresent()) {
            String url = rule.get().params().path("url").asText("");
            if (url.isEmpty()) {
                site.verdicts().cannotJudge("BANNER-FEEDBACK", site.say().t("feedback.noUrl"));
            } else {
                List<PageRegions.Link> to = links.stream().filter(l -> samePlace(l.href(), url)).toList();
                if (!to.isEmpty()) {
                    bannerMet = FeedbackBanner.judge(site, url, to, rule.get().params());
                } else {
                    site.verdicts().notMet("BANNER-FEEDBACK", site.say().t(hiddenOrCommented(site, url)
                            ? "feedback.hidden" : "feedback.missing", url), List.of());
                }
            }
        }
        if (!site.asks("FEEDBACK-FUNCTION")) {
            return;
        }
        if (bannerMet) {
            site.verdicts().met("FEEDBACK-FUNCTION", site.say().t("function.banner"), List.of());
            return;
        }
        for (PageRegions.Link link : links) {
            URI uri = Crawler.resolve(link.href());
            boolean knownHost = uri != null && uri.getHost() != null && FEEDBACK_HOSTS.matcher(uri.getHost()).find();
            if (knownHost || FEEDBACK_WORDS.matcher(link.normal()).find()) {
                site.verdicts().met("FEEDBACK-FUNCTION", site.say().t("function.found", link.name().isEmpty() ? link.href() : link.name()),
                        List.of(site.evidence(site.home(), link.element())));
                return;
            }
        }
        Optional<PageRegions.Link> contact = links.stream().filter(l -> l.normal().contains("góp ý")).findFirst();
        site.verdicts().notMet("FEEDBACK-FUNCTION", site.say().t(contact.isPresent() ? "function.contactOnly" : "function.none"),
                contact.map(l -> List.of(site.evidence(site.home(), l.element()))).orElse(List.of()));
    }

    private static boolean hiddenOrCommented(SiteAudit site, String url) {
        for (Element a : site.home().body().select("a[href]")) {
            if (samePlace(a.attr("abs:href"), url)) {
                return true;
            }
        }
        String bare = bare(url);
        List<Node> stack = new ArrayList<>(site.home().document().childNodes());
        while (!stack.isEmpty()) {
            Node node = stack.remove(stack.size() - 1);
            if (node instanceof Comment comment && comment.getData().toLowerCase(Locale.ROOT).contains(bare)) {
                return true;
            }
            stack.addAll(node.childNodes());
        }
        return false;
    }

    /** Same host (ignoring www.) and path (ignoring a final slash), any scheme. */
    static boolean samePlace(String href, String url) {
        return !href.isEmpty() && bare(href).equals(bare(url));
    }

    private static String bare(String url) {
        String lower = url.strip().toLowerCase(Locale.ROOT).replaceFirst("^[a-z]+://", "").replaceFirst("^www\\.", "");
        int cut = lower.indexOf('#');
        lower = cut >= 0 ? lower.substring(0, cut) : lower;
        return lower.endsWith("/") ? lower.substring(0, lower.length() - 1) : lower;
    }

    private static void expiry(SiteAudit site, List<Element> banners) {
        if (!site.asks("BANNER-EXPIRY")) {
            return;
        }
        int year = site.today().getYear();
        List<Evidence> dated = new ArrayList<>();
        for (Element element : banners) {
            String text = bannerText(element);
            if (CAMPAIGN_WORDS.matcher(Html.lower(text)).find() || text.matches("(?s).*(19|20)\\d{2}\\s*[-–—]\\s*(19|20)\\d{2}.*")) {
                int last = Dates.lastYear(text).orElse(year);
                if (last < year) {
                    dated.add(site.evidence(site.home(), element, text));
                }
            }
        }
        site.verdicts().judge("BANNER-EXPIRY", dated.isEmpty(), dated.isEmpty()
                ? site.say().t("expiry.none", banners.size()) : site.say().t("expiry.found", dated.size(), year), dated.stream().limit(5).toList());
    }

    /** Banner pictures (linked or marked as banners) and scrolling notices of the target page. */
    private static List<Element> banners(SiteAudit site) {
        List<Element> banners = new ArrayList<>();
        for (Element img : site.home().body().select("img")) {
            if (shownNot(img) || NOT_A_BANNER.matcher(img.attr("src") + " " + img.className()).find()) {
                continue;
            }
            boolean linked = img.closest("a[href]") != null;
            boolean marked = BANNERISH.matcher(img.attr("src") + " " + img.className() + " " + img.id()).find()
                    || img.parents().stream().limit(4).anyMatch(p -> BANNERISH.matcher(p.className() + " " + p.id()).find());
            if ((linked || marked) && !newsThumbnail(img)) {
                banners.add(img);
            }
        }
        for (Element marquee : site.home().body().select("marquee")) {
            if (!shownNot(marquee)) {
                banners.add(marquee);
            }
        }
        return banners;
    }

    /**
     * A news item's picture, not a banner: it sits in a news block or a carousel, or its item also
     * holds a headline (a text link to the same page) or a date.
     */
    private static boolean newsThumbnail(Element img) {
        Element link = img.closest("a[href]");
        if (Html.inNewsBlock(img) && !BANNERISH.matcher(img.attr("src") + " " + img.className()).find()) {
            return true;
        }
        if (link == null) {
            return false;
        }
        String href = link.attr("href");
        Element item = img.closest("li, article");
        // the nearest small block (two levels up at most, never a region of the page) holding a text link to the same page: the news item
        for (Element e = link.parent(); item == null && e != null && depth(link, e) <= 2 && !REGION.contains(e.normalName())
                && Html.text(e, ITEM_CHARS + 1).length() <= ITEM_CHARS; e = e.parent()) {
            if (e.select("a[href]").stream().anyMatch(a -> a != link && a.attr("href").equals(href) && !Html.text(a).isBlank())) {
                item = e;
            }
        }
        if (item == null) {
            return false;
        }
        boolean headline = item.select("a[href]").stream()
                .anyMatch(a -> a != link && a.attr("href").equals(href) && isHeadline(Html.text(a)));
        return headline || !Dates.in(Html.text(item)).isEmpty();
    }

    /** A text link to the same page that names it: a headline, not "Xem thêm". */
    private static boolean isHeadline(String text) {
        return text.length() >= 6 && !MORE.matcher(text.strip()).matches();
    }

    private static int depth(Element child, Element ancestor) {
        int depth = 0;
        for (Element e = child; e != null && e != ancestor; e = e.parent()) {
            depth++;
        }
        return depth;
    }

    /** Hidden by markup or an inline style, or, in browser mode, not drawn (a style sheet hides it): nobody sees it move or show. */
    private static boolean shownNot(Element e) {
        return Html.hidden(e) || Marks.notDrawn(e);
    }

    private static String bannerText(Element element) {
        if ("marquee".equals(element.normalName())) {
            return Html.text(element);
        }
        Element link = element.closest("a[href]");
        return String.join(" ", element.attr("alt"), element.attr("title"), link == null ? "" : link.attr("title"));
    }

    private static void motion(SiteAudit site) {
        if (!site.asks("NO-MOTION")) {
            return;
        }
        List<Evidence> moving = new ArrayList<>();
        // what moves is content: a marquee with something in it, a carousel or ticker with more than one item
        for (Element e : site.home().body().select("marquee, blink")) {
            if (!shownNot(e) && (!Html.text(e).isBlank() || !e.select("img").isEmpty())) {
                moving.add(site.evidence(site.home(), e, "<" + e.normalName() + "> " + Html.text(e)));
            }
        }
        for (Element e : site.home().body().select("[class], [data-ride=carousel], [data-bs-ride=carousel]")) {
            boolean carousel = CAROUSEL_CLASS.matcher(e.className()).find() || e.hasAttr("data-ride") || e.hasAttr("data-bs-ride");
            if (carousel && !shownNot(e) && severalItems(e) && moving.size() < 8) {
                moving.add(site.evidence(site.home(), e, Html.startTag(e)));
            }
        }
        // a slider or marquee script only supports that: loaded with nothing to move, nothing moves
        if (!moving.isEmpty()) {
            for (Element e : site.home().document().select("script[src]")) {
                String src = e.attr("src");
                if (CAROUSEL_SCRIPT.matcher(src.substring(src.lastIndexOf('/') + 1)).find() && moving.size() < 8) {
                    moving.add(site.evidence(site.home(), e, Html.startTag(e)));
                }
            }
        }
        site.verdicts().judge("NO-MOTION", moving.isEmpty(), site.say().t(moving.isEmpty() ? "motion.none" : "motion.found", moving.size()),
                moving.stream().limit(5).toList());
    }

    /** Whether a carousel holds two slides or more (list items, slides, pictures): one item has nowhere to move. */
    private static boolean severalItems(Element carousel) {
        int items = Math.max(carousel.select("li, .item, .slide, .swiper-slide, .owl-item, .carousel-item").size(), carousel.select("img").size());
        return items >= 2 || carousel.children().size() >= 2 && carousel.children().stream().allMatch(c -> !Html.text(c).isBlank() || !c.select("img").isEmpty());
    }

    /** What the audit keeps of a fetched image: its size and a digest, never the bytes. */
    private record Picture(long size, String sha256) {
    }

    private static Map<Element, Picture> pictures(SiteAudit site) {
        Map<Element, Picture> bytes = new LinkedHashMap<>();
        Map<String, Picture> bySource = new HashMap<>();
        for (Element img : site.home().body().select("img[src]")) {
            if (bytes.size() >= MAX_IMAGES || Html.hidden(img)) {
                continue;
            }
            String src = img.attr("src").strip();
            URI uri = Crawler.resolve(img.attr("abs:src"));
            // src="" and src="#" name the page itself: its HTML is no picture to measure
            if (src.isEmpty() || src.startsWith("#") || uri == null || !site.fetcher().onSite(uri) || samePage(uri, site.home().url())) {
                continue;
            }
            Picture body = bySource.computeIfAbsent(uri.toString(), u -> {
                Fetcher.Response response = site.fetcher().get(uri);
                return response.ok() && isPicture(response.body()) ? new Picture(response.body().length, sha256(response.body())) : null;
            });
            if (body != null) {
                bytes.put(img, body);
            }
        }
        return bytes;
    }

    private static boolean samePage(URI uri, String page) {
        URI home = Crawler.resolve(page);
        return home != null && uri.getScheme() != null && uri.getScheme().equals(home.getScheme())
                && java.util.Objects.equals(uri.getRawAuthority(), home.getRawAuthority())
                && java.util.Objects.equals(uri.getRawPath(), home.getRawPath()) && java.util.Objects.equals(uri.getRawQuery(), home.getRawQuery());
    }

    /** Whether the bytes are a picture by their signature (JPEG, PNG, GIF, WebP, BMP, ICO, AVIF/HEIC, SVG), not a page or an error. */
    static boolean isPicture(byte[] body) {
        if (body.length < 4) {
            return false;
        }
        int b0 = body[0] & 0xFF;
        int b1 = body[1] & 0xFF;
        String head = new String(body, 0, Math.min(body.length, 512), java.nio.charset.StandardCharsets.ISO_8859_1);
        return b0 == 0xFF && b1 == 0xD8 || head.startsWith("\u0089PNG") || head.startsWith("GIF8") || head.startsWith("BM")
                || head.startsWith("RIFF") && head.startsWith("WEBP", 8) || head.startsWith("\u0000\u0000\u0001\u0000")
                || head.startsWith("ftyp", 4) || head.stripLeading().toLowerCase(java.util.Locale.ROOT).startsWith("<svg")
                || head.stripLeading().startsWith("<?xml") && head.contains("<svg");
    }

    private static void budget(SiteAudit site, Map<Element, Picture> bytes) {
        Optional<Rule> rule = site.rule("IMAGE-BUDGET");
        if (rule.isEmpty()) {
            return;
        }
        long limit = 0;
        for (JsonNode slot : rule.get().params().path("slots")) {
            limit = Math.max(limit, slot.path("maxBytes").asLong(0));
        }
        if (limit == 0) {
            site.verdicts().cannotJudge("IMAGE-BUDGET", site.say().t("budget.noLimit"));
            return;
        }
        if (bytes.isEmpty()) {
            site.verdicts().cannotJudge("IMAGE-BUDGET", site.say().t(site.savedFile() ? "budget.savedPage" : "budget.noImages"));
            return;
        }
        List<Evidence> over = new ArrayList<>();
        for (Map.Entry<Element, Picture> entry : bytes.entrySet()) {
            if (entry.getValue().size() > limit) {
                over.add(site.evidence(site.home(), entry.getKey(),
                        entry.getKey().attr("src") + " — " + kib(entry.getValue().size())));
            }
        }
        site.verdicts().judge("IMAGE-BUDGET", over.isEmpty(), over.isEmpty()
                        ? site.say().t("budget.within", bytes.size(), kib(limit))
                        : site.say().t("budget.over", over.size(), bytes.size(), kib(limit)),
                over.stream().limit(5).toList());
    }

    private static void duplicates(SiteAudit site, List<Element> banners, Map<Element, Picture> bytes) {
        if (!site.asks("BANNER-NO-DUP")) {
            return;
        }
        Map<String, Element> seen = new HashMap<>();
        List<Evidence> duplicated = new ArrayList<>();
        int count = 0;
        for (Element img : banners) {
            Element link = img.closest("a[href]");
            if (!"img".equals(img.normalName()) || link == null || link.attr("href").isBlank() || link.attr("href").equals("#")) {
                continue;
            }
            count++;
            String picture = bytes.containsKey(img) ? bytes.get(img).sha256() : img.attr("abs:src");
            String key = picture + "|" + link.attr("abs:href");
            Element earlier = seen.putIfAbsent(key, img);
            if (earlier != null) {
                duplicated.add(site.evidence(site.home(), img, img.attr("src") + " → " + link.attr("href")));
            }
        }
        site.verdicts().judge("BANNER-NO-DUP", duplicated.isEmpty(), duplicated.isEmpty()
                ? site.say().t("dup.none", count) : site.say().t("dup.found", duplicated.size()), duplicated.stream().limit(5).toList());
    }

    private static String kib(long bytes) {
        return Math.round(bytes / 1024.0) + " KB";
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}

package dev.congkit.audit.internal;

import com.fasterxml.jackson.databind.JsonNode;
import dev.congkit.audit.Screenshot;
import dev.congkit.audit.internal.browser.Browser;
import dev.congkit.audit.internal.browser.Marks;
import org.jsoup.nodes.Element;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * BANNER-FEEDBACK as Phụ lục 2 places it: a banner (a picture, or a box styled as one), not a text
 * link and not in the footer; in browser mode also drawn, in the central column, near the top, at a
 * size a citizen notices (the rule set's {@code placement} parameters).
 */
final class FeedbackBanner {

    private static final Pattern STYLED_AS_BANNER = Pattern.compile("(?i)banner|bnr|adv|quang-?cao|background-image");

    /** Where and how large the banner must be drawn at the desktop width, in CSS px. */
    record Placement(int minWidth, int minHeight, int maxTop) {
        static Placement of(JsonNode params) {
            JsonNode p = params.path("placement");
            return new Placement(p.path("minWidth").asInt(150), p.path("minHeight").asInt(40), p.path("maxTop").asInt(1600));
        }
    }

    private FeedbackBanner() {
    }

    /** Judges the links to {@code url} found on the home page; true when the banner is there. */
    static boolean judge(SiteAudit site, String url, List<PageRegions.Link> to, JsonNode params) {
        Optional<Element> footer = site.regions().footer();
        if (site.rendering().isPresent()) {
            return drawn(site, url, to, footer, Placement.of(params));
        }
        List<PageRegions.Link> banners = to.stream().filter(l -> !inside(l.element(), footer) && looksLikeBanner(l.element())).toList();
        Optional<PageRegions.Link> named = banners.stream().filter(l -> !l.name().isEmpty()).findFirst();
        if (named.isPresent()) {
            site.verdicts().met("BANNER-FEEDBACK", site.say().t("feedback.found", url, named.get().name()) + " "
                    + site.say().t("feedback.placementUnjudged"), List.of(site.evidence(site.home(), named.get().element())));
            return true;
        }
        if (!banners.isEmpty()) {
            site.verdicts().notMet("BANNER-FEEDBACK", site.say().t("feedback.unnamed", url), List.of(site.evidence(site.home(), banners.get(0).element())));
            return false;
        }
        PageRegions.Link text = to.get(0);
        boolean footerOnly = to.stream().allMatch(l -> inside(l.element(), footer));
        String words = site.say().t(footerOnly ? "feedback.textInFooter" : "feedback.textLink", text.name().isEmpty() ? text.href() : text.name());
        site.verdicts().notMet("BANNER-FEEDBACK", site.say().t("feedback.notBanner", url, words),
                List.of(site.evidence(site.home(), text.element(), words)));
        return false;
    }

    private static boolean drawn(SiteAudit site, String url, List<PageRegions.Link> to, Optional<Element> footer, Placement placement) {
        int[] column = contentSpan(site.home().body(), footer, site.regions().header());
        record Seen(PageRegions.Link link, Optional<Marks.Box> box, List<String> problems) {
        }
        List<Seen> seen = new ArrayList<>();
        for (PageRegions.Link link : to) {
            Optional<Marks.Box> box = Marks.notDrawn(link.element()) ? Optional.empty() : box(link.element());
            seen.add(new Seen(link, box, problems(site, link, box, footer, placement, column)));
        }
        // what a citizen sees comes first: a drawn link with fewest problems, else one the page hides
        Seen best = seen.stream().min(Comparator.comparing((Seen s) -> s.box().isEmpty()).thenComparingInt(s -> s.problems().size())).orElseThrow();
        String name = best.link().name().isEmpty() ? best.link().href() : best.link().name();
        best.box().ifPresent(b -> site.highlight(new Screenshot.Area("BANNER-FEEDBACK", site.say().t("shot.feedback"), b.x(), b.y(), b.width(), b.height())));
        if (best.problems().isEmpty()) {
            Marks.Box b = best.box().orElseThrow();
            String words = site.say().t("feedback.placed", name, b.y(), b.width(), b.height());
            site.verdicts().met("BANNER-FEEDBACK", site.say().t("feedback.drawn", url, words), List.of(site.evidence(site.home(), best.link().element(), words)));
            return true;
        }
        String words = site.say().t("feedback.link", name) + " " + site.say().list(best.problems());
        site.verdicts().notMet("BANNER-FEEDBACK", site.say().t("feedback.misplaced", url, words),
                List.of(site.evidence(site.home(), best.link().element(), words)));
        return false;
    }

    private static List<String> problems(SiteAudit site, PageRegions.Link link, Optional<Marks.Box> box, Optional<Element> footer,
                                         Placement placement, int[] column) {
        List<String> problems = new ArrayList<>();
        if (box.isEmpty()) {
            problems.add(site.say().t("feedback.notDrawn"));
            return problems;
        }
        Marks.Box b = box.get();
        boolean inFooter = inside(link.element(), footer); // the footer spans the page: its column says nothing more
        if (inFooter) {
            problems.add(site.say().t("feedback.inFooter"));
        }
        if (b.width() < placement.minWidth() || b.height() < placement.minHeight()) {
            problems.add(site.say().t("feedback.small", b.width(), b.height(), placement.minWidth(), placement.minHeight()));
        }
        if (b.y() > placement.maxTop()) {
            problems.add(site.say().t("feedback.low", b.y(), placement.maxTop()));
        }
        int quarter = column[1] / 4;
        if (!inFooter && b.centreX() < column[0] + quarter) {
            problems.add(site.say().t("feedback.leftColumn"));
        } else if (!inFooter && b.centreX() > column[0] + column[1] - quarter) {
            problems.add(site.say().t("feedback.rightColumn"));
        }
        if (link.name().isEmpty()) {
            problems.add(site.say().t("feedback.noName"));
        }
        return problems;
    }

    /** The box of the pictures in the link (an inline link around a picture is drawn smaller than it), else the link's own. */
    private static Optional<Marks.Box> box(Element link) {
        List<Marks.Box> pictures = new ArrayList<>();
        for (Element img : link.select("img, svg, picture")) {
            Marks.boxOf(img).filter(b -> b.width() > 0 && b.height() > 0 && !Marks.notDrawn(img)).ifPresent(pictures::add);
        }
        if (pictures.isEmpty()) {
            return Marks.boxOf(link).filter(b -> b.width() > 0 && b.height() > 0);
        }
        int x1 = pictures.stream().mapToInt(Marks.Box::x).min().orElseThrow();
        int y1 = pictures.stream().mapToInt(Marks.Box::y).min().orElseThrow();
        int x2 = pictures.stream().mapToInt(b -> b.x() + b.width()).max().orElseThrow();
        int y2 = pictures.stream().mapToInt(b -> b.y() + b.height()).max().orElseThrow();
        return Optional.of(new Marks.Box(x1, y1, x2 - x1, y2 - y1));
    }

    /** Left edge and width of the page's content: the drawn boxes outside its header and footer bars. */
    private static int[] contentSpan(Element body, Optional<Element> footer, Optional<Element> header) {
        int left = Integer.MAX_VALUE;
        int right = Integer.MIN_VALUE;
        for (Element e : body.getElementsByAttribute(Marks.box())) {
            Optional<Marks.Box> b = Marks.boxOf(e);
            if (b.isEmpty() || b.get().width() < 100 || inside(e, footer) || inside(e, header)) {
                continue;
            }
            left = Math.min(left, b.get().x());
            right = Math.max(right, b.get().x() + b.get().width());
        }
        return left >= right ? new int[] {0, Browser.WIDTH} : new int[] {left, right - left};
    }

    /** A picture in the link, or a class, id or style that names it a banner (a box drawn by the style sheet). */
    private static boolean looksLikeBanner(Element link) {
        if (link.select("img, picture, svg").stream().anyMatch(i -> !Html.hidden(i))) {
            return true;
        }
        Element stop = link.parent() == null ? null : link.parent().parent();
        for (Element e = link; e != null && e != stop; e = e.parent()) {
            if (STYLED_AS_BANNER.matcher(e.className() + " " + e.id() + " " + e.attr("style")).find()) {
                return true;
            }
        }
        return false;
    }

    private static boolean inside(Element element, Optional<Element> region) {
        if (region.isEmpty()) {
            return false;
        }
        for (Element e = element; e != null; e = e.parent()) {
            if (e == region.get()) {
                return true;
            }
        }
        return false;
    }
}

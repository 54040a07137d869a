package dev.congkit.audit.internal;

import dev.congkit.audit.Evidence;
import dev.congkit.audit.Screenshot;
import dev.congkit.audit.internal.browser.Rendering;
import dev.congkit.core.rules.EffectiveRules;
import dev.congkit.core.rules.Rule;
import org.jsoup.nodes.Element;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Everything the judges look at for one site: the target page, the pages reached from it, the rules
 * in force and the date of the audit. Judges write their verdicts into {@link #verdicts()}.
 */
public final class SiteAudit {

    private final Page home;
    private final List<Page> pages;
    private final List<String> brokenLinks;
    private final SiteFetcher fetcher;
    private final EffectiveRules rules;
    private final LocalDate today;
    private final Say say;
    private final Verdicts verdicts = new Verdicts();
    private final Optional<Rendering> rendering;
    private final List<Screenshot.Area> areas = new java.util.concurrent.CopyOnWriteArrayList<>();

    public SiteAudit(Page home, List<Page> pages, List<String> brokenLinks, SiteFetcher fetcher, EffectiveRules rules,
                     LocalDate today, Say say) {
        this(home, pages, brokenLinks, fetcher, rules, today, say, Optional.empty());
    }

    /** An audit whose home page was also rendered in a browser ({@code home} is then the rendered page). */
    public SiteAudit(Page home, List<Page> pages, List<String> brokenLinks, SiteFetcher fetcher, EffectiveRules rules,
                     LocalDate today, Say say, Optional<Rendering> rendering) {
        this.rendering = rendering;
        this.home = home;
        this.pages = List.copyOf(pages);
        this.brokenLinks = List.copyOf(brokenLinks);
        this.fetcher = fetcher;
        this.rules = rules;
        this.today = today;
        this.say = say;
    }

    public Page home() {
        return home;
    }

    /** The regions (header, main, footer) of the target page. */
    public PageRegions regions() {
        return home.regions();
    }

    /** Every page read, the target first. */
    public List<Page> pages() {
        return pages;
    }

    public List<String> brokenLinks() {
        return brokenLinks;
    }

    /** Whether the target is a saved file rather than a URL. */
    public boolean savedFile() {
        return "file".equals(home.uri().getScheme());
    }

    public SiteFetcher fetcher() {
        return fetcher;
    }

    public LocalDate today() {
        return today;
    }

    public Say say() {
        return say;
    }

    /** What the browser showed of the home page, in browser mode. */
    public Optional<Rendering> rendering() {
        return rendering;
    }

    /** The areas of the home page's screenshot that findings point at. */
    public List<Screenshot.Area> areas() {
        return List.copyOf(areas);
    }

    /** Points the report's screenshot at {@code area} (browser mode). */
    public void highlight(Screenshot.Area area) {
        areas.add(area);
    }

    public Verdicts verdicts() {
        return verdicts;
    }

    /** Whether the rule set asks for {@code id}: only then is it worth judging. */
    public boolean asks(String id) {
        return rules.rule(id).isPresent();
    }

    public Optional<Rule> rule(String id) {
        return rules.rule(id);
    }

    public EffectiveRules rules() {
        return rules;
    }

    /**
     * Records that the facts {@code key} describes were not found: not met, or cannot-judge when a
     * saved page links to where they would be ({@code linkNames}) but cannot follow the link.
     */
    public void absent(String id, String key, Pattern linkNames) {
        List<PageRegions.Link> linked = regions().links().stream().filter(l -> linkNames.matcher(l.normal()).find()).toList();
        if (savedFile() && pages.size() == 1 && !linked.isEmpty()) {
            verdicts.cannotJudge(id, say.t("saved.cannotFollow", say.t(key, 1)));
            return;
        }
        // linked, but none of the pages it links to was read (not found, refused, past the crawl's limit): unknown, not absent
        java.util.Set<String> read = new java.util.HashSet<>();
        pages.forEach(p -> read.add(String.valueOf(Crawler.resolve(p.url()))));
        boolean unread = !linked.isEmpty() && linked.stream().allMatch(l -> !l.href().isEmpty() && !read.contains(String.valueOf(Crawler.resolve(l.href()))));
        if (unread) {
            verdicts.cannotJudge(id, say.t("linked.unread", say.t(key, pages.size()), linked.get(0).name(), linked.get(0).href()));
        } else {
            verdicts.notMet(id, say.t(key, pages.size()), List.of());
        }
    }

    public Evidence evidence(Page page, Element element) {
        String text = Html.text(element);
        return new Evidence(page.url(), Html.selector(element), text.isEmpty() ? Html.startTag(element) : Html.excerpt(text, 160));
    }

    public Evidence evidence(Page page, Element element, String excerpt) {
        return new Evidence(page.url(), Html.selector(element), Html.excerpt(excerpt, 160));
    }
}

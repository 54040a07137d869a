package dev.congkit.audit.internal;

import dev.congkit.core.text.TextMatch;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The parts of a page a reader recognises: the header, the main area, the footer (the {@code footer}
 * element or {@code contentinfo} role, else the last block carrying contact text, as in table
 * layouts) and the visible links with their names.
 */
public final class PageRegions {

    /** One visible link: the element, what it is called, and where it goes (absolute). */
    public record Link(Element element, String name, String normal, String href) {
    }

    static final List<Pattern> CONTACT_KINDS = List.of(
            Pattern.compile("địa chỉ|trụ sở"),
            Pattern.compile("điện thoại|\\bđt\\b|\\btel\\b|hotline|đường dây nóng"),
            Pattern.compile("e-?mail|thư điện tử"),
            Pattern.compile("chịu trách nhiệm|trưởng ban biên tập|tổng biên tập|trưởng bbt"),
            Pattern.compile("giấy phép"),
            Pattern.compile("bản quyền|copyright|©"),
            Pattern.compile("cơ quan chủ quản|cơ quan quản lý|đơn vị chủ quản"));
    /** A footer block found by its contact labels is no longer than this. */
    private static final int FOOTER_CHARS = 4000;
    private static final String SECTIONING = "article, aside, main, nav, section";
    private static final Pattern HEADERISH = Pattern.compile("(?i)(^|[-_ ])(header|banner|logo|top)([-_ 0-9]|$)");

    private final Page page;
    private final Document document;
    private final Element header;
    private final Element main;
    private final Element footer;
    private final List<Link> links;

    private PageRegions(Page page, Element body, Element header, Element main, Element footer, List<Link> links) {
        this.page = page;
        this.document = body.ownerDocument();
        this.header = header;
        this.main = main;
        this.footer = footer;
        this.links = links;
    }

    public static PageRegions of(Page page) {
        Element body = page.body();
        return new PageRegions(page, body, findHeader(body), findMain(body), findFooter(body), findLinks(body));
    }

    public Page page() {
        return page;
    }

    /** The parse of the page these regions were found in. */
    public Document document() {
        return document;
    }

    public Optional<Element> header() {
        return Optional.ofNullable(header);
    }

    public Optional<Element> main() {
        return Optional.ofNullable(main);
    }

    public Optional<Element> footer() {
        return Optional.ofNullable(footer);
    }

    public List<Link> links() {
        return links;
    }

    /** Elements that are landmarks of {@code kind} (banner, main, contentinfo) at page level. */
    public static List<Element> landmarks(Element body, String kind) {
        String tag = switch (kind) {
            case "banner" -> "header";
            case "contentinfo" -> "footer";
            default -> "main";
        };
        List<Element> found = new ArrayList<>();
        for (Element e : body.select(tag + ", [role=" + kind + "]")) {
            boolean pageLevel = "main".equals(tag) || !e.normalName().equals(tag) || e.parents().stream()
                    .noneMatch(p -> p.is(SECTIONING));
            if (pageLevel && !Html.hidden(e) && !found.contains(e)) {
                found.add(e);
            }
        }
        return found;
    }

    /** How many kinds of contact facts (address, phone, e-mail, responsible person, …) a text names. */
    static int contactKinds(String lower) {
        int kinds = 0;
        for (Pattern kind : CONTACT_KINDS) {
            if (kind.matcher(lower).find()) {
                kinds++;
            }
        }
        return kinds;
    }

    private static Element findHeader(Element body) {
        List<Element> banners = landmarks(body, "banner");
        if (!banners.isEmpty()) {
            return banners.get(0);
        }
        for (Element e : body.getAllElements()) {
            if (e != body && (HEADERISH.matcher(e.id()).find() || HEADERISH.matcher(e.className()).find()) && !Html.hidden(e)) {
                return e;
            }
        }
        return null;
    }

    private static Element findMain(Element body) {
        List<Element> mains = landmarks(body, "main");
        return mains.isEmpty() ? null : mains.get(0);
    }

    private static Element findFooter(Element body) {
        List<Element> footers = landmarks(body, "contentinfo");
        for (int i = footers.size() - 1; i >= 0; i--) {
            if (contactKinds(Html.lower(Html.text(footers.get(i)))) > 0) {
                return footers.get(i);
            }
        }
        List<Element> all = body.getAllElements();
        for (int i = all.size() - 1; i >= 0; i--) {
            Element e = all.get(i);
            if (e.ownText().isBlank() || Html.hidden(e)) {
                continue;
            }
            if (contactKinds(Html.lower(TextMatch.clean(e.ownText()))) == 0) {
                continue;
            }
            Element block = e;
            while (contactKinds(Html.lower(Html.text(block, FOOTER_CHARS))) < 3 && block.parent() != null && block.parent() != body
                    && Html.text(block.parent(), FOOTER_CHARS).length() < FOOTER_CHARS) {
                block = block.parent();
            }
            if (contactKinds(Html.lower(Html.text(block, FOOTER_CHARS))) >= 2) {
                return block;
            }
        }
        return footers.isEmpty() ? null : footers.get(footers.size() - 1);
    }

    private static List<Link> findLinks(Element body) {
        List<Link> links = new ArrayList<>();
        for (Element a : body.select("a[href]")) {
            if (!Html.hidden(a)) {
                String name = Html.name(a);
                links.add(new Link(a, name, TextMatch.normalise(name), a.attr("abs:href")));
            }
        }
        return links;
    }
}

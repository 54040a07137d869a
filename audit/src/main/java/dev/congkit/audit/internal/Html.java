package dev.congkit.audit.internal;

import dev.congkit.audit.internal.browser.Marks;
import dev.congkit.core.text.TextMatch;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/** What a reader sees of a parsed page: visibility, visible text, accessible names, selectors. */
public final class Html {

    private static final Pattern HIDDEN_STYLE =
            Pattern.compile("(?i)(display\\s*:\\s*none|visibility\\s*:\\s*hidden)");
    private static final Set<String> NEVER_SHOWN =
            Set.of("script", "style", "template", "head", "title", "noscript", "meta", "link", "iframe", "object");
    private static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

    private Html() {
    }

    /**
     * Whether the element or one of its ancestors is hidden by markup or an inline style. The parser
     * nests at most 512 deep, so this costs a bounded walk; the cheap tests come first.
     */
    public static boolean hidden(Element element) {
        for (Element e = element; e != null; e = e.parent()) {
            if (hiddenItself(e)) {
                return true;
            }
        }
        return false;
    }

    /** Whether the element itself (not counting its ancestors) is hidden by markup or an inline style. */
    public static boolean hiddenItself(Element e) {
        return NEVER_SHOWN.contains(e.normalName()) || e.hasAttr("hidden")
                || "input".equals(e.normalName()) && "hidden".equalsIgnoreCase(e.attr("type"))
                || e.hasAttr("style") && HIDDEN_STYLE.matcher(e.attr("style")).find();
    }

    /** The text a reader sees in {@code root}, cleaned (NFC, one tone placement, no zero-width characters). */
    public static String text(Element root) {
        return text(root, Integer.MAX_VALUE);
    }

    /**
     * The first {@code max} characters of {@link #text(Element)}, reading no further than needed:
     * for loops over every element of a page, whose whole texts together grow with the square of its size.
     */
    public static String text(Element root, int max) {
        StringBuilder out = new StringBuilder();
        // white space shrinks when cleaned: read a margin beyond max, never the whole of a large subtree
        long raw = max >= Integer.MAX_VALUE / 8 ? Long.MAX_VALUE : 4L * max + 64;
        NodeTraversor.filter(new VisibleText(out, raw), root);
        String clean = TextMatch.clean(out.toString());
        return clean.length() <= max ? clean : clean.substring(0, max);
    }

    /** Whether {@code ancestor} is a proper ancestor of {@code element}: a walk up, no list built. */
    /** Class names and ids of news blocks, whose links are headlines and thumbnails. */
    private static final Pattern NEWS_BLOCK = Pattern.compile("\\b(hot-?|top-?)?(tin|news|article|bai-?viet|post|highlight|noi-?bat|moi-?nhat|latest|su-?kien|event)");
    /** Class names and ids of sliders and tickers, which turn headlines or banners. */
    private static final Pattern SLIDER = Pattern.compile("\\b(slide|slider|carousel|owl|swiper|marquee|ticker)");

    /** Whether {@code element} sits in a block whose class or id names news. */
    public static boolean inNewsBlock(Element element) {
        return inBlock(element, NEWS_BLOCK);
    }

    /** Whether {@code element} sits in a slider, a carousel or a ticker. */
    public static boolean inSlider(Element element) {
        return inBlock(element, SLIDER);
    }

    private static boolean inBlock(Element element, Pattern names) {
        for (Element parent : element.parents()) {
            if (names.matcher(lower(parent.className() + " " + parent.id())).find()) {
                return true;
            }
        }
        return false;
    }

    public static boolean within(Element element, Element ancestor) {
        for (Element e = element.parent(); e != null; e = e.parent()) {
            if (e == ancestor) {
                return true;
            }
        }
        return false;
    }

    /** Lower-case form of {@link #text}, for keyword searches. */
    public static String lower(String cleanText) {
        return cleanText.toLowerCase(VIETNAMESE);
    }

    /** What a link or button is called: its visible text, else the alt of its images, aria-label or title. */
    public static String name(Element element) {
        String text = text(element);
        if (!text.isEmpty()) {
            return text;
        }
        List<String> alts = new ArrayList<>();
        for (Element img : element.select("img[alt]")) {
            if (!img.attr("alt").isBlank()) {
                alts.add(TextMatch.clean(img.attr("alt")));
            }
        }
        if (!alts.isEmpty()) {
            return String.join(" ", alts);
        }
        if (!element.attr("aria-label").isBlank()) {
            return TextMatch.clean(element.attr("aria-label"));
        }
        return TextMatch.clean(element.attr("title"));
    }

    private static final Pattern PLAIN_ID = Pattern.compile("[A-Za-z][\\w-]*");

    /**
     * A CSS selector that finds the element, shortened for a report: the path of
     * {@code tag:nth-child(n)} steps from the nearest ancestor with a plain id (or from the root).
     * Unique by construction, so it costs a walk up the tree, not a search of the page as jsoup's
     * own {@code cssSelector()} does for every step.
     */
    public static String selector(Element element) {
        java.util.Deque<String> steps = new java.util.ArrayDeque<>();
        for (Element e = element; e != null && !(e instanceof Document); e = e.parent()) {
            if (!e.id().isEmpty() && PLAIN_ID.matcher(e.id()).matches()) {
                steps.addFirst("#" + e.id());
                break;
            }
            Element parent = e.parent();
            boolean root = parent == null || parent instanceof Document;
            steps.addFirst(root || "body".equals(e.normalName()) ? e.normalName()
                    : e.normalName() + ":nth-child(" + (e.elementSiblingIndex() + 1) + ")");
            if ("body".equals(e.normalName())) {
                break;
            }
        }
        String selector = String.join(" > ", steps);
        return selector.length() <= 160 ? selector : "…" + selector.substring(selector.length() - 159);
    }

    /** A short excerpt for a report: text cut to {@code max} characters at a word boundary. */
    public static String excerpt(String text, int max) {
        String clean = TextMatch.clean(text);
        if (clean.length() <= max) {
            return clean;
        }
        int cut = clean.lastIndexOf(' ', max - 1);
        return clean.substring(0, cut > max / 2 ? cut : max - 1) + "…";
    }

    /** The start tag of an element, as evidence when it has no text (an image, an empty link). */
    public static String startTag(Element element) {
        StringBuilder tag = new StringBuilder("<").append(element.normalName());
        element.attributes().forEach(a -> {
            if (!a.getKey().startsWith("on") && !"style".equals(a.getKey()) && !Marks.isMark(a.getKey())) {
                tag.append(' ').append(a.getKey()).append("=\"").append(a.getValue()).append('"');
            }
        });
        return excerpt(tag.append('>').toString(), 160);
    }

    private static final class VisibleText implements org.jsoup.select.NodeFilter {
        private final StringBuilder out;
        private final long max;

        VisibleText(StringBuilder out, long max) {
            this.out = out;
            this.max = max;
        }

        @Override
        public FilterResult head(Node node, int depth) {
            if (out.length() > max) {
                return FilterResult.STOP;
            }
            if (node instanceof Element e) {
                if (NEVER_SHOWN.contains(e.normalName()) || e.hasAttr("hidden")
                        || e.hasAttr("style") && HIDDEN_STYLE.matcher(e.attr("style")).find()) {
                    return FilterResult.SKIP_ENTIRELY;
                }
                if (e.isBlock() || "br".equals(e.normalName()) || "td".equals(e.normalName()) || "th".equals(e.normalName())) {
                    out.append(' ');
                }
                if ("img".equals(e.normalName())) {
                    out.append(' ');
                }
            } else if (node instanceof TextNode t) {
                out.append(t.getWholeText());
            }
            return FilterResult.CONTINUE;
        }

        @Override
        public FilterResult tail(Node node, int depth) {
            if (node instanceof Element e && (e.isBlock() || "td".equals(e.normalName()) || "dt".equals(e.normalName()))) {
                out.append(' ');
            }
            return FilterResult.CONTINUE;
        }
    }
}

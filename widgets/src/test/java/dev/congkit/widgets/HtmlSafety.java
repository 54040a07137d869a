package dev.congkit.widgets;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import java.util.Locale;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Rules every widget output keeps, whatever the input: checked on the parsed HTML. */
public final class HtmlSafety {

    private static final Set<String> URL_ATTRIBUTES = Set.of("href", "src", "action", "formaction", "srcset", "poster", "data", "xlink:href");
    private static final Set<String> FORBIDDEN = Set.of("iframe", "object", "embed", "style", "marquee", "blink", "base", "meta", "link");
    private static final java.util.regex.Pattern CONTROL_OR_SPACE = java.util.regex.Pattern.compile("[\\s\\u0000-\\u001f]");

    private HtmlSafety() {
    }

    public static Document assertSafe(String where, String html) {
        Document doc = Jsoup.parseBodyFragment(html);
        for (Element element : doc.body().getAllElements()) {
            String tag = element.tagName();
            if (tag.equals("script")) {
                assertEquals("application/ld+json", element.attr("type"), () -> where + ": only JSON-LD data scripts are allowed");
            }
            // messages are built only on failure: an element's HTML is costly to write out, and this runs millions of times
            assertFalse(FORBIDDEN.contains(tag), () -> where + ": element <" + tag + "> must not appear");
            if (tag.equals("img")) {
                assertTrue(element.hasAttr("alt"), () -> where + ": every img has an alt attribute: " + element);
            }
            for (Attribute attribute : element.attributes()) {
                String name = attribute.getKey().toLowerCase(Locale.ROOT);
                assertFalse(name.startsWith("on"), () -> where + ": event handler attribute " + name + " in " + element);
                assertFalse(name.equals("style"), () -> where + ": inline style in " + element);
                if (URL_ATTRIBUTES.contains(name)) {
                    String url = CONTROL_OR_SPACE.matcher(attribute.getValue()).replaceAll("").toLowerCase(Locale.ROOT);
                    assertFalse(url.startsWith("javascript:") || url.startsWith("data:") || url.startsWith("vbscript:"),
                            () -> where + ": unsafe URL " + attribute.getValue());
                }
            }
        }
        return doc;
    }
}

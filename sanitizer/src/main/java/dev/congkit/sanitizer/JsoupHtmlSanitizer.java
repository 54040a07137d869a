package dev.congkit.sanitizer;

import dev.congkit.core.html.HtmlSanitizer;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.safety.Cleaner;
import org.jsoup.safety.Safelist;

import java.util.ArrayList;
import java.util.List;

/**
 * The allow-list behind {@link dev.congkit.core.html.SafeHtml}: paragraphs, headings h2–h4, lists,
 * emphasis, quotations, tables, links (http, https, mailto, tel, site-relative) and captioned
 * figures with images (https or site-relative). Everything else — scripts, styles, event handlers,
 * {@code javascript:} and {@code data:} URLs, SVG, forms, frames — is dropped, keeping its text.
 * An {@code h1} becomes {@code h2} (the page's title is the one {@code h1}). Every image must have
 * alt text and sit in a {@code figure} with a {@code figcaption} (NEWS-CAPTION): a body where one
 * does not comes back with a problem naming it, and an article refuses it.
 * Registered for {@link java.util.ServiceLoader}; add {@code congkit-sanitizer} and
 * {@code SafeHtml.sanitize} finds it.
 *
 * <p>Example:
 * <pre>{@code
 * HtmlSanitizer.Cleaned cleaned = new JsoupHtmlSanitizer().clean("<p onclick=x>Họp <a href=javascript:x>đây</a></p>");
 * cleaned.html();   // "<p>Họp <a>đây</a></p>"
 * }</pre>
 */
public final class JsoupHtmlSanitizer implements HtmlSanitizer {

    /** Longest body accepted, in characters: a long decision reprinted in full is far shorter. */
    public static final int MAX_CHARS = 1_000_000;
    private static final String BASE = "https://congkit.invalid/";

    private final Safelist safelist = new Safelist()
            .addTags("p", "br", "h2", "h3", "h4", "ul", "ol", "li", "strong", "em", "b", "i", "u", "s", "sub", "sup",
                    "blockquote", "hr", "figure", "figcaption", "img", "a",
                    "table", "caption", "thead", "tbody", "tfoot", "tr", "th", "td")
            .addAttributes("a", "href", "title", "hreflang")
            .addAttributes("img", "src", "alt", "width", "height")
            .addAttributes("th", "scope", "colspan", "rowspan")
            .addAttributes("td", "colspan", "rowspan")
            .addAttributes("ol", "start")
            .addProtocols("a", "href", "http", "https", "mailto", "tel")
            .addProtocols("img", "src", "https")
            .preserveRelativeLinks(true);

    @Override
    public Cleaned clean(String untrusted) {
        if (untrusted.length() > MAX_CHARS) {
            return new Cleaned("", List.of("nội dung dài " + untrusted.length() + " ký tự, vượt giới hạn " + MAX_CHARS + " ký tự"));
        }
        Document dirty = Jsoup.parseBodyFragment(untrusted, BASE);
        dirty.select("h1").tagName("h2");
        dirty.select("h5, h6").tagName("h4");
        Document clean = new Cleaner(safelist).clean(dirty);
        clean.outputSettings().prettyPrint(false);
        clean.select("img").forEach(JsoupHtmlSanitizer::keepOnlyPlainSize);
        return new Cleaned(clean.body().html(), imageProblems(clean));
    }

    /** Width and height are hints for layout: digits only, else dropped. */
    private static void keepOnlyPlainSize(Element image) {
        for (String attribute : List.of("width", "height")) {
            if (image.hasAttr(attribute) && !image.attr(attribute).matches("[1-9][0-9]{0,4}")) {
                image.removeAttr(attribute);
            }
        }
    }

    /** NEWS-CAPTION: each image has alt text and a caption, named by position and address. */
    private static List<String> imageProblems(Document clean) {
        List<String> problems = new ArrayList<>();
        int number = 0;
        for (Element image : clean.select("img")) {
            number++;
            String which = "ảnh thứ " + number + " (" + shortened(image.attr("src")) + ")";
            if (!image.hasAttr("src")) {
                problems.add(which + ": địa chỉ ảnh bị bỏ vì không phải https hay đường dẫn trong trang");
            }
            if (image.attr("alt").isBlank()) {
                problems.add(which + ": thiếu văn bản thay thế (alt) mô tả ảnh");
            }
            Element figure = image.closest("figure");
            Element caption = figure == null ? null : figure.selectFirst("figcaption");
            if (caption == null || caption.text().isBlank()) {
                problems.add(which + ": chưa có chú thích; đặt ảnh trong <figure> cùng <figcaption>");
            }
        }
        return problems;
    }

    private static String shortened(String src) {
        String value = src.isEmpty() ? "không có địa chỉ" : src;
        return value.length() > 80 ? value.substring(0, 77) + "..." : value;
    }
}

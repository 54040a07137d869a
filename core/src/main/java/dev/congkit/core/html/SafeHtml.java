package dev.congkit.core.html;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import dev.congkit.core.validation.Check;

import java.util.Iterator;
import java.util.List;
import java.util.Objects;
import java.util.ServiceLoader;

/**
 * Markup that passed the registered {@link HtmlSanitizer}: the only value a CổngKit template writes
 * unescaped (an article body). It cannot be built any other way, so a widget that prints it cannot be
 * handed raw HTML by mistake. In {@code site.json} it is a string; binding sanitises it.
 *
 * <p>Example:
 * <pre>{@code
 * SafeHtml body = SafeHtml.sanitize("<p>Sáng 20/11, UBND xã tổ chức hội nghị.</p><script>alert(1)</script>");
 * body.html();       // "<p>Sáng 20/11, UBND xã tổ chức hội nghị.</p>"
 * body.problems();   // [] — or, say, "ảnh thứ 1 (/a.jpg): chưa có chú thích (figcaption)"
 * }</pre>
 */
public final class SafeHtml {

    private static volatile HtmlSanitizer sanitizer;

    private final String html;
    private final List<String> problems;

    private SafeHtml(HtmlSanitizer.Cleaned cleaned) {
        this.html = cleaned.html();
        this.problems = cleaned.problems();
    }

    /**
     * {@code untrusted} through the sanitiser found on the class path (NFC first).
     *
     * @throws IllegalStateException when no {@link HtmlSanitizer} is registered
     */
    @JsonCreator
    public static SafeHtml sanitize(String untrusted) {
        String text = Objects.requireNonNullElse(Check.normalize(untrusted), "");
        return new SafeHtml(sanitizer().clean(text));
    }

    /** Plain text as paragraphs (one per blank-line-separated block), escaped here: no sanitiser needed. */
    public static SafeHtml ofText(String text) {
        String normalized = Objects.requireNonNullElse(Check.normalize(text), "");
        StringBuilder html = new StringBuilder();
        for (String paragraph : normalized.split("\\n\\s*\\n")) {
            if (!paragraph.isBlank()) {
                html.append("<p>").append(escape(paragraph.strip()).replace("\n", "<br>")).append("</p>");
            }
        }
        return new SafeHtml(new HtmlSanitizer.Cleaned(html.toString(), List.of()));
    }

    /** The markup, safe to write into a page as is. */
    @JsonValue
    public String html() {
        return html;
    }

    /** What the author must fix before the content may be published; empty when none. */
    public List<String> problems() {
        return problems;
    }

    public boolean isEmpty() {
        return html.isBlank();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof SafeHtml that && html.equals(that.html) && problems.equals(that.problems);
    }

    @Override
    public int hashCode() {
        return html.hashCode();
    }

    @Override
    public String toString() {
        return html;
    }

    private static HtmlSanitizer sanitizer() {
        HtmlSanitizer found = sanitizer;
        if (found == null) {
            found = discover();
            sanitizer = found;
        }
        return found;
    }

    private static HtmlSanitizer discover() {
        for (ClassLoader loader : new ClassLoader[] {Thread.currentThread().getContextClassLoader(), SafeHtml.class.getClassLoader()}) {
            if (loader == null) {
                continue;
            }
            Iterator<HtmlSanitizer> found = ServiceLoader.load(HtmlSanitizer.class, loader).iterator();
            if (found.hasNext()) {
                return found.next();
            }
        }
        throw new IllegalStateException("no HTML sanitiser on the class path: add the dependency dev.congkit:congkit-sanitizer "
                + "(or register your own dev.congkit.core.html.HtmlSanitizer) to accept HTML content such as article bodies");
    }

    private static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}

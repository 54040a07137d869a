package dev.congkit.core.html;

import java.util.List;

/**
 * Turns untrusted HTML (an article body typed in an editor, imported from an old portal, posted by a
 * vendor's system) into markup that holds only what an allow-list produces. The one way to mint a
 * {@link SafeHtml}; found through {@link java.util.ServiceLoader}
 * ({@code META-INF/services/dev.congkit.core.html.HtmlSanitizer}); {@code congkit-sanitizer} ships one.
 *
 * <p>Example:
 * <pre>{@code
 * public final class MySanitizer implements HtmlSanitizer {
 *     public Cleaned clean(String untrusted) {
 *         return new Cleaned(myPolicy.sanitize(untrusted), List.of());   // problems: what an editor must fix
 *     }
 * }
 * }</pre>
 */
public interface HtmlSanitizer {

    /** The allow-listed form of {@code untrusted}, and what its author must fix (an image without a caption). */
    Cleaned clean(String untrusted);

    /**
     * A sanitiser's answer.
     *
     * <p>Example:
     * <pre>{@code
     * new HtmlSanitizer.Cleaned("<p>Đã họp.</p>", List.of("ảnh thứ 1 (/a.jpg): chưa có chú thích (figcaption)"));
     * }</pre>
     *
     * @param html     the markup that may be written to a page unescaped
     * @param problems each a sentence in Vietnamese naming the element and the rule it breaks
     */
    record Cleaned(String html, List<String> problems) {
        public Cleaned {
            html = java.util.Objects.requireNonNull(html, "html");
            problems = List.copyOf(problems);
        }
    }
}

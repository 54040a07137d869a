package dev.congkit.audit;

import java.util.Objects;

/**
 * Where on which page a verdict was seen: the page's URL, a CSS selector of the element and a short
 * excerpt of its text or markup.
 *
 * <p>Example:
 * <pre>{@code
 * Evidence seen = finding.evidence().get(0);
 * seen.url();        // the page, e.g. "https://mauson.thanhhoa.gov.vn/"
 * seen.selector();   // where on it, e.g. "footer"
 * seen.excerpt();    // what it says there, shortened
 * }</pre>
 */
public record Evidence(String url, String selector, String excerpt) {

    public Evidence {
        Objects.requireNonNull(url, "url");
        selector = selector == null ? "" : selector;
        excerpt = excerpt == null ? "" : excerpt;
    }
}

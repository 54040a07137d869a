package dev.congkit.audit;

import java.util.Objects;

/**
 * Where on which page a verdict was seen: the page's URL, a CSS selector of the element and a short
 * excerpt of its text or markup.
 */
public record Evidence(String url, String selector, String excerpt) {

    public Evidence {
        Objects.requireNonNull(url, "url");
        selector = selector == null ? "" : selector;
        excerpt = excerpt == null ? "" : excerpt;
    }
}

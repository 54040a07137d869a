package dev.congkit.core.model;

import dev.congkit.core.validation.Check;

/**
 * A labelled link, such as an entry of a list of related sites.
 *
 * <p>Example:
 * <pre>{@code
 * Link law = new Link("Văn bản pháp luật", WebLink.of("/van-ban"));
 * }</pre>
 */
@Doc("A labelled link.")
public record Link(
        @Required @Doc("Visible link text.") String label,
        @Required @Doc("https, http, mailto, tel or site-relative URL.") WebLink url) {

    public Link {
        var check = new Check();
        label = check.requiredText("label", label);
        check.required("url", url);
        check.done();
    }
}

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
@Doc(value = "A labelled link.", vi = "Một liên kết có nhãn.")
public record Link(
        @Required @Doc(value = "Visible link text.", vi = "Chữ hiện trên liên kết.") String label,
        @Required @Doc(value = "https, http, mailto, tel or site-relative URL.", vi = "Địa chỉ https, http, mailto, tel hoặc trong trang.") WebLink url) {

    public Link {
        var check = new Check();
        label = check.requiredText("label", label);
        check.required("url", url);
        check.done();
    }
}

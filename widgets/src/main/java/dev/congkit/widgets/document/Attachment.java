package dev.congkit.widgets.document;

import dev.congkit.core.i18n.Bilingual;
import dev.congkit.core.model.Doc;
import dev.congkit.core.model.Required;
import dev.congkit.core.model.WebLink;
import dev.congkit.core.validation.Check;

import java.util.Locale;

/**
 * A file of a document (the signed PDF, the DOCX draft): shown as a link with a descriptive name,
 * its format and size.
 *
 * <p>Example:
 * <pre>{@code
 * // site.json, in a document: "files": [ { "title": "Quyết định 05/QĐ-UBND (bản ký số)",
 * //     "url": "/files/van-ban/2026/05-qd-ubnd.pdf", "bytes": 245760 } ]
 * attachment.format();   // "PDF", from the file name unless given
 * }</pre>
 */
@Doc(value = "A file of a document.", vi = "Một tệp của văn bản.")
public record Attachment(
        @Required @Doc(value = "A descriptive name for the link, e.g. \"Quyết định 05/QĐ-UBND (bản ký số)\".", vi = "Tên mô tả của liên kết, ví dụ \"Quyết định 05/QĐ-UBND (bản ký số)\".") String title,
        @Required @Doc(value = "Where the file is (https, http or site-relative).", vi = "Địa chỉ của tệp (https, http hoặc trong trang).") WebLink url,
        @Doc(value = "Size in bytes, shown beside the link.", vi = "Dung lượng tính bằng byte, ghi cạnh liên kết.") Long bytes,
        @Doc(value = "Format shown beside the link, e.g. PDF; default: from the file name's extension.", vi = "Định dạng ghi cạnh liên kết, ví dụ PDF; mặc định: theo đuôi tên tệp.") String format) {

    public Attachment {
        var check = new Check();
        title = check.requiredText("title", title);
        check.required("url", url);
        check.that("url", url, link -> link.isWeb() || link.isSiteRelative(), Bilingual.of("một liên kết https, http hoặc trong trang", "an https, http or site-relative link"));
        check.that("bytes", bytes, size -> size > 0, Bilingual.of("một số byte lớn hơn 0", "a positive number of bytes"));
        format = check.text("format", format);
        if (format == null && url != null) {
            String path = url.value().replaceAll("[?#].*$", "");
            int dot = path.lastIndexOf('.');
            format = dot < 0 || dot < path.lastIndexOf('/') || path.length() - dot > 6 ? null : path.substring(dot + 1).toUpperCase(Locale.ROOT);
        }
        check.done();
    }

    /** A builder: the required parts now, the rest by name; {@link Builder#build()} validates as the constructor does. */
    public static Builder builder(String title, WebLink url) {
        return new Builder(title, url);
    }

    /**
     * Builds a {@link Attachment} by name instead of by position; what is not set takes the record's default.
     *
     * <pre>{@code
     * Attachment.builder(title, url).bytes(…).format(…).build()
     * }</pre>
     */
    public static final class Builder {
        private String title;
        private WebLink url;
        private Long bytes;
        private String format;

        private Builder(String title, WebLink url) {
            this.title = title;
            this.url = url;
        }

        /** Size in bytes, shown beside the link. */
        public Builder bytes(Long bytes) {
            this.bytes = bytes;
            return this;
        }

        /** Format shown beside the link, e.g. PDF; default: from the file name's extension. */
        public Builder format(String format) {
            this.format = format;
            return this;
        }

        /** The Attachment; a {@link dev.congkit.core.model.ValidationException} names every rule the parts break. */
        public Attachment build() {
            return new Attachment(title, url, bytes, format);
        }
    }
}

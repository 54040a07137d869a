package dev.congkit.widgets.document;

import dev.congkit.core.i18n.Bilingual;
import dev.congkit.core.model.Doc;
import dev.congkit.core.model.Required;
import dev.congkit.core.validation.Check;
import dev.congkit.widgets.internal.Slugs;

import java.time.LocalDate;
import java.util.List;
import java.util.regex.Pattern;

/**
 * One document of the commune ("Văn bản của xã", DOCS-LIST): a plan, decision, công văn, report or
 * notice, with the facts the directive lists. A missing summary or file, or a number and symbol
 * out of the standard form, is a {@code check} error rather than a refusal, so one bad row of a
 * register never takes the list down.
 *
 * <p>Example:
 * <pre>{@code
 * // site.json: "documents": { "items": [ { "type": "QUYET_DINH", "number": "05/QĐ-UBND", "issued": "2026-01-12",
 * //     "issuer": "UBND xã Mẫu Sơn", "summary": "Về việc ban hành Kế hoạch chuyển đổi số năm 2026",
 * //     "signer": "Nguyễn Văn Thành", "files": [ { "title": "Quyết định 05/QĐ-UBND", "url": "/files/05-qd-ubnd.pdf" } ] } ] }
 * OfficialDocument document = site.section(Documents.SECTION).orElseThrow().items().get(0);
 * document.slug();   // "05-qd-ubnd-2026": numbers restart each year, so the slug holds the year
 * }</pre>
 */
@Doc(value = "A document of the commune.", vi = "Một văn bản của xã.")
public record OfficialDocument(
        @Doc(value = "The document's address under the list, e.g. 05-qd-ubnd-2026; default: from the number and the year issued.", vi = "Địa chỉ của văn bản dưới danh sách, ví dụ 05-qd-ubnd-2026; mặc định: theo số hiệu và năm ban hành.") String slug,
        @Required @Doc(value = "The kind of document.", vi = "Loại văn bản.") DocumentType type,
        @Required @Doc(value = "Number and symbol (Số/ký hiệu), e.g. 05/QĐ-UBND.", vi = "Số, ký hiệu, ví dụ 05/QĐ-UBND.") String number,
        @Required @Doc(value = "Date issued (ngày ban hành).", vi = "Ngày ban hành.") LocalDate issued,
        @Required @Doc(value = "Issuing body (cơ quan ban hành), e.g. \"UBND xã Mẫu Sơn\".", vi = "Cơ quan ban hành, ví dụ \"UBND xã Mẫu Sơn\".") String issuer,
        @Doc(value = "Summary (trích yếu), e.g. \"Về việc ban hành Kế hoạch chuyển đổi số năm 2026\".", vi = "Trích yếu, ví dụ \"Về việc ban hành Kế hoạch chuyển đổi số năm 2026\".") String summary,
        @Doc(value = "Who signed, e.g. \"Nguyễn Văn Thành – Chủ tịch UBND xã\".", vi = "Người ký, ví dụ \"Nguyễn Văn Thành – Chủ tịch UBND xã\".") String signer,
        @Doc(value = "Date it takes effect (ngày hiệu lực).", vi = "Ngày có hiệu lực.") LocalDate effective,
        @Doc(value = "Date it stops having effect, when there is one.", vi = "Ngày hết hiệu lực, nếu có.") LocalDate expires,
        @Doc(value = "Field (lĩnh vực), e.g. \"Đất đai\".", vi = "Lĩnh vực, ví dụ \"Đất đai\".") String field,
        @Doc(value = "The files: the signed PDF, the DOCX.", vi = "Các tệp: bản PDF đã ký, bản DOCX.") List<Attachment> files,
        @Doc(value = "Date posted on the portal; default: the date issued.", vi = "Ngày đăng trên cổng; mặc định: ngày ban hành.") LocalDate published) {

    private static final Pattern SLUG = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

    public OfficialDocument {
        var check = new Check();
        check.required("type", type);
        number = check.requiredText("number", number);
        check.required("issued", issued);
        issuer = check.requiredText("issuer", issuer);
        summary = check.text("summary", summary);
        signer = check.text("signer", signer);
        field = check.text("field", field);
        files = check.list("files", files);
        slug = check.text("slug", slug);
        if (slug != null) {
            check.matches("slug", slug, SLUG, Bilingual.of("chữ thường, chữ số và dấu gạch ngang, ví dụ 05-qd-ubnd-2026", "lower-case letters, digits and hyphens, e.g. 05-qd-ubnd-2026"));
        } else if (number != null && issued != null) {
            slug = Slugs.of(number) + (number.contains("/" + issued.getYear() + "/") ? "" : "-" + issued.getYear());
        }
        if (effective != null && expires != null && expires.isBefore(effective)) {
            check.fail("expires", Check.notBefore("effective", effective, expires));
        }
        published = published != null ? published : issued;
        check.done();
    }

    /** In force on {@code day}: effective (or issued) by then and not yet expired. */
    public boolean inForceOn(LocalDate day) {
        LocalDate from = effective != null ? effective : issued;
        return !day.isBefore(from) && (expires == null || !day.isAfter(expires));
    }

    /** A builder: the required parts now, the rest by name; {@link Builder#build()} validates as the constructor does. */
    public static Builder builder(DocumentType type, String number, LocalDate issued, String issuer) {
        return new Builder(type, number, issued, issuer);
    }

    /**
     * Builds a {@link OfficialDocument} by name instead of by position; what is not set takes the record's default.
     *
     * <pre>{@code
     * OfficialDocument.builder(type, number, issued, issuer).slug(…).summary(…).signer(…).build()
     * }</pre>
     */
    public static final class Builder {
        private String slug;
        private DocumentType type;
        private String number;
        private LocalDate issued;
        private String issuer;
        private String summary;
        private String signer;
        private LocalDate effective;
        private LocalDate expires;
        private String field;
        private List<Attachment> files;
        private LocalDate published;

        private Builder(DocumentType type, String number, LocalDate issued, String issuer) {
            this.type = type;
            this.number = number;
            this.issued = issued;
            this.issuer = issuer;
        }

        /** The document's address under the list, e.g. 05-qd-ubnd-2026; default: from the number and the year issued. */
        public Builder slug(String slug) {
            this.slug = slug;
            return this;
        }

        /** Summary (trích yếu), e.g. "Về việc ban hành Kế hoạch chuyển đổi số năm 2026". */
        public Builder summary(String summary) {
            this.summary = summary;
            return this;
        }

        /** Who signed, e.g. "Nguyễn Văn Thành – Chủ tịch UBND xã". */
        public Builder signer(String signer) {
            this.signer = signer;
            return this;
        }

        /** Date it takes effect (ngày hiệu lực). */
        public Builder effective(LocalDate effective) {
            this.effective = effective;
            return this;
        }

        /** Date it stops having effect, when there is one. */
        public Builder expires(LocalDate expires) {
            this.expires = expires;
            return this;
        }

        /** Field (lĩnh vực), e.g. "Đất đai". */
        public Builder field(String field) {
            this.field = field;
            return this;
        }

        /** The files: the signed PDF, the DOCX. */
        public Builder files(List<Attachment> files) {
            this.files = files;
            return this;
        }

        /** Date posted on the portal; default: the date issued. */
        public Builder published(LocalDate published) {
            this.published = published;
            return this;
        }

        /** The OfficialDocument; a {@link dev.congkit.core.model.ValidationException} names every rule the parts break. */
        public OfficialDocument build() {
            return new OfficialDocument(slug, type, number, issued, issuer, summary, signer, effective, expires, field, files, published);
        }
    }
}

package dev.congkit.widgets.footer;

import dev.congkit.core.model.ValidationException;
import dev.congkit.core.model.Agency;
import dev.congkit.core.model.SectionKey;
import dev.congkit.core.validation.Check;
import dev.congkit.core.model.Doc;
import dev.congkit.core.model.Required;
import dev.congkit.core.model.WebLink;
import java.util.Locale;

/**
 * The {@code footer} section of {@code site.json}: what the responsibility footer adds to the
 * agency's own details (FOOTER-RESPONSIBLE).
 *
 * <p>Example:
 * <pre>{@code
 * // site.json: "footer": { "responsiblePerson": { "fullName": "Nguyễn Văn Thành", "position": "Chủ tịch UBND xã" },
 * //     "licence": "Quyết định số 123/QĐ-UBND ngày 15/03/2024" }
 * Footer footer = site.section(Footer.SECTION).orElseThrow();
 * footer.responsiblePerson().fullName();   // "Nguyễn Văn Thành"
 * }</pre>
 */
@Doc(value = "The responsibility footer (FOOTER-RESPONSIBLE).", vi = "Chân trang ghi trách nhiệm (FOOTER-RESPONSIBLE).")
public record Footer(
        @Doc(value = "Owning agency (Cơ quan chủ quản); defaults to the agency's full name.", vi = "Cơ quan chủ quản; mặc định là tên đầy đủ của cơ quan.") String owner,
        @Doc(value = "Owning agency in English.", vi = "Cơ quan chủ quản bằng tiếng Anh.") String ownerEn,
        @Doc(value = "Unit that manages and runs the site (Đơn vị quản lý, vận hành), if named.", vi = "Đơn vị quản lý, vận hành trang, nếu có.") String operator,
        @Doc(value = "Operating unit in English.", vi = "Đơn vị quản lý, vận hành bằng tiếng Anh.") String operatorEn,
        @Required @Doc(value = "The person responsible for the content.", vi = "Người chịu trách nhiệm nội dung.") ResponsiblePerson responsiblePerson,
        @Doc(value = "Licence or establishing decision, e.g. \"Quyết định số 123/QĐ-UBND ngày 15/03/2024\".", vi = "Giấy phép hoặc quyết định thành lập, ví dụ \"Quyết định số 123/QĐ-UBND ngày 15/03/2024\".") String licence,
        @Doc(value = "Licence in English.", vi = "Giấy phép tiếng Anh.") String licenceEn,
        @Doc(value = "Site name quoted in the reuse notice; defaults to the agency's short name.", vi = "Tên trang ghi trong thông báo sử dụng lại thông tin; mặc định là tên viết tắt của cơ quan.") String siteName,
        @Doc(value = "Link to the sitemap page; default /so-do-trang.", vi = "Liên kết tới trang sơ đồ cổng; mặc định /so-do-trang.") WebLink sitemapUrl,
        @Doc(value = "Link to the contact and feedback page; default /lien-he-gop-y.", vi = "Liên kết tới trang liên hệ – góp ý; mặc định /lien-he-gop-y.") WebLink contactUrl) {

    /** The key of this section in {@code site.json}: {@code site.section(Footer.SECTION)}. */
    public static final SectionKey<Footer> SECTION = SectionKey.of("footer", Footer.class);

    public static final WebLink DEFAULT_SITEMAP = WebLink.of("/so-do-trang");
    public static final WebLink DEFAULT_CONTACT = WebLink.of("/lien-he-gop-y");

    public Footer {
        var check = new Check();
        owner = check.text("owner", owner);
        ownerEn = check.text("ownerEn", ownerEn);
        operator = check.text("operator", operator);
        operatorEn = check.text("operatorEn", operatorEn);
        check.required("responsiblePerson", responsiblePerson);
        licence = check.text("licence", licence);
        licenceEn = check.text("licenceEn", licenceEn);
        siteName = check.text("siteName", siteName);
        sitemapUrl = sitemapUrl == null ? DEFAULT_SITEMAP : sitemapUrl;
        contactUrl = contactUrl == null ? DEFAULT_CONTACT : contactUrl;
        check.done();
    }

    /** The owning agency in {@code locale}; without one, the agency's name in {@code locale}. */
    public String ownerIn(Locale locale, Agency agency) {
        return english(locale) && ownerEn != null ? ownerEn : owner != null ? owner : agency.nameIn(locale);
    }

    /** The operating unit in {@code locale}, or {@code null}. */
    public String operatorIn(Locale locale) {
        return english(locale) && operatorEn != null ? operatorEn : operator;
    }

    /** The licence in {@code locale}, or {@code null}. */
    public String licenceIn(Locale locale) {
        return english(locale) && licenceEn != null ? licenceEn : licence;
    }

    private static boolean english(Locale locale) {
        return "en".equals(locale.getLanguage());
    }

    /** A builder: the required parts now, the rest by name; {@link Builder#build()} validates as the constructor does. */
    public static Builder builder(ResponsiblePerson responsiblePerson) {
        return new Builder(responsiblePerson);
    }

    /**
     * Builds a {@link Footer} by name instead of by position; what is not set takes the record's default.
     *
     * <pre>{@code
     * Footer.builder(responsiblePerson).owner(…).ownerEn(…).build()
     * }</pre>
     */
    public static final class Builder {
        private String owner;
        private String ownerEn;
        private String operator;
        private String operatorEn;
        private ResponsiblePerson responsiblePerson;
        private String licence;
        private String licenceEn;
        private String siteName;
        private WebLink sitemapUrl;
        private WebLink contactUrl;

        private Builder(ResponsiblePerson responsiblePerson) {
            this.responsiblePerson = responsiblePerson;
        }

        /** Owning agency (Cơ quan chủ quản); defaults to the agency's full name. */
        public Builder owner(String owner) {
            this.owner = owner;
            return this;
        }

        /** Owning agency in English. */
        public Builder ownerEn(String ownerEn) {
            this.ownerEn = ownerEn;
            return this;
        }

        /** Unit that manages and runs the site (Đơn vị quản lý, vận hành), if named. */
        public Builder operator(String operator) {
            this.operator = operator;
            return this;
        }

        /** Operating unit in English. */
        public Builder operatorEn(String operatorEn) {
            this.operatorEn = operatorEn;
            return this;
        }

        /** Licence or establishing decision, e.g. "Quyết định số 123/QĐ-UBND ngày 15/03/2024". */
        public Builder licence(String licence) {
            this.licence = licence;
            return this;
        }

        /** Licence in English. */
        public Builder licenceEn(String licenceEn) {
            this.licenceEn = licenceEn;
            return this;
        }

        /** Site name quoted in the reuse notice; defaults to the agency's short name. */
        public Builder siteName(String siteName) {
            this.siteName = siteName;
            return this;
        }

        /** Link to the sitemap page; default /so-do-trang. */
        public Builder sitemapUrl(WebLink sitemapUrl) {
            this.sitemapUrl = sitemapUrl;
            return this;
        }

        /** Link to the contact and feedback page; default /lien-he-gop-y. */
        public Builder contactUrl(WebLink contactUrl) {
            this.contactUrl = contactUrl;
            return this;
        }

        /** The Footer; a {@link ValidationException} names every rule the parts break. */
        public Footer build() {
            return new Footer(owner, ownerEn, operator, operatorEn, responsiblePerson, licence, licenceEn, siteName, sitemapUrl, contactUrl);
        }
    }
}

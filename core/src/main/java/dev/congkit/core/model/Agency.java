package dev.congkit.core.model;

import dev.congkit.core.i18n.Bilingual;
import dev.congkit.core.validation.Check;

import java.util.regex.Pattern;

/**
 * The agency that owns the site (cơ quan chủ quản), usually a commune People's Committee.
 *
 * <p>Example:
 * <pre>{@code
 * Agency agency = site.agency();
 * agency.fullName();            // "Ủy ban nhân dân xã Mẫu Sơn"
 * agency.displayShortName();    // "UBND xã Mẫu Sơn"
 * agency.level().isCommune();   // true
 * }</pre>
 */
@Doc(value = "The agency that owns the site, e.g. Ủy ban nhân dân xã Mẫu Sơn.", vi = "Cơ quan chủ quản của trang, ví dụ Ủy ban nhân dân xã Mẫu Sơn.")
public record Agency(
        @Required @Doc(value = "Full Vietnamese name as text, e.g. \"Ủy ban nhân dân xã Mẫu Sơn\".", vi = "Tên đầy đủ bằng tiếng Việt, ví dụ \"Ủy ban nhân dân xã Mẫu Sơn\".") String fullName,
        @Doc(value = "Short name, e.g. \"UBND xã Mẫu Sơn\".", vi = "Tên viết tắt, ví dụ \"UBND xã Mẫu Sơn\".") String shortName,
        @Doc(value = "English name (CONTACT-ENGLISH).", vi = "Tên tiếng Anh (CONTACT-ENGLISH).") String englishName,
        @Required @Doc(value = "Administrative level: TINH, XA, PHUONG, THI_TRAN, DAC_KHU or HUYEN.", vi = "Cấp hành chính: TINH, XA, PHUONG, THI_TRAN, DAC_KHU hoặc HUYEN.") AgencyLevel level,
        @Doc(value = "The parent body printed above the name.", vi = "Cơ quan cấp trên in phía trên tên.") ParentAgency parent,
        @Doc(value = "Administrative unit code (mã đơn vị hành chính): 2, 3 or 5 digits.", vi = "Mã đơn vị hành chính: 2, 3 hoặc 5 chữ số.") String adminUnitCode,
        @Doc(value = "Electronic identifier code (mã định danh), used in links to the commune's procedures.", vi = "Mã định danh điện tử, dùng trong liên kết tới thủ tục hành chính của xã.") String identifierCode,
        @Required @Doc(value = "Postal address.", vi = "Địa chỉ bưu chính.") String address,
        @Required @Doc(value = "Telephone.", vi = "Số điện thoại.") PhoneNumber phone,
        @Doc(value = "Fax.", vi = "Số fax.") PhoneNumber fax,
        @Required @Doc(value = "Official e-mail.", vi = "Thư điện tử công vụ.") Email email,
        @Doc(value = "Public website, if different from baseUrl.", vi = "Trang web công khai, nếu khác baseUrl.") WebLink website,
        @Required @Doc(value = "Absolute base URL of the portal, e.g. https://mauson.thanhhoa.gov.vn", vi = "Địa chỉ gốc đầy đủ của cổng, ví dụ https://mauson.thanhhoa.gov.vn") WebLink baseUrl,
        @Doc(value = "Emblem or logo with its alt text.", vi = "Quốc huy hoặc biểu trưng kèm mô tả ảnh.") ImageRef logo,
        @Doc(value = "Office hours as text, e.g. \"Sáng 7h00–11h30, chiều 13h30–17h00, thứ Hai đến thứ Sáu\".", vi = "Giờ làm việc, ví dụ \"Sáng 7h00–11h30, chiều 13h30–17h00, thứ Hai đến thứ Sáu\".") String hours) {

    private static final Pattern UNIT_CODE = Pattern.compile("[0-9]{2}|[0-9]{3}|[0-9]{5}");
    private static final Pattern IDENTIFIER = Pattern.compile("[A-Za-z0-9]+(\\.[A-Za-z0-9]+)*");

    public Agency {
        var check = new Check();
        fullName = check.requiredText("fullName", fullName);
        shortName = check.text("shortName", shortName);
        englishName = check.text("englishName", englishName);
        check.required("level", level);
        adminUnitCode = check.matches("adminUnitCode", adminUnitCode, UNIT_CODE, Bilingual.of("một mã gồm 2, 3 hoặc 5 chữ số", "a code of 2, 3 or 5 digits"));
        identifierCode = check.matches("identifierCode", identifierCode, IDENTIFIER,
                Bilingual.of("mã định danh gồm chữ và số ngăn bằng dấu chấm, ví dụ H56.39.12", "an identifier code of letters and digits separated by dots, e.g. H56.39.12"));
        address = check.requiredText("address", address);
        check.required("phone", phone);
        check.required("email", email);
        check.that("website", website, WebLink::isWeb, Bilingual.of("một địa chỉ đầy đủ bắt đầu bằng https hoặc http", "an absolute https or http URL"));
        check.required("baseUrl", baseUrl);
        check.that("baseUrl", baseUrl, WebLink::isWeb, Bilingual.of("một địa chỉ đầy đủ bắt đầu bằng https hoặc http", "an absolute https or http URL"));
        if (baseUrl != null && baseUrl.value().endsWith("/")) {
            baseUrl = new WebLink(baseUrl.value().replaceAll("/+$", ""));
        }
        hours = check.text("hours", hours);
        check.done();
    }

    /** The short name, falling back to the full name. */
    public String displayShortName() {
        return shortName == null ? fullName : shortName;
    }

    /** The name to show in {@code locale}: the English name in English when there is one, else the full name. */
    public String nameIn(java.util.Locale locale) {
        return "en".equals(locale.getLanguage()) && englishName != null ? englishName : fullName;
    }

    /** A builder: the required parts now, the rest by name; {@link Builder#build()} validates as the constructor does. */
    public static Builder builder(String fullName, AgencyLevel level, String address, PhoneNumber phone, Email email, WebLink baseUrl) {
        return new Builder(fullName, level, address, phone, email, baseUrl);
    }

    /**
     * Builds an {@link Agency} by name instead of by position; what is not set takes the record's default.
     *
     * <pre>{@code
     * Agency.builder(fullName, level, address, phone, email, baseUrl).shortName(…).englishName(…).build()
     * }</pre>
     */
    public static final class Builder {
        private String fullName;
        private String shortName;
        private String englishName;
        private AgencyLevel level;
        private ParentAgency parent;
        private String adminUnitCode;
        private String identifierCode;
        private String address;
        private PhoneNumber phone;
        private PhoneNumber fax;
        private Email email;
        private WebLink website;
        private WebLink baseUrl;
        private ImageRef logo;
        private String hours;

        private Builder(String fullName, AgencyLevel level, String address, PhoneNumber phone, Email email, WebLink baseUrl) {
            this.fullName = fullName;
            this.level = level;
            this.address = address;
            this.phone = phone;
            this.email = email;
            this.baseUrl = baseUrl;
        }

        /** Short name, e.g. "UBND xã Mẫu Sơn". */
        public Builder shortName(String shortName) {
            this.shortName = shortName;
            return this;
        }

        /** English name (CONTACT-ENGLISH). */
        public Builder englishName(String englishName) {
            this.englishName = englishName;
            return this;
        }

        /** The parent body printed above the name. */
        public Builder parent(ParentAgency parent) {
            this.parent = parent;
            return this;
        }

        /** Administrative unit code (mã đơn vị hành chính): 2, 3 or 5 digits. */
        public Builder adminUnitCode(String adminUnitCode) {
            this.adminUnitCode = adminUnitCode;
            return this;
        }

        /** Electronic identifier code (mã định danh), used in links to the commune's procedures. */
        public Builder identifierCode(String identifierCode) {
            this.identifierCode = identifierCode;
            return this;
        }

        /** Fax. */
        public Builder fax(PhoneNumber fax) {
            this.fax = fax;
            return this;
        }

        /** Public website, if different from baseUrl. */
        public Builder website(WebLink website) {
            this.website = website;
            return this;
        }

        /** Emblem or logo with its alt text. */
        public Builder logo(ImageRef logo) {
            this.logo = logo;
            return this;
        }

        /** Office hours as text, e.g. "Sáng 7h00–11h30, chiều 13h30–17h00, thứ Hai đến thứ Sáu". */
        public Builder hours(String hours) {
            this.hours = hours;
            return this;
        }

        /** The Agency; a {@link ValidationException} names every rule the parts break. */
        public Agency build() {
            return new Agency(fullName, shortName, englishName, level, parent, adminUnitCode, identifierCode, address, phone, fax, email, website, baseUrl, logo, hours);
        }
    }
}

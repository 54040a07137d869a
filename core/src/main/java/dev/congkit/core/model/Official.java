package dev.congkit.core.model;

import dev.congkit.core.i18n.Bilingual;
import dev.congkit.core.validation.Check;

import java.time.LocalDate;
import java.util.regex.Pattern;

/**
 * A competent official whose contact details the site publishes (CONTACT-OFFICIALS).
 *
 * <p>Example:
 * <pre>{@code
 * Official chairman = site.official("nguyen-thi-huong").orElseThrow();
 * chairman.fullName();   // "Nguyễn Thị Hường"
 * chairman.position();   // "Chủ tịch UBND xã"
 * chairman.phone().tel();   // "tel:+84912345678"
 * }</pre>
 */
@Doc(value = "An official: name, position, unit and contact details.", vi = "Một cán bộ: họ tên, chức vụ, đơn vị và thông tin liên hệ.")
public record Official(
        @Required @Doc(value = "Stable identifier used in URLs and calendar UIDs: lower-case letters, digits and hyphens.", vi = "Mã cố định dùng trong địa chỉ và UID của lịch: chữ thường, chữ số và dấu gạch ngang.") String id,
        @Required @Doc(value = "Full name, e.g. \"Nguyễn Thị Hường\".", vi = "Họ và tên, ví dụ \"Nguyễn Thị Hường\".") String fullName,
        @Required @Doc(value = "Position (chức vụ), e.g. \"Chủ tịch UBND xã\".", vi = "Chức vụ, ví dụ \"Chủ tịch UBND xã\".") String position,
        @Doc(value = "Position in English.", vi = "Chức vụ bằng tiếng Anh.") String positionEn,
        @Required @Doc(value = "Unit or organisation, e.g. \"UBND xã\", \"Đảng ủy xã\".", vi = "Đơn vị hoặc tổ chức, ví dụ \"UBND xã\", \"Đảng ủy xã\".") String unit,
        @Doc(value = "Unit in English.", vi = "Đơn vị bằng tiếng Anh.") String unitEn,
        @Required @Doc(value = "Telephone.", vi = "Số điện thoại.") PhoneNumber phone,
        @Doc(value = "Official e-mail, normally on gov.vn.", vi = "Thư điện tử công vụ, thường thuộc gov.vn.") Email email,
        @Doc(value = "Photo URL (https, http or site-relative).", vi = "Địa chỉ ảnh (https, http hoặc trong trang).") WebLink photo,
        @Doc(value = "Duties assigned (nhiệm vụ đảm nhiệm).", vi = "Nhiệm vụ đảm nhiệm.") String duties,
        @Doc(value = "Duties in English.", vi = "Nhiệm vụ tiếng Anh.") String dutiesEn,
        @Doc(value = "Short biography (LEADER-PROFILE).", vi = "Tiểu sử tóm tắt (LEADER-PROFILE).") String biography,
        @Doc(value = "Biography in English.", vi = "Tiểu sử tiếng Anh.") String biographyEn,
        @Doc(value = "First day in office (yyyy-mm-dd); before it the official is not published.", vi = "Ngày nhận chức (yyyy-mm-dd); trước ngày này cán bộ chưa được công bố.") LocalDate activeFrom,
        @Doc(value = "Last day in office (yyyy-mm-dd); after it the official leaves the directory, contact cards and vCards, "
                + "while past schedule weeks still name her.", vi = "Ngày thôi giữ chức (yyyy-mm-dd); sau ngày này cán bộ không còn trong danh bạ,"
                + " thẻ liên hệ và vCard, còn các tuần lịch đã qua vẫn ghi tên.") LocalDate activeUntil) {

    private static final Pattern ID = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

    public Official {
        var check = new Check();
        id = check.required("id", check.matches("id", id, ID,
                Bilingual.of("chữ thường, chữ số và từng dấu gạch ngang đơn, ví dụ nguyen-thi-huong", "lower-case letters, digits and single hyphens, e.g. nguyen-thi-huong")));
        fullName = check.requiredText("fullName", fullName);
        position = check.requiredText("position", position);
        positionEn = check.text("positionEn", positionEn);
        unit = check.requiredText("unit", unit);
        unitEn = check.text("unitEn", unitEn);
        check.required("phone", phone);
        check.that("photo", photo, link -> link.isWeb() || link.isSiteRelative(), Bilingual.of("địa chỉ ảnh (https, http hoặc trong trang)", "an https, http or site-relative image URL"));
        duties = check.text("duties", duties);
        dutiesEn = check.text("dutiesEn", dutiesEn);
        biography = check.text("biography", biography);
        biographyEn = check.text("biographyEn", biographyEn);
        if (activeFrom != null && activeUntil != null && activeUntil.isBefore(activeFrom)) {
            check.fail("activeUntil", Check.notBefore("activeFrom", activeFrom, activeUntil));
        }
        check.done();
    }

    /** Whether the official holds the post on {@code day} (Vietnam date), and so is published. */
    public boolean activeOn(LocalDate day) {
        return (activeFrom == null || !day.isBefore(activeFrom)) && (activeUntil == null || !day.isAfter(activeUntil));
    }

    /** The position in {@code locale}: the English one in English when there is one. */
    public String positionIn(java.util.Locale locale) {
        return english(locale) && positionEn != null ? positionEn : position;
    }

    /** The duties in {@code locale}, or {@code null}. */
    public String dutiesIn(java.util.Locale locale) {
        return english(locale) && dutiesEn != null ? dutiesEn : duties;
    }

    /** The biography in {@code locale}, or {@code null}. */
    public String biographyIn(java.util.Locale locale) {
        return english(locale) && biographyEn != null ? biographyEn : biography;
    }

    private static boolean english(java.util.Locale locale) {
        return "en".equals(locale.getLanguage());
    }

    /** A builder: the required parts now, the rest by name; {@link Builder#build()} validates as the constructor does. */
    public static Builder builder(String id, String fullName, String position, String unit, PhoneNumber phone) {
        return new Builder(id, fullName, position, unit, phone);
    }

    /**
     * Builds an {@link Official} by name instead of by position; what is not set takes the record's default.
     *
     * <pre>{@code
     * Official.builder(id, fullName, position, unit, phone).positionEn(…).unitEn(…).build()
     * }</pre>
     */
    public static final class Builder {
        private String id;
        private String fullName;
        private String position;
        private String positionEn;
        private String unit;
        private String unitEn;
        private PhoneNumber phone;
        private Email email;
        private WebLink photo;
        private String duties;
        private String dutiesEn;
        private String biography;
        private String biographyEn;
        private LocalDate activeFrom;
        private LocalDate activeUntil;

        private Builder(String id, String fullName, String position, String unit, PhoneNumber phone) {
            this.id = id;
            this.fullName = fullName;
            this.position = position;
            this.unit = unit;
            this.phone = phone;
        }

        /** Position in English. */
        public Builder positionEn(String positionEn) {
            this.positionEn = positionEn;
            return this;
        }

        /** Unit in English. */
        public Builder unitEn(String unitEn) {
            this.unitEn = unitEn;
            return this;
        }

        /** Official e-mail, normally on gov.vn. */
        public Builder email(Email email) {
            this.email = email;
            return this;
        }

        /** Photo URL (https, http or site-relative). */
        public Builder photo(WebLink photo) {
            this.photo = photo;
            return this;
        }

        /** Duties assigned (nhiệm vụ đảm nhiệm). */
        public Builder duties(String duties) {
            this.duties = duties;
            return this;
        }

        /** Duties in English. */
        public Builder dutiesEn(String dutiesEn) {
            this.dutiesEn = dutiesEn;
            return this;
        }

        /** Short biography (LEADER-PROFILE). */
        public Builder biography(String biography) {
            this.biography = biography;
            return this;
        }

        /** Biography in English. */
        public Builder biographyEn(String biographyEn) {
            this.biographyEn = biographyEn;
            return this;
        }

        /** First day in office (yyyy-mm-dd); before it the official is not published. */
        public Builder activeFrom(LocalDate activeFrom) {
            this.activeFrom = activeFrom;
            return this;
        }

        /** Last day in office (yyyy-mm-dd); after it the official leaves the directory, contact cards and vCards, while past schedule weeks still name her. */
        public Builder activeUntil(LocalDate activeUntil) {
            this.activeUntil = activeUntil;
            return this;
        }

        /** The Official; a {@link ValidationException} names every rule the parts break. */
        public Official build() {
            return new Official(id, fullName, position, positionEn, unit, unitEn, phone, email, photo, duties, dutiesEn, biography, biographyEn, activeFrom, activeUntil);
        }
    }
}

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
@Doc("An official: name, position, unit and contact details.")
public record Official(
        @Required @Doc("Stable identifier used in URLs and calendar UIDs: lower-case letters, digits and hyphens.") String id,
        @Required @Doc("Full name, e.g. \"Nguyễn Thị Hường\".") String fullName,
        @Required @Doc("Position (chức vụ), e.g. \"Chủ tịch UBND xã\".") String position,
        @Doc("Position in English.") String positionEn,
        @Required @Doc("Unit or organisation, e.g. \"UBND xã\", \"Đảng ủy xã\".") String unit,
        @Doc("Unit in English.") String unitEn,
        @Required @Doc("Telephone.") PhoneNumber phone,
        @Doc("Official e-mail, normally on gov.vn.") Email email,
        @Doc("Photo URL (https, http or site-relative).") WebLink photo,
        @Doc("Duties assigned (nhiệm vụ đảm nhiệm).") String duties,
        @Doc("Duties in English.") String dutiesEn,
        @Doc("Short biography (LEADER-PROFILE).") String biography,
        @Doc("Biography in English.") String biographyEn,
        @Doc("First day in office (yyyy-mm-dd); before it the official is not published.") LocalDate activeFrom,
        @Doc("Last day in office (yyyy-mm-dd); after it the official leaves the directory, contact cards and vCards, "
                + "while past schedule weeks still name her.") LocalDate activeUntil) {

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

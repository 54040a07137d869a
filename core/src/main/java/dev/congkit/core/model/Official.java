package dev.congkit.core.model;

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
                "lower-case letters, digits and single hyphens, e.g. nguyen-thi-huong"));
        fullName = check.requiredText("fullName", fullName);
        position = check.requiredText("position", position);
        positionEn = check.text("positionEn", positionEn);
        unit = check.requiredText("unit", unit);
        unitEn = check.text("unitEn", unitEn);
        check.required("phone", phone);
        check.that("photo", photo, link -> link.isWeb() || link.isSiteRelative(), "an https, http or site-relative image URL");
        duties = check.text("duties", duties);
        dutiesEn = check.text("dutiesEn", dutiesEn);
        biography = check.text("biography", biography);
        biographyEn = check.text("biographyEn", biographyEn);
        if (activeFrom != null && activeUntil != null && activeUntil.isBefore(activeFrom)) {
            check.fail("activeUntil", "must not be before activeFrom (" + activeFrom + "), but was " + activeUntil);
        }
        check.done();
    }

    /** Whether the official holds the post on {@code day} (Vietnam date), and so is published. */
    public boolean activeOn(LocalDate day) {
        return (activeFrom == null || !day.isBefore(activeFrom)) && (activeUntil == null || !day.isAfter(activeUntil));
    }
}

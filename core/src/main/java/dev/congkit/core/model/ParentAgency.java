package dev.congkit.core.model;

import dev.congkit.core.validation.Check;

/**
 * The body an agency belongs to, printed above its name ("TỈNH THANH HÓA").
 *
 * <p>Example:
 * <pre>{@code
 * // site.json: "parent": { "fullName": "Ủy ban nhân dân tỉnh Thanh Hóa", "website": "https://thanhhoa.gov.vn" }
 * String parent = site.agency().parent().fullName();
 * }</pre>
 */
@Doc("The parent body (cơ quan cấp trên), e.g. the province.")
public record ParentAgency(
        @Required @Doc("Full Vietnamese name, e.g. \"Ủy ban nhân dân tỉnh Thanh Hóa\".") String fullName,
        @Doc("English name.") String englishName,
        @Doc("Website of the parent body.") WebLink website) {

    public ParentAgency {
        var check = new Check();
        fullName = check.requiredText("fullName", fullName);
        englishName = check.text("englishName", englishName);
        check.done();
    }
}

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
@Doc(value = "The parent body (cơ quan cấp trên), e.g. the province.", vi = "Cơ quan cấp trên, ví dụ tỉnh.")
public record ParentAgency(
        @Required @Doc(value = "Full Vietnamese name, e.g. \"Ủy ban nhân dân tỉnh Thanh Hóa\".", vi = "Tên đầy đủ bằng tiếng Việt, ví dụ \"Ủy ban nhân dân tỉnh Thanh Hóa\".") String fullName,
        @Doc(value = "English name.", vi = "Tên tiếng Anh.") String englishName,
        @Doc(value = "Website of the parent body.", vi = "Trang web của cơ quan cấp trên.") WebLink website) {

    public ParentAgency {
        var check = new Check();
        fullName = check.requiredText("fullName", fullName);
        englishName = check.text("englishName", englishName);
        check.done();
    }

    /** A builder: the required parts now, the rest by name; {@link Builder#build()} validates as the constructor does. */
    public static Builder builder(String fullName) {
        return new Builder(fullName);
    }

    /**
     * Builds a {@link ParentAgency} by name instead of by position; what is not set takes the record's default.
     *
     * <pre>{@code
     * ParentAgency.builder(fullName).englishName(…).website(…).build()
     * }</pre>
     */
    public static final class Builder {
        private String fullName;
        private String englishName;
        private WebLink website;

        private Builder(String fullName) {
            this.fullName = fullName;
        }

        /** English name. */
        public Builder englishName(String englishName) {
            this.englishName = englishName;
            return this;
        }

        /** Website of the parent body. */
        public Builder website(WebLink website) {
            this.website = website;
            return this;
        }

        /** The ParentAgency; a {@link ValidationException} names every rule the parts break. */
        public ParentAgency build() {
            return new ParentAgency(fullName, englishName, website);
        }
    }
}

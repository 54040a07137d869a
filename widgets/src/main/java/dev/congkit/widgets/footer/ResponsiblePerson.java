package dev.congkit.widgets.footer;

import dev.congkit.core.model.ValidationException;
import dev.congkit.core.validation.Check;
import dev.congkit.core.model.Doc;
import dev.congkit.core.model.Required;

/**
 * The person responsible for the site's content (Người chịu trách nhiệm), with their title.
 *
 * <p>Example:
 * <pre>{@code
 * ResponsiblePerson person = new ResponsiblePerson("Nguyễn Văn Thành", "Chủ tịch UBND xã",
 *         "Chairman of the Commune People's Committee");
 * }</pre>
 */
@Doc(value = "The person responsible for the content (Người chịu trách nhiệm nội dung).", vi = "Người chịu trách nhiệm nội dung.")
public record ResponsiblePerson(
        @Required @Doc(value = "Full name, e.g. \"Nguyễn Văn Thành\".", vi = "Họ và tên, ví dụ \"Nguyễn Văn Thành\".") String fullName,
        @Required @Doc(value = "Title, e.g. \"Chủ tịch UBND xã\".", vi = "Chức danh, ví dụ \"Chủ tịch UBND xã\".") String position,
        @Doc(value = "Title in English.", vi = "Tiêu đề tiếng Anh.") String positionEn) {

    public ResponsiblePerson {
        var check = new Check();
        fullName = check.requiredText("fullName", fullName);
        position = check.requiredText("position", position);
        positionEn = check.text("positionEn", positionEn);
        check.done();
    }

    /** The title in {@code locale}: the English one in English when there is one. */
    public String positionIn(java.util.Locale locale) {
        return "en".equals(locale.getLanguage()) && positionEn != null ? positionEn : position;
    }

    /** A builder: the required parts now, the rest by name; {@link Builder#build()} validates as the constructor does. */
    public static Builder builder(String fullName, String position) {
        return new Builder(fullName, position);
    }

    /**
     * Builds a {@link ResponsiblePerson} by name instead of by position; what is not set takes the record's default.
     *
     * <pre>{@code
     * ResponsiblePerson.builder(fullName, position).positionEn(…).build()
     * }</pre>
     */
    public static final class Builder {
        private String fullName;
        private String position;
        private String positionEn;

        private Builder(String fullName, String position) {
            this.fullName = fullName;
            this.position = position;
        }

        /** Title in English. */
        public Builder positionEn(String positionEn) {
            this.positionEn = positionEn;
            return this;
        }

        /** The ResponsiblePerson; a {@link ValidationException} names every rule the parts break. */
        public ResponsiblePerson build() {
            return new ResponsiblePerson(fullName, position, positionEn);
        }
    }
}

package dev.congkit.widgets.contact;

import dev.congkit.core.model.ValidationException;
import dev.congkit.core.validation.Check;
import dev.congkit.core.model.Doc;
import dev.congkit.core.model.Required;

/**
 * One organisation of the directory, as named in officials' {@code unit}, with its English name.
 *
 * <p>Example:
 * <pre>{@code
 * DirectoryUnit party = new DirectoryUnit("Đảng ủy xã", "Commune Party Committee");
 * }</pre>
 */
@Doc(value = "An organisation of the directory, in display order.", vi = "Một tổ chức trong danh bạ, theo thứ tự hiển thị.")
public record DirectoryUnit(
        @Required @Doc(value = "The unit as written in officials[].unit, e.g. \"Đảng ủy xã\".", vi = "Đơn vị như ghi ở officials[].unit, ví dụ \"Đảng ủy xã\".") String name,
        @Doc(value = "English name of the unit.", vi = "Tên tiếng Anh của đơn vị.") String nameEn) {

    public DirectoryUnit {
        var check = new Check();
        name = check.requiredText("name", name);
        nameEn = check.text("nameEn", nameEn);
        check.done();
    }

    /** A builder: the required parts now, the rest by name; {@link Builder#build()} validates as the constructor does. */
    public static Builder builder(String name) {
        return new Builder(name);
    }

    /**
     * Builds a {@link DirectoryUnit} by name instead of by position; what is not set takes the record's default.
     *
     * <pre>{@code
     * DirectoryUnit.builder(name).nameEn(…).build()
     * }</pre>
     */
    public static final class Builder {
        private String name;
        private String nameEn;

        private Builder(String name) {
            this.name = name;
        }

        /** English name of the unit. */
        public Builder nameEn(String nameEn) {
            this.nameEn = nameEn;
            return this;
        }

        /** The DirectoryUnit; a {@link ValidationException} names every rule the parts break. */
        public DirectoryUnit build() {
            return new DirectoryUnit(name, nameEn);
        }
    }
}

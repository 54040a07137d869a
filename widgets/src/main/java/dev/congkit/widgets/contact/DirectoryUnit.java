package dev.congkit.widgets.contact;

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
@Doc("An organisation of the directory, in display order.")
public record DirectoryUnit(
        @Required @Doc("The unit as written in officials[].unit, e.g. \"Đảng ủy xã\".") String name,
        @Doc("English name of the unit.") String nameEn) {

    public DirectoryUnit {
        var check = new Check();
        name = check.requiredText("name", name);
        nameEn = check.text("nameEn", nameEn);
        check.done();
    }
}

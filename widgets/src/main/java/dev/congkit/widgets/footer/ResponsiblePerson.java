package dev.congkit.widgets.footer;

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
@Doc("The person responsible for the content (Người chịu trách nhiệm nội dung).")
public record ResponsiblePerson(
        @Required @Doc("Full name, e.g. \"Nguyễn Văn Thành\".") String fullName,
        @Required @Doc("Title, e.g. \"Chủ tịch UBND xã\".") String position,
        @Doc("Title in English.") String positionEn) {

    public ResponsiblePerson {
        var check = new Check();
        fullName = check.requiredText("fullName", fullName);
        position = check.requiredText("position", position);
        positionEn = check.text("positionEn", positionEn);
        check.done();
    }
}

package dev.congkit.widgets.contact;

import dev.congkit.core.model.Official;
import dev.congkit.core.render.Labels;
import dev.congkit.core.render.RenderContext;
import dev.congkit.widgets.internal.Text;

/**
 * One official as the contact templates read them; strings are never null, presence is a boolean.
 *
 * <p>Example:
 * <pre>{@code
 * {{#people}}<td><a href="{{tel}}">{{phone}}</a></td>{{#hasEmail}}<td><a href="{{mailto}}">{{email}}</a></td>{{/hasEmail}}
 * <td><a href="{{vcard}}">{{vcardLabel}}</a></td>{{/people}}
 * }</pre>
 */
public record PersonView(String id, String name, String position, String unit, String phone, String tel,
                         boolean hasEmail, String email, String mailto, boolean hasPhoto, String photo, String photoAlt,
                         boolean hasDuties, String duties, boolean hasBiography, String biography, String vcard, String vcardLabel) {

    static PersonView of(Official o, String unit, RenderContext context, Labels labels, Directory directory) {
        boolean en = context.isEnglish();
        String duties = en ? Text.first(o.dutiesEn(), o.duties()) : o.duties();
        String biography = en ? Text.first(o.biographyEn(), o.biography()) : o.biography();
        return new PersonView(o.id(), o.fullName(), en ? Text.first(o.positionEn(), o.position()) : o.position(), unit,
                o.phone().value(), o.phone().tel(),
                o.email() != null, o.email() == null ? "" : o.email().value(), o.email() == null ? "" : o.email().mailto(),
                o.photo() != null, o.photo() == null ? "" : o.photo().value(), labels.format("contact.photoAlt", o.fullName()),
                duties != null, duties == null ? "" : duties, biography != null, biography == null ? "" : biography,
                directory.vcardPath().value() + "/" + o.id() + ".vcf", labels.format("contact.vcardOf", o.fullName()));
    }
}

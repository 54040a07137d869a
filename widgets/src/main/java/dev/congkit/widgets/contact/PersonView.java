package dev.congkit.widgets.contact;

import dev.congkit.core.model.Official;
import dev.congkit.core.render.Labels;
import dev.congkit.core.render.RenderContext;

/**
 * One official as the contact templates read them: the official record itself (name, phone, e-mail,
 * photo), and what is chosen for the page's language or built from labels.
 *
 * <p>Example:
 * <pre>{@code
 * {{#people}}<td><a href="{{official.phone.tel}}">{{official.phone.value}}</a></td>
 * {{#official.email}}<td><a href="{{official.email.mailto}}">{{official.email.value}}</a></td>{{/official.email}}
 * <td><a href="{{vcard}}">{{vcardLabel}}</a></td>{{/people}}
 * }</pre>
 */
public record PersonView(Official official, String position, String unit, String duties, String biography, String photoAlt,
                         String vcard, String vcardLabel) {

    static PersonView of(Official o, String unit, RenderContext context, Labels labels, Directory directory) {
        return new PersonView(o, o.positionIn(context.locale()), unit, o.dutiesIn(context.locale()), o.biographyIn(context.locale()),
                labels.format("contact.photoAlt", o.fullName()), directory.vcardPath().value() + "/" + o.id() + ".vcf",
                labels.format("contact.vcardOf", o.fullName()));
    }
}

package dev.congkit.widgets.contact;

import dev.congkit.core.model.Agency;
import dev.congkit.core.model.Official;
import dev.congkit.core.render.Labels;
import dev.congkit.core.render.RenderContext;
import dev.congkit.core.render.Widget;
import dev.congkit.widgets.internal.Text;

import java.util.List;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A contact card ({@code contact-card}): one official (parameter {@code official} = the official's
 * id) or, without the parameter, the agency itself. An unknown id renders nothing.
 *
 * <p>Example:
 * <pre>{@code
 * String card = renderer.render(ContactCardWidget.ID,
 *         RenderContext.of(site).withParam("official", "nguyen-thi-huong"));   // one official
 * String agency = renderer.render(ContactCardWidget.ID, RenderContext.of(site));  // without it: the agency
 * }</pre>
 */
public final class ContactCardWidget implements Widget {

    public static final String ID = "contact-card";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public List<String> requirements() {
        return List.of("CONTACT-OFFICIALS", "LEADER-PROFILE");
    }

    @Override
    public Object model(RenderContext context, Labels labels) {
        Directory directory = context.site().section(Directory.SECTION).orElse(Directory.defaults());
        String id = context.param("official");
        if (id == null || id.isEmpty()) {
            Agency agency = context.site().agency();
            return new AgencyView(agency.nameIn(context.locale()), agency, directory.vcardPath().value() + ".vcf");
        }
        return context.site().official(id).filter(o -> o.activeOn(context.today()))
                .map(o -> (Object) new OfficialCard(PersonView.of(o, unitName(o, context, directory), context, labels, directory)))
                .orElse(null);
    }

    @Override
    public Object jsonLd(RenderContext context, Object model) {
        if (!(model instanceof OfficialCard card)) {
            return null;
        }
        Official official = card.person().official();
        return person(official, context);
    }

    /** schema.org Person with jobTitle, worksFor and a ContactPoint. */
    static Map<String, Object> person(Official official, RenderContext context) {
        Map<String, Object> person = new LinkedHashMap<>();
        person.put("@context", "https://schema.org");
        person.put("@type", "Person");
        person.put("name", official.fullName());
        person.put("jobTitle", official.position());
        Map<String, Object> organisation = new LinkedHashMap<>();
        organisation.put("@type", "GovernmentOrganization");
        organisation.put("name", context.site().agency().fullName());
        organisation.put("url", context.baseUrl() + "/");
        person.put("worksFor", organisation);
        person.put("telephone", official.phone().tel().substring(4));
        if (official.email() != null) {
            person.put("email", official.email().value());
        }
        Map<String, Object> contactPoint = new LinkedHashMap<>();
        contactPoint.put("@type", "ContactPoint");
        contactPoint.put("contactType", official.unit());
        contactPoint.put("telephone", official.phone().tel().substring(4));
        if (official.email() != null) {
            contactPoint.put("email", official.email().value());
        }
        person.put("contactPoint", contactPoint);
        return person;
    }

    static String unitName(Official official, RenderContext context, Directory directory) {
        if (!context.isEnglish()) {
            return official.unit();
        }
        return directory.units().stream().filter(u -> u.name().equals(official.unit()) && u.nameEn() != null)
                .map(DirectoryUnit::nameEn).findFirst().orElse(Text.first(official.unitEn(), official.unit()));
    }

    /**
     * The card of one official.
     *
     * <p>Example:
     * <pre>{@code
     * {{#person}}<h2>{{name}}</h2><p>{{position}}, {{unit}}</p><a href="{{tel}}">{{phone}}</a>{{/person}}
     * }</pre>
     */
    public record OfficialCard(PersonView person) {
    }

    /**
     * The agency's card.
     *
     * <p>Example:
     * <pre>{@code
     * <h2>{{name}}</h2><p>{{address}}</p><a href="{{tel}}">{{phone}}</a>{{#hasFax}} Fax {{fax}}{{/hasFax}}
     * }</pre>
     */
    public record AgencyView(String name, Agency agency, String vcard) {
    }
}

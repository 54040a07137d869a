package dev.congkit.widgets.footer;

import dev.congkit.core.model.Agency;
import dev.congkit.core.render.Labels;
import dev.congkit.core.render.RenderContext;
import dev.congkit.core.render.Widget;
import dev.congkit.widgets.internal.Text;

import java.util.List;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The responsibility footer widget ({@code footer}); see the package documentation.
 *
 * <p>Example:
 * <pre>{@code
 * String footer = renderer.render(FooterWidget.ID, RenderContext.of(site));
 * // <footer class="ck-footer"> owner, operator, responsible person, licence, address, phone, e-mail,
 * // the reuse notice, links to the sitemap and the contact page </footer>
 * }</pre>
 */
public final class FooterWidget implements Widget {

    public static final String ID = "footer";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public List<String> requirements() {
        return List.of("FOOTER-RESPONSIBLE", "CONTACT-AGENCY");
    }

    @Override
    public Object model(RenderContext context, Labels labels) {
        Agency agency = context.site().agency();
        Footer footer = context.site().section(Footer.SECTION).orElse(null);
        Locale locale = context.locale();
        String name = agency.nameIn(locale);
        String siteName = footer != null && footer.siteName() != null ? footer.siteName()
                : labels.format("footer.defaultSiteName", context.isEnglish() ? name : agency.displayShortName());
        ResponsiblePerson person = footer == null ? null : footer.responsiblePerson();
        return new FooterView(name, footer == null ? name : footer.ownerIn(locale, agency), footer == null ? null : footer.operatorIn(locale),
                agency, person, person == null ? null : person.positionIn(locale), footer == null ? null : footer.licenceIn(locale),
                labels.format("footer.notice", siteName),
                (footer == null ? Footer.DEFAULT_SITEMAP : footer.sitemapUrl()).value(),
                (footer == null ? Footer.DEFAULT_CONTACT : footer.contactUrl()).value());
    }

    @Override
    public Object jsonLd(RenderContext context, Object model) {
        Agency agency = context.site().agency();
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("@context", "https://schema.org");
        data.put("@type", "GovernmentOrganization");
        data.put("name", agency.fullName());
        Text.putIfPresent(data, "alternateName", agency.shortName());
        data.put("url", context.baseUrl() + "/");
        if (agency.logo() != null) {
            data.put("logo", context.absolute(agency.logo().src().value()));
        }
        Map<String, Object> address = new LinkedHashMap<>();
        address.put("@type", "PostalAddress");
        address.put("streetAddress", agency.address());
        address.put("addressCountry", "VN");
        data.put("address", address);
        data.put("telephone", agency.phone().tel().substring("tel:".length()));
        if (agency.fax() != null) {
            data.put("faxNumber", agency.fax().tel().substring("tel:".length()));
        }
        data.put("email", agency.email().value());
        if (agency.parent() != null) {
            Map<String, Object> parent = new LinkedHashMap<>();
            parent.put("@type", "GovernmentOrganization");
            parent.put("name", agency.parent().fullName());
            if (agency.parent().website() != null) {
                parent.put("url", agency.parent().website().value());
            }
            data.put("parentOrganization", parent);
        }
        return data;
    }

    /**
     * What the footer template reads: the texts chosen for the page's language, and the agency
     * itself for its address, phone, fax and e-mail.
     *
     * <p>Example:
     * <pre>{@code
     * <footer class="ck-footer"><p>{{msg.footer.owner}}: {{owner}}</p>
     * <p>{{msg.common.phone}}: <a href="{{agency.phone.tel}}">{{agency.phone.value}}</a></p></footer>
     * }</pre>
     */
    public record FooterView(String name, String owner, String operator, Agency agency, ResponsiblePerson responsible,
                             String responsiblePosition, String licence, String notice, String sitemapUrl, String contactUrl) {
    }
}

package dev.congkit.widgets.footer;

import dev.congkit.core.model.Agency;
import dev.congkit.core.model.PhoneNumber;
import dev.congkit.core.render.Labels;
import dev.congkit.core.render.RenderContext;
import dev.congkit.core.render.Widget;
import dev.congkit.widgets.internal.Text;

import java.util.LinkedHashMap;
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
    public Object model(RenderContext context, Labels labels) {
        Agency agency = context.site().agency();
        Footer footer = context.site().section(Footer.SECTION).orElse(null);
        boolean en = context.isEnglish();
        String name = en ? Text.first(agency.englishName(), agency.fullName()) : agency.fullName();
        String owner = footer == null ? name : en ? Text.first(footer.ownerEn(), footer.owner(), name) : Text.first(footer.owner(), name);
        ResponsiblePerson person = footer == null ? null : footer.responsiblePerson();
        String siteName = footer != null && footer.siteName() != null ? footer.siteName()
                : labels.format("footer.defaultSiteName", en ? name : agency.displayShortName());
        return new FooterView(
                name,
                owner,
                footer == null ? null : en ? Text.first(footer.operatorEn(), footer.operator()) : footer.operator(),
                agency.address(),
                agency.phone().value(),
                agency.phone().tel(),
                phoneText(agency.fax()),
                agency.email().value(),
                agency.email().mailto(),
                person == null ? null : person.fullName(),
                person == null ? null : en ? Text.first(person.positionEn(), person.position()) : person.position(),
                footer == null ? null : en ? Text.first(footer.licenceEn(), footer.licence()) : footer.licence(),
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

    private static String phoneText(PhoneNumber phone) {
        return phone == null ? null : phone.value();
    }

    /**
     * What the footer template reads.
     *
     * <p>Example:
     * <pre>{@code
     * <footer class="ck-footer"><p>{{msg.footer.owner}}: {{owner}}</p>
     * <p>{{msg.common.phone}}: <a href="{{phoneTel}}">{{phone}}</a></p></footer>
     * }</pre>
     */
    public record FooterView(String name, String owner, String operator, String address, String phone, String phoneTel,
                             String fax, String email, String mailto, String responsibleName, String responsiblePosition,
                             String licence, String notice, String sitemapUrl, String contactUrl) {
    }
}

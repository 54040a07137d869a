package dev.congkit.widgets.contact;

import dev.congkit.core.model.Agency;
import dev.congkit.core.model.Official;
import dev.congkit.core.model.SiteConfig;
import dev.congkit.widgets.internal.ContentLines;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.UUID;

/**
 * vCard 4.0 (RFC 6350) for officials and the agency: UTF-8, escaped, folded at 75 octets, CRLF.
 * UIDs are derived from the site's base URL and the official's id, so they stay the same across
 * downloads and an address book updates the card instead of adding a copy.
 *
 * <p>Example:
 * <pre>{@code
 * response.setContentType(VCards.MEDIA_TYPE);
 * String one = VCards.official(site, site.official("nguyen-thi-huong").orElseThrow());   // BEGIN:VCARD ... VERSION:4.0 ...
 * String all = VCards.directory(site, today);   // every official in office, one vCard after another
 * }</pre>
 */
public final class VCards {

    public static final String MEDIA_TYPE = "text/vcard;charset=UTF-8";

    private VCards() {
    }

    /** One official's card. */
    public static String official(SiteConfig site, Official official) {
        ContentLines lines = begin("individual", uid(site, "official/" + official.id()));
        lines.text("FN", official.fullName());
        String[] parts = official.fullName().split("\\s+");
        String family = parts[0];
        String given = parts.length > 1 ? parts[parts.length - 1] : "";
        String middle = parts.length > 2 ? String.join(" ", java.util.Arrays.copyOfRange(parts, 1, parts.length - 1)) : "";
        lines.components("N", family, given, middle, "", "");
        lines.components("ORG", site.agency().fullName(), official.unit());
        if (official.positionEn() != null) {
            lines.text("TITLE;ALTID=1;LANGUAGE=vi", official.position());
            lines.text("TITLE;ALTID=1;LANGUAGE=en", official.positionEn());
        } else {
            lines.text("TITLE", official.position());
        }
        lines.raw("TEL;VALUE=uri;TYPE=work,voice", official.phone().tel());
        if (official.email() != null) {
            lines.text("EMAIL;TYPE=work", official.email().value());
        }
        if (official.photo() != null) {
            lines.raw("PHOTO", absolute(site, official.photo().value()));
        }
        lines.text("NOTE", official.duties());
        return end(site, lines);
    }

    /** The agency's own card (CONTACT-AGENCY). */
    public static String agency(SiteConfig site) {
        Agency agency = site.agency();
        ContentLines lines = begin("org", uid(site, "agency"));
        lines.text("FN", agency.fullName());
        lines.components("ORG", agency.fullName());
        lines.components("ADR;TYPE=work", "", "", agency.address(), "", "", "", "Việt Nam");
        lines.raw("TEL;VALUE=uri;TYPE=work,voice", agency.phone().tel());
        if (agency.fax() != null) {
            lines.raw("TEL;VALUE=uri;TYPE=work,fax", agency.fax().tel());
        }
        lines.text("EMAIL;TYPE=work", agency.email().value());
        lines.raw("URL", agency.baseUrl().value() + "/");
        if (agency.logo() != null) {
            lines.raw("LOGO", absolute(site, agency.logo().src().value()));
        }
        lines.text("NOTE", agency.hours());
        return end(site, lines);
    }

    /** The whole directory on {@code day}: the agency's card, then every official's in office. */
    public static String directory(SiteConfig site, java.time.LocalDate day) {
        StringBuilder all = new StringBuilder(agency(site));
        site.officialsOn(day).forEach(official -> all.append(official(site, official)));
        return all.toString();
    }

    private static ContentLines begin(String kind, String uid) {
        return new ContentLines().raw("BEGIN", "VCARD").raw("VERSION", "4.0").raw("KIND", kind).raw("UID", uid);
    }

    private static String end(SiteConfig site, ContentLines lines) {
        LocalDate updated = site.updated();
        if (updated != null) {
            lines.raw("REV", updated.format(DateTimeFormatter.BASIC_ISO_DATE) + "T000000Z");
        }
        return lines.raw("END", "VCARD").toString();
    }

    private static String uid(SiteConfig site, String what) {
        String name = site.agency().baseUrl().value() + "/" + what;
        return "urn:uuid:" + UUID.nameUUIDFromBytes(name.getBytes(StandardCharsets.UTF_8));
    }

    private static String absolute(SiteConfig site, String url) {
        return url.startsWith("/") ? site.agency().baseUrl().value() + url : url;
    }
}

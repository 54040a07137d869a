package dev.congkit.widgets.sitemap;

import dev.congkit.core.model.SiteConfig;
import dev.congkit.widgets.menu.MenuResolver;
import dev.congkit.widgets.menu.MenuView;
import dev.congkit.widgets.menu.ShownItem;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import java.io.StringWriter;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code sitemap.xml} (sitemaps.org protocol 0.9) from the menus: absolute, escaped URLs of every
 * page of this site that the menus link, with {@code lastmod} where an item gives its update date.
 * Links to other hosts and {@code mailto:}/{@code tel:} links belong on the HTML sitemap only.
 *
 * <p>Example:
 * <pre>{@code
 * response.setContentType("application/xml;charset=UTF-8");
 * String xml = SitemapXml.of(site, LocalDate.now(RenderContext.VIETNAM));
 * // <urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"><url><loc>https://mauson.thanhhoa.gov.vn/</loc> ...
 * }</pre>
 */
public final class SitemapXml {

    public static final String NAMESPACE = "http://www.sitemaps.org/schemas/sitemap/0.9";

    private SitemapXml() {
    }

    /** The document for {@code site} as shown on {@code today}. */
    public static String of(SiteConfig site, LocalDate today) {
        String base = site.agency().baseUrl().value();
        Map<String, LocalDate> pages = new LinkedHashMap<>();
        pages.put(base + "/", site.updated());
        List<List<ShownItem>> menus = MenuResolver.shown(site, today, false);
        menus.forEach(menu -> collect(menu, base, pages));
        try {
            StringWriter out = new StringWriter();
            XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out);
            xml.writeStartDocument("UTF-8", "1.0");
            xml.writeCharacters("\n");
            xml.writeStartElement("urlset");
            xml.writeDefaultNamespace(NAMESPACE);
            for (Map.Entry<String, LocalDate> page : pages.entrySet()) {
                xml.writeCharacters("\n  ");
                xml.writeStartElement("url");
                element(xml, "loc", page.getKey());
                if (page.getValue() != null) {
                    element(xml, "lastmod", page.getValue().toString());
                }
                xml.writeEndElement();
            }
            xml.writeCharacters("\n");
            xml.writeEndElement();
            xml.writeCharacters("\n");
            xml.writeEndDocument();
            xml.close();
            return out.toString();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("cannot write sitemap.xml", e);
        }
    }

    private static void collect(List<ShownItem> items, String base, Map<String, LocalDate> pages) {
        for (ShownItem item : items) {
            if (item.url() != null) {
                String path = MenuView.sitePath(item.url(), base);
                if (path != null) {
                    String loc = absolute(base, item.url(), path);
                    LocalDate known = pages.get(loc);
                    if (!pages.containsKey(loc) || item.updated() != null && (known == null || item.updated().isAfter(known))) {
                        pages.put(loc, item.updated());
                    }
                }
            }
            collect(item.children(), base, pages);
        }
    }

    /** The absolute, percent-encoded URL of a same-site link, without its fragment. */
    private static String absolute(String base, String url, String path) {
        try {
            URI link = new URI(url.replace(" ", "%20"));
            String query = link.getRawQuery();
            URI resolved = new URI(base + path + (query == null ? "" : "?" + query));
            return resolved.toASCIIString();
        } catch (URISyntaxException e) {
            throw new IllegalStateException("a validated link did not parse: " + url, e);
        }
    }

    private static void element(XMLStreamWriter xml, String name, String text) throws XMLStreamException {
        xml.writeStartElement(name);
        xml.writeCharacters(text);
        xml.writeEndElement();
    }
}

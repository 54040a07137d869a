package dev.congkit.audit.internal;

import dev.congkit.core.text.TextMatch;
import org.w3c.dom.Document;
import org.xml.sax.SAXException;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * SITEMAP: a sitemap page for people linked from the target, and {@code sitemap.xml} (or the one
 * robots.txt announces) reachable and well-formed per the sitemaps protocol.
 */
public final class SitemapJudge implements Judge {

    private static final List<String> LABELS = List.of("Sơ đồ trang", "Sơ đồ cổng", "Sơ đồ site", "Sơ đồ website", "Sơ đồ trang web",
            "Sitemap", "Site map", "Sơ đồ");
    private static final String NAMESPACE = "http://www.sitemaps.org/schemas/sitemap/0.9";

    @Override
    public void judge(SiteAudit site) {
        if (!site.asks("SITEMAP")) {
            return;
        }
        Optional<PageRegions.Link> page = site.regions().links().stream().filter(l -> TextMatch.isOneOf(l.name(), LABELS)).findFirst();
        if (page.isEmpty()) {
            site.verdicts().notMet("SITEMAP", site.say().t("sitemap.noPage"), List.of());
            return;
        }
        Set<URI> candidates = new LinkedHashSet<>();
        if (site.savedFile()) {
            Path folder = Path.of(site.home().uri()).getParent();
            candidates.add(folder.resolve("sitemap.xml").toUri());
        } else {
            for (String announced : site.fetcher().announcedSitemaps()) {
                URI uri = Crawler.resolve(announced);
                if (uri != null && site.fetcher().onSite(uri)) {
                    candidates.add(uri);
                }
            }
            candidates.add(URI.create(Fetcher.origin(site.home().uri()) + "/sitemap.xml"));
        }
        List<String> problems = new ArrayList<>();
        for (URI uri : candidates) {
            Fetcher.Response response = site.fetcher().get(uri);
            if (!response.ok()) {
                problems.add(uri + ": " + (response.error() != null ? response.error() : "HTTP " + response.status()));
                continue;
            }
            String problem = wellFormed(response.body());
            if (problem == null) {
                site.verdicts().met("SITEMAP", site.say().t("sitemap.ok", page.get().name(), uri),
                        List.of(site.evidence(site.home(), page.get().element())));
                return;
            }
            problems.add(uri + ": " + problem);
        }
        if (site.savedFile()) {
            site.verdicts().cannotJudge("SITEMAP", site.say().t("sitemap.saved", page.get().name()));
        } else {
            site.verdicts().notMet("SITEMAP", site.say().t("sitemap.noXml", String.join("; ", problems)),
                    List.of(site.evidence(site.home(), page.get().element())));
        }
    }

    /** Null when the bytes are a sitemap or sitemap index with at least one {@code loc}, else what is wrong. */
    static String wellFormed(byte[] xml) {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setXIncludeAware(false);
            factory.setExpandEntityReferences(false);
            var builder = factory.newDocumentBuilder();
            builder.setErrorHandler(new org.xml.sax.helpers.DefaultHandler());
            Document document = builder.parse(new ByteArrayInputStream(xml));
            String root = document.getDocumentElement().getLocalName();
            if (!NAMESPACE.equals(document.getDocumentElement().getNamespaceURI())
                    || !"urlset".equals(root) && !"sitemapindex".equals(root)) {
                return "not a sitemap (root element " + document.getDocumentElement().getTagName() + ")";
            }
            return document.getElementsByTagNameNS(NAMESPACE, "loc").getLength() == 0 ? "no <loc> entries" : null;
        } catch (SAXException e) {
            return "not well-formed XML (" + e.getMessage() + ")";
        } catch (ParserConfigurationException | IOException e) {
            return "cannot be read (" + e.getMessage() + ")";
        }
    }
}

package dev.congkit.widgets.document;

import dev.congkit.core.render.Labels;
import dev.congkit.core.render.RenderContext;
import dev.congkit.core.render.Widget;
import dev.congkit.widgets.internal.Dates;
import dev.congkit.widgets.internal.Links;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One document's page ({@code document}, DOCS-LIST): number and symbol, type, dates as dd/mm/yyyy,
 * issuer, signer, field, whether it is in force, the summary ("Trích yếu") and its files; JSON-LD
 * {@code Legislation} for a resolution, decision or directive, {@code DigitalDocument} otherwise.
 * Parameter {@code van-ban}: the document's slug; an unknown one renders nothing.
 *
 * <p>Example:
 * <pre>{@code
 * String page = renderer.render(DocumentWidget.ID, RenderContext.of(site).withParam(DocumentWidget.SLUG_PARAM, "05-qd-ubnd-2026"));
 * }</pre>
 */
public final class DocumentWidget implements Widget {

    public static final String ID = "document";
    public static final String SLUG_PARAM = "van-ban";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public List<String> requirements() {
        return List.of("DOCS-LIST");
    }

    @Override
    public Object model(RenderContext context, Labels labels) {
        Documents documents = context.site().section(Documents.SECTION).orElse(null);
        String slug = context.param(SLUG_PARAM);
        OfficialDocument document = documents == null || slug == null ? null : documents.bySlug(slug).orElse(null);
        if (document == null) {
            return null;
        }
        LocalDate today = context.today();
        String list = documents.pagePath().value();
        return new View(document, list, Links.inLanguage(list, context.isEnglish()), labels.get("documentType." + document.type().name()),
                Dates.day(document.issued()), document.effective() == null ? "" : Dates.day(document.effective()),
                document.expires() == null ? "" : Dates.day(document.expires()), document.inForceOn(today),
                DocumentListWidget.FileLink.all(document, context.isEnglish()));
    }

    @Override
    public Object jsonLd(RenderContext context, Object model) {
        View view = (View) model;
        OfficialDocument document = view.document();
        boolean legislation = document.type().legal();
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("@context", "https://schema.org");
        data.put("@type", legislation ? "Legislation" : "DigitalDocument");
        data.put("name", view.type() + " " + document.number());
        data.put("url", context.absolute(view.listPath() + "/" + document.slug()));
        data.put("inLanguage", "vi");
        Map<String, Object> issuer = new LinkedHashMap<>();
        issuer.put("@type", "GovernmentOrganization");
        issuer.put("name", document.issuer());
        if (legislation) {
            data.put("legislationIdentifier", document.number());
            data.put("legislationType", view.type());
            data.put("legislationDate", document.issued().toString());
            data.put("legislationPassedBy", issuer);
            data.put("legislationLegalForce", view.inForce() ? "https://schema.org/InForce" : "https://schema.org/NotInForce");
        } else {
            data.put("identifier", document.number());
            data.put("dateCreated", document.issued().toString());
            data.put("author", issuer);
        }
        data.put("datePublished", document.published().toString());
        if (document.summary() != null) {
            data.put("abstract", document.summary());
        }
        if (document.expires() != null) {
            data.put("expires", document.expires().toString());
        }
        List<Map<String, Object>> files = document.files().stream().map(file -> {
            Map<String, Object> media = new LinkedHashMap<>();
            media.put("@type", "MediaObject");
            media.put("name", file.title());
            media.put("contentUrl", context.absolute(file.url().value()));
            String type = DocumentFeed.mediaType(file.format());
            if (type != null) {
                media.put("encodingFormat", type);
            }
            if (file.bytes() != null) {
                media.put("contentSize", file.bytes() + " B");
            }
            return media;
        }).toList();
        if (!files.isEmpty()) {
            data.put("encoding", files);
        }
        return data;
    }

    /**
     * What the template reads: the document and what is worked out for it.
     *
     * <p>Example:
     * <pre>{@code
     * <dt>{{msg.documents.number}}</dt><dd>{{document.number}}</dd><dt>{{msg.documents.summary}}</dt><dd>{{document.summary}}</dd>
     * }</pre>
     */
    public record View(OfficialDocument document, String listPath, String backUrl, String type, String issued, String effective, String expires,
                       boolean inForce, List<DocumentListWidget.FileLink> files) {

        public boolean hasEffective() {
            return !effective.isEmpty();
        }

        public boolean hasExpires() {
            return !expires.isEmpty();
        }

        public boolean hasFiles() {
            return !files.isEmpty();
        }
    }
}

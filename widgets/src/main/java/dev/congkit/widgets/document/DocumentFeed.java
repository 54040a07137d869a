package dev.congkit.widgets.document;

import dev.congkit.core.model.SiteConfig;
import dev.congkit.core.render.Labels;
import dev.congkit.core.render.RenderContext;
import dev.congkit.widgets.internal.Atom;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;

/**
 * The documents as an Atom feed (RFC 4287): the newest {@value #ENTRIES}, each with its page, its
 * summary and its files as enclosures, so that the district, the press and citizens can follow new
 * documents in any feed reader.
 *
 * <p>Example:
 * <pre>{@code
 * response.setContentType(DocumentFeed.MEDIA_TYPE);
 * Labels labels = renderer.labels(DocumentListWidget.ID, RenderContext.VIETNAMESE);
 * String atom = DocumentFeed.atom(RenderContext.of(site), labels);   // <feed xmlns="http://www.w3.org/2005/Atom" ...
 * }</pre>
 */
public final class DocumentFeed {

    public static final String MEDIA_TYPE = "application/atom+xml;charset=UTF-8";
    /** Entries in the feed: the newest ones. */
    public static final int ENTRIES = 50;

    private DocumentFeed() {
    }

    /** The feed of {@code context}'s site; an empty feed when it has no documents. */
    public static String atom(RenderContext context, Labels labels) {
        SiteConfig site = context.site();
        Documents documents = site.section(Documents.SECTION).orElse(Documents.empty());
        List<OfficialDocument> newest = documents.newestFirst().stream().limit(ENTRIES).toList();
        LocalDateTime updated = newest.stream().map(d -> d.published().atStartOfDay()).max(LocalDateTime::compareTo)
                .orElse(site.updated() != null ? site.updated().atStartOfDay() : LocalDateTime.of(2000, 1, 1, 0, 0));
        String agency = context.isEnglish() && site.agency().englishName() != null ? site.agency().englishName() : site.agency().fullName();
        Atom feed = new Atom(context.lang(), context.absolute(documents.feedPath().value()), labels.get("documents.title") + " – " + agency,
                null, updated, agency, context.absolute(documents.feedPath().value()), context.absolute(documents.pagePath().value()));
        for (OfficialDocument document : newest) {
            String type = labels.get("documentType." + document.type().name());
            String url = context.absolute(documents.pathOf(document));
            feed.entry(new Atom.Entry(url, type + " " + document.number() + (document.summary() == null ? "" : ": " + document.summary()),
                    document.published().atStartOfDay(), document.issued().atStartOfDay(), url, document.summary(), document.issuer(),
                    type, document.files().stream().map(file -> new Atom.Enclosure(context.absolute(file.url().value()), file.title(),
                            mediaType(file.format()), file.bytes())).toList()));
        }
        return feed.end();
    }

    /** The media type of a file format (PDF → application/pdf), or {@code null} when unknown. */
    static String mediaType(String format) {
        if (format == null) {
            return null;
        }
        return switch (format.toLowerCase(Locale.ROOT)) {
            case "pdf" -> "application/pdf";
            case "docx" -> "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
            case "doc" -> "application/msword";
            case "xlsx" -> "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
            case "xls" -> "application/vnd.ms-excel";
            case "odt" -> "application/vnd.oasis.opendocument.text";
            default -> null;
        };
    }
}

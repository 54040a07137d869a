package dev.congkit.widgets.document;

import dev.congkit.core.render.Labels;
import dev.congkit.core.render.Pagination;
import dev.congkit.core.render.RenderContext;
import dev.congkit.core.render.Widget;
import dev.congkit.widgets.internal.Dates;
import dev.congkit.widgets.internal.Links;
import dev.congkit.widgets.internal.Slugs;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * The table of the commune's documents ({@code document-list}, DOCS-LIST): the newest first, with
 * a plain GET form that filters by type ({@code loai}), year ({@code nam}), issuer
 * ({@code co-quan}), field ({@code linh-vuc}) and searches number and summary ({@code q}, without
 * regard to diacritics), and page links ({@code trang}). Works without JavaScript.
 *
 * <p>Example:
 * <pre>{@code
 * String decisions2026 = renderer.render(DocumentListWidget.ID, RenderContext.of(site).withPath("/van-ban/xa")
 *         .withParam(DocumentListWidget.TYPE_PARAM, "quyet-dinh").withParam(DocumentListWidget.YEAR_PARAM, "2026"));
 * }</pre>
 */
public final class DocumentListWidget implements Widget {

    public static final String ID = "document-list";
    public static final String TYPE_PARAM = "loai";
    public static final String YEAR_PARAM = "nam";
    public static final String ISSUER_PARAM = "co-quan";
    public static final String FIELD_PARAM = "linh-vuc";
    public static final String QUERY_PARAM = "q";
    public static final String PAGE_PARAM = "trang";
    /** Longest search text taken from a request. */
    public static final int MAX_QUERY = 100;

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
        if (documents == null) {
            return null;
        }
        List<OfficialDocument> all = documents.newestFirst();
        Filter filter = Filter.of(context, all);
        List<OfficialDocument> shown = all.stream().filter(filter::accepts).toList();
        String path = documents.pagePath().value();
        Pagination pagination = Pagination.of(shown.size(), documents.pageSize(), Links.pageNumber(context.param(PAGE_PARAM)),
                page -> Links.withQuery(path, filter.query(context, page)));
        List<Row> rows = shown.subList(pagination.from(), pagination.until()).stream()
                .map(document -> Row.of(document, documents, labels, context.isEnglish())).toList();
        return new View(path, context.isEnglish(), filter, options(all, OfficialDocument::type, filter.type, labels),
                yearOptions(all, filter.year), textOptions(all, OfficialDocument::issuer, filter.issuer),
                textOptions(all, OfficialDocument::field, filter.field),
                labels.format(filter.any() ? "documents.found" : "documents.count", shown.size()), rows, pagination,
                documents.feedPath().value(), documents.provinceUrl() == null ? "" : documents.provinceUrl().value());
    }

    private static List<Option> options(List<OfficialDocument> all, Function<OfficialDocument, DocumentType> key, DocumentType selected,
                                        Labels labels) {
        return Arrays.stream(DocumentType.values()).filter(type -> all.stream().anyMatch(d -> key.apply(d) == type))
                .map(type -> new Option(type.slug(), labels.get("documentType." + type.name()), type == selected)).toList();
    }

    private static List<Option> yearOptions(List<OfficialDocument> all, Integer selected) {
        return all.stream().map(d -> d.issued().getYear()).distinct().sorted(Comparator.reverseOrder())
                .map(year -> new Option(year.toString(), year.toString(), year.equals(selected))).toList();
    }

    private static List<Option> textOptions(List<OfficialDocument> all, Function<OfficialDocument, String> value, String selected) {
        // keyed and sorted on the folded form, so that "Đất đai" sits among the d's
        Map<String, String> bySlug = new java.util.TreeMap<>();
        all.stream().map(value).filter(Objects::nonNull).forEach(text -> bySlug.putIfAbsent(Slugs.of(text), text));
        return bySlug.entrySet().stream().map(e -> new Option(e.getKey(), e.getValue(), e.getKey().equals(selected))).toList();
    }

    /**
     * The filters of one request; a value that names nothing is left out.
     *
     * <p>Example:
     * <pre>{@code
     * <input type="search" name="q" value="{{filter.text}}">
     * }</pre>
     */
    public static final class Filter {
        private final DocumentType type;
        private final Integer year;
        private final String issuer;
        private final String field;
        private final String text;
        private final List<String> words;

        private Filter(DocumentType type, Integer year, String issuer, String field, String text) {
            this.type = type;
            this.year = year;
            this.issuer = issuer;
            this.field = field;
            this.text = text;
            this.words = text.isEmpty() ? List.of() : List.of(Slugs.searchable(text).split(" "));
        }

        static Filter of(RenderContext context, List<OfficialDocument> all) {
            String year = context.param(YEAR_PARAM);
            String issuer = context.param(ISSUER_PARAM);
            String field = context.param(FIELD_PARAM);
            String text = Objects.requireNonNullElse(context.param(QUERY_PARAM), "").strip();
            return new Filter(DocumentType.fromSlug(context.param(TYPE_PARAM)).orElse(null),
                    year != null && year.matches("(19|20)[0-9]{2}") ? Integer.valueOf(year) : null,
                    all.stream().map(OfficialDocument::issuer).map(Slugs::of).filter(s -> s.equals(issuer)).findFirst().orElse(null),
                    all.stream().map(OfficialDocument::field).filter(Objects::nonNull).map(Slugs::of).filter(s -> s.equals(field))
                            .findFirst().orElse(null),
                    text.length() > MAX_QUERY ? text.substring(0, MAX_QUERY) : text);
        }

        boolean accepts(OfficialDocument document) {
            if (type != null && document.type() != type || year != null && document.issued().getYear() != year
                    || issuer != null && !Slugs.of(document.issuer()).equals(issuer)
                    || field != null && (document.field() == null || !Slugs.of(document.field()).equals(field))) {
                return false;
            }
            if (words.isEmpty()) {
                return true;
            }
            String haystack = " " + Slugs.searchable(document.number() + " " + Objects.requireNonNullElse(document.summary(), "")) + " ";
            String compactNumber = Slugs.of(document.number()).replace("-", "");
            return words.stream().allMatch(word -> haystack.contains(word) || compactNumber.contains(word));
        }

        boolean any() {
            return type != null || year != null || issuer != null || field != null || !text.isEmpty();
        }

        Map<String, String> query(RenderContext context, int page) {
            Map<String, String> query = new LinkedHashMap<>();
            query.put(TYPE_PARAM, type == null ? null : type.slug());
            query.put(YEAR_PARAM, year == null ? null : year.toString());
            query.put(ISSUER_PARAM, issuer);
            query.put(FIELD_PARAM, field);
            query.put(QUERY_PARAM, text);
            query.put(PAGE_PARAM, page > 1 ? Integer.toString(page) : null);
            query.put("lang", context.isEnglish() ? "en" : null);
            return query;
        }

        /** The search text as typed (trimmed, at most {@value #MAX_QUERY} characters). */
        public String text() {
            return text;
        }
    }

    /**
     * What the template reads.
     *
     * <p>Example:
     * <pre>{@code
     * <form action="{{pagePath}}" method="get">…</form>{{#rows}}<a href="{{url}}">{{document.number}}</a>{{/rows}}
     * }</pre>
     */
    public record View(String pagePath, boolean english, Filter filter, List<Option> types, List<Option> years, List<Option> issuers,
                       List<Option> fields, String count, List<Row> rows, Pagination pagination, String feedUrl, String provinceUrl) {

        public boolean filtered() {
            return filter.any();
        }

        public boolean hasRows() {
            return !rows.isEmpty();
        }

        public boolean hasFields() {
            return !fields.isEmpty();
        }

        public boolean hasProvince() {
            return !provinceUrl.isEmpty();
        }
    }

    /**
     * A choice of a filter.
     *
     * <p>Example:
     * <pre>{@code
     * {{#types}}<option value="{{value}}"{{#selected}} selected{{/selected}}>{{label}}</option>{{/types}}
     * }</pre>
     */
    public record Option(String value, String label, boolean selected) {
    }

    /**
     * One document in the table: the document itself and what is worked out for it.
     *
     * <p>Example:
     * <pre>{@code
     * {{#rows}}<tr><th scope="row"><a href="{{url}}">{{document.number}}</a></th><td>{{document.summary}}</td></tr>{{/rows}}
     * }</pre>
     */
    public record Row(OfficialDocument document, String url, String type, String issued, List<FileLink> files) {

        static Row of(OfficialDocument document, Documents documents, Labels labels, boolean english) {
            return new Row(document, documents.pathOf(document), labels.get("documentType." + document.type().name()),
                    Dates.day(document.issued()), FileLink.all(document, english));
        }
    }

    /**
     * A file's link with its format and size: "PDF, 240 KB".
     *
     * <p>Example:
     * <pre>{@code
     * {{#files}}<a href="{{attachment.url.value}}">{{attachment.title}}</a> ({{details}}){{/files}}
     * }</pre>
     */
    public record FileLink(Attachment attachment, String details) {

        static List<FileLink> all(OfficialDocument document, boolean english) {
            List<FileLink> links = new ArrayList<>();
            for (Attachment file : document.files()) {
                String details = String.join(", ", Stream.of(file.format(),
                        file.bytes() == null ? null : Links.size(file.bytes(), english)).filter(Objects::nonNull).toList());
                links.add(new FileLink(file, details));
            }
            return links;
        }

        public boolean hasDetails() {
            return !details.isEmpty();
        }
    }
}

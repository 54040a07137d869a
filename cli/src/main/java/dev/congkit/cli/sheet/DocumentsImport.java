package dev.congkit.cli.sheet;

import dev.congkit.core.i18n.Bilingual;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.congkit.core.config.ConfigProblem;
import dev.congkit.core.model.WebLink;
import dev.congkit.widgets.document.DocumentNumber;
import dev.congkit.widgets.document.DocumentType;
import dev.congkit.widgets.document.OfficialDocument;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Rows of a register of outgoing documents ("Sổ đăng ký văn bản đi": Số/ký hiệu, Ngày ban hành,
 * Loại văn bản, Trích yếu, Người ký, Lĩnh vực, Cơ quan ban hành, Tệp) merged into a site's
 * {@code documents.items}: a document of the same number issued the same year is updated, any other
 * is added. The type comes from its column, else from the symbol ({@code QĐ} in {@code 05/QĐ-UBND}),
 * else from the first words of the summary ("Quyết định về việc …"); a symbol that names no type is a
 * công văn. The issuer defaults to the agency's short name.
 */
public final class DocumentsImport {

    private static final Headers.Column NUMBER = Headers.Column.required("Số/ký hiệu", "Số, ký hiệu văn bản", "Số ký hiệu", "Số hiệu",
            "Số và ký hiệu");
    private static final Headers.Column ISSUED = Headers.Column.required("Ngày ban hành", "Ngày tháng văn bản", "Ngày văn bản", "Ngày");
    private static final Headers.Column SUMMARY = Headers.Column.required("Trích yếu", "Trích yếu nội dung", "Tên loại và trích yếu nội dung");
    private static final Headers.Column TYPE = Headers.Column.optional("Loại văn bản", "Loại", "Tên loại");
    private static final Headers.Column SIGNER = Headers.Column.optional("Người ký");
    private static final Headers.Column FIELD = Headers.Column.optional("Lĩnh vực");
    private static final Headers.Column ISSUER = Headers.Column.optional("Cơ quan ban hành", "Nơi ban hành");
    private static final Headers.Column EFFECTIVE = Headers.Column.optional("Ngày hiệu lực", "Ngày có hiệu lực");
    private static final Headers.Column FILE = Headers.Column.optional("Tệp", "Tệp đính kèm", "Đường dẫn tệp", "File");
    private static final List<Headers.Column> COLUMNS = List.of(NUMBER, ISSUED, SUMMARY, TYPE, SIGNER, FIELD, ISSUER, EFFECTIVE, FILE);
    /** Type names as a summary may begin with them, longest first: "Quyết định về việc …". */
    private static final Map<String, DocumentType> NAMES = Map.ofEntries(
            Map.entry("nghi quyet", DocumentType.NGHI_QUYET), Map.entry("quyet dinh", DocumentType.QUYET_DINH),
            Map.entry("chi thi", DocumentType.CHI_THI), Map.entry("ke hoach", DocumentType.KE_HOACH),
            Map.entry("bao cao", DocumentType.BAO_CAO), Map.entry("thong bao", DocumentType.THONG_BAO),
            Map.entry("cong van", DocumentType.CONG_VAN), Map.entry("to trinh", DocumentType.TO_TRINH),
            Map.entry("huong dan", DocumentType.HUONG_DAN), Map.entry("ket luan", DocumentType.KET_LUAN),
            Map.entry("chuong trinh", DocumentType.CHUONG_TRINH), Map.entry("quy che", DocumentType.QUY_CHE),
            Map.entry("cong dien", DocumentType.CONG_DIEN), Map.entry("giay moi", DocumentType.GIAY_MOI),
            Map.entry("bien ban", DocumentType.BIEN_BAN));

    /** What an import did. */
    public record Result(int added, int updated) {
    }

    private DocumentsImport() {
    }

    public static Result merge(SheetTable table, ObjectNode site, List<ConfigProblem> problems) {
        Map<Headers.Column, Integer> at = Headers.find(table, COLUMNS, problems);
        if (!problems.isEmpty()) {
            return new Result(0, 0);
        }
        ObjectNode documents = site.has("documents") ? (ObjectNode) site.get("documents") : site.putObject("documents");
        ArrayNode items = documents.has("items") ? (ArrayNode) documents.get("items") : documents.putArray("items");
        String defaultIssuer = site.path("agency").path("shortName").asText(site.path("agency").path("fullName").asText(""));
        int added = 0;
        int updated = 0;
        for (SheetTable.Row row : table.rows()) {
            int before = problems.size();
            String number = row.cell(at.get(NUMBER)).replaceAll("\\s*([/-])\\s*", "$1");
            DocumentNumber.problem(number).ifPresent(p -> problems.add(table.problem(row, at.get(NUMBER), p)));
            LocalDate issued = date(table, row, at.get(ISSUED), problems, true);
            LocalDate effective = at.containsKey(EFFECTIVE) ? date(table, row, at.get(EFFECTIVE), problems, false) : null;
            String summary = row.cell(at.get(SUMMARY));
            if (summary.isEmpty()) {
                problems.add(table.problem(row, at.get(SUMMARY), Bilingual.of("trống: ghi trích yếu đúng như trên văn bản", "is empty: give the summary (trích yếu) as it stands on the document")));
            }
            Optional<DocumentType> named = at.containsKey(TYPE) ? type(row.cell(at.get(TYPE))) : Optional.empty();
            if (at.containsKey(TYPE) && !row.cell(at.get(TYPE)).isEmpty() && named.isEmpty()) {
                problems.add(table.problem(row, at.get(TYPE), Bilingual.of("phải là một loại văn bản như Quyết định, Kế hoạch, Công văn, "
                        + "Báo cáo hoặc Thông báo, nhưng đang là '" + row.cell(at.get(TYPE)) + "'", "must be a type of document such as Quyết định, Kế hoạch, Công văn, "
                        + "Báo cáo or Thông báo, but was '" + row.cell(at.get(TYPE)) + "'")));
            }
            String file = at.containsKey(FILE) ? row.cell(at.get(FILE)) : "";
            if (!file.isEmpty()) {
                try {
                    WebLink link = WebLink.of(file);
                    if (!link.isWeb() && !link.isSiteRelative()) {
                        problems.add(table.problem(row, at.get(FILE), Bilingual.of("phải là liên kết https, http hoặc trong trang tới tệp, nhưng đang là '" + file + "'",
                                "must be an https, http or site-relative link to the file, but was '" + file + "'")));
                    }
                } catch (IllegalArgumentException e) {
                    problems.add(table.problem(row, at.get(FILE), SheetTable.reason(e)));
                }
            }
            if (problems.size() > before) {
                continue;
            }
            String leading = leadingType(summary).orElse(null);
            DocumentType type = named.or(() -> DocumentNumber.typeAbbreviation(number).flatMap(DocumentType::fromAbbreviation))
                    .or(() -> Optional.ofNullable(leading).map(NAMES::get)).orElse(DocumentType.CONG_VAN);
            String slug = slug(number, issued);
            ObjectNode document = find(items, slug);
            if (document == null) {
                document = items.addObject();
                added++;
            } else {
                updated++;
            }
            document.put("slug", slug).put("type", type.name()).put("number", number).put("issued", issued.toString());
            String issuer = at.containsKey(ISSUER) && !row.cell(at.get(ISSUER)).isEmpty() ? row.cell(at.get(ISSUER)) : defaultIssuer;
            document.put("issuer", issuer).put("summary", leading != null ? withoutType(summary) : summary);
            putIfPresent(document, "signer", at.containsKey(SIGNER) ? row.cell(at.get(SIGNER)) : "");
            putIfPresent(document, "field", at.containsKey(FIELD) ? row.cell(at.get(FIELD)) : "");
            if (effective != null) {
                document.put("effective", effective.toString());
            }
            if (!file.isEmpty() && !document.has("files")) {
                document.putArray("files").addObject().put("title", "Tệp văn bản " + number).put("url", file);
            }
        }
        return new Result(added, updated);
    }

    private static LocalDate date(SheetTable table, SheetTable.Row row, int column, List<ConfigProblem> problems, boolean required) {
        String text = row.cell(column);
        if (text.isEmpty()) {
            if (required) {
                problems.add(table.problem(row, column, Bilingual.of("trống: ghi ngày ban hành văn bản", "is empty: give the date the document was issued")));
            }
            return null;
        }
        LocalDate date = Cells.date(text);
        if (date == null) {
            problems.add(table.problem(row, column, Bilingual.of("phải là một ngày như 12/01/2026, nhưng đang là '" + text + "'", "must be a date such as 12/01/2026, but was '" + text + "'")));
        }
        return date;
    }

    private static Optional<DocumentType> type(String text) {
        String plain = Headers.plain(text);
        return Optional.ofNullable(NAMES.get(plain)).or(() -> DocumentType.fromAbbreviation(text))
                .or(() -> Arrays.stream(DocumentType.values()).filter(t -> t.name().equalsIgnoreCase(text.strip())).findFirst());
    }

    /** The type name a summary begins with ("Quyết định về việc …" → "quyet dinh"), if any. */
    private static Optional<String> leadingType(String summary) {
        String plain = Headers.plain(summary);
        return NAMES.keySet().stream().filter(name -> plain.startsWith(name + " ")).findFirst();
    }

    /** "Quyết định về việc ban hành …" → "Về việc ban hành …". */
    private static String withoutType(String summary) {
        String[] words = summary.strip().split("\\s+", 3);
        String rest = words.length > 2 ? words[2] : "";
        return rest.isEmpty() ? summary : Character.toUpperCase(rest.charAt(0)) + rest.substring(1);
    }

    /** The list's key: the document's own default slug, from the number and the year. */
    private static String slug(String number, LocalDate issued) {
        return OfficialDocument.builder(DocumentType.CONG_VAN, number, issued, "-").build().slug();
    }

    private static ObjectNode find(ArrayNode items, String slug) {
        for (JsonNode item : items) {
            String existing = item.path("slug").asText("");
            if (existing.isEmpty() && Cells.date(item.path("issued").asText("")) != null && !item.path("number").asText("").isBlank()) {
                existing = slug(item.path("number").asText(), Cells.date(item.path("issued").asText()));
            }
            if (existing.equals(slug)) {
                return (ObjectNode) item;
            }
        }
        return null;
    }

    private static void putIfPresent(ObjectNode node, String field, String value) {
        if (!value.isEmpty()) {
            node.put(field, value);
        }
    }
}

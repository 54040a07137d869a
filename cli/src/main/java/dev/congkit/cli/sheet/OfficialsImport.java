package dev.congkit.cli.sheet;

import dev.congkit.core.i18n.Bilingual;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.congkit.core.config.ConfigProblem;
import dev.congkit.core.model.Email;
import dev.congkit.core.model.PhoneNumber;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Rows of a list of officials (Họ và tên, Chức vụ, Điện thoại, Email, Cơ quan) merged into a site's
 * {@code officials}: an official of the same full name is updated (her id, photo, duties and dates
 * stay), anyone else is added with an id made from the name ("Nguyễn Thị Hường" → nguyen-thi-huong).
 */
public final class OfficialsImport {

    private static final Headers.Column NAME = Headers.Column.required("Họ và tên", "Họ tên", "Tên");
    private static final Headers.Column POSITION = Headers.Column.required("Chức vụ");
    private static final Headers.Column PHONE = Headers.Column.required("Điện thoại", "Số điện thoại", "SĐT");
    private static final Headers.Column EMAIL = Headers.Column.optional("Email", "Thư điện tử");
    private static final Headers.Column UNIT = Headers.Column.required("Cơ quan", "Đơn vị");
    private static final List<Headers.Column> COLUMNS = List.of(NAME, POSITION, PHONE, EMAIL, UNIT);

    /** What an import did. */
    public record Result(int added, int updated) {
    }

    private OfficialsImport() {
    }

    public static Result merge(SheetTable table, ObjectNode site, List<ConfigProblem> problems) {
        Map<Headers.Column, Integer> at = Headers.find(table, COLUMNS, problems);
        if (!problems.isEmpty()) {
            return new Result(0, 0);
        }
        ArrayNode officials = site.has("officials") ? (ArrayNode) site.get("officials") : site.putArray("officials");
        Set<String> ids = new HashSet<>();
        officials.forEach(o -> ids.add(o.path("id").asText()));
        int added = 0;
        int updated = 0;
        for (SheetTable.Row row : table.rows()) {
            int before = problems.size();
            String name = row.cell(at.get(NAME));
            String position = row.cell(at.get(POSITION));
            String unit = row.cell(at.get(UNIT));
            for (Headers.Column column : List.of(NAME, POSITION, UNIT)) {
                if (row.cell(at.get(column)).isEmpty()) {
                    problems.add(table.problem(row, at.get(column), Bilingual.of("trống", "is empty")));
                }
            }
            String phone = valid(table, row, at.get(PHONE), problems, true);
            String email = at.containsKey(EMAIL) ? valid(table, row, at.get(EMAIL), problems, false) : null;
            if (problems.size() > before) {
                continue;
            }
            ObjectNode official = find(officials, name);
            if (official == null) {
                official = officials.addObject().put("id", id(name, ids)).put("fullName", name);
                added++;
            } else {
                updated++;
            }
            official.put("position", position).put("unit", unit).put("phone", phone);
            if (email != null) {
                official.put("email", email);
            }
        }
        return new Result(added, updated);
    }

    /** The cell as a phone number or an e-mail address, checked as the site model checks it. */
    private static String valid(SheetTable table, SheetTable.Row row, int column, List<ConfigProblem> problems, boolean phone) {
        String text = row.cell(column);
        if (text.isEmpty()) {
            if (phone) {
                problems.add(table.problem(row, column, Bilingual.of("trống: cán bộ nào cũng phải có số điện thoại", "is empty: every official has a telephone")));
            }
            return null;
        }
        try {
            return phone ? PhoneNumber.of(text).value() : Email.of(text).value();
        } catch (IllegalArgumentException e) {
            problems.add(table.problem(row, column, SheetTable.reason(e)));
            return null;
        }
    }

    private static ObjectNode find(ArrayNode officials, String name) {
        for (JsonNode official : officials) {
            if (Headers.plain(official.path("fullName").asText()).equals(Headers.plain(name))) {
                return (ObjectNode) official;
            }
        }
        return null;
    }

    /** nguyen-thi-huong, or nguyen-thi-huong-2 when taken. */
    private static String id(String name, Set<String> ids) {
        String base = Headers.plain(name).replace(' ', '-');
        String id = base;
        for (int n = 2; !ids.add(id); n++) {
            id = base + "-" + n;
        }
        return id;
    }
}

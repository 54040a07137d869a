package dev.congkit.cli.sheet;

import dev.congkit.core.i18n.Bilingual;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.congkit.core.config.ConfigProblem;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.temporal.IsoFields;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Rows of a leaders' weekly schedule (Thứ, Ngày, Buổi, Thời gian, Nội dung, Chủ trì, Thành phần, Địa
 * điểm, Đơn vị chuẩn bị, Ghi chú) merged into {@code leaderSchedule.weeks} of a site: each row goes
 * to the week of its date; a row with the same date and start time replaces the entry there.
 */
public final class ScheduleImport {

    private static final Headers.Column WEEKDAY = Headers.Column.optional("Thứ");
    private static final Headers.Column DATE = Headers.Column.required("Ngày", "Ngày tháng");
    private static final Headers.Column SESSION = Headers.Column.optional("Buổi");
    private static final Headers.Column TIME = Headers.Column.required("Thời gian", "Giờ");
    private static final Headers.Column CONTENT = Headers.Column.required("Nội dung", "Nội dung công việc");
    private static final Headers.Column CHAIR = Headers.Column.optional("Chủ trì", "Lãnh đạo chủ trì");
    private static final Headers.Column PARTICIPANTS = Headers.Column.optional("Thành phần", "Thành phần tham dự");
    private static final Headers.Column LOCATION = Headers.Column.optional("Địa điểm");
    private static final Headers.Column PREPARED_BY = Headers.Column.optional("Đơn vị chuẩn bị", "Chuẩn bị");
    private static final Headers.Column NOTES = Headers.Column.optional("Ghi chú");
    private static final List<Headers.Column> COLUMNS = List.of(WEEKDAY, DATE, SESSION, TIME, CONTENT, CHAIR, PARTICIPANTS, LOCATION,
            PREPARED_BY, NOTES);

    /** What an import did. */
    public record Result(int rows, int replaced, List<String> weeks) {
    }

    private ScheduleImport() {
    }

    /**
     * Merges {@code table} into {@code site}; every bad row is a problem (and then {@code site} must
     * not be written).
     */
    public static Result merge(SheetTable table, ObjectNode site, LocalDateTime now, List<ConfigProblem> problems) {
        Map<Headers.Column, Integer> at = Headers.find(table, COLUMNS, problems);
        if (!problems.isEmpty()) {
            return new Result(0, 0, List.of());
        }
        JsonNode officials = site.path("officials");
        List<ObjectNode> entries = new ArrayList<>();
        for (SheetTable.Row row : table.rows()) {
            ObjectNode entry = entry(table, row, at, officials, problems);
            if (entry != null) {
                entries.add(entry);
            }
        }
        if (!problems.isEmpty()) {
            return new Result(0, 0, List.of());
        }
        ObjectNode schedule = site.has("leaderSchedule") ? (ObjectNode) site.get("leaderSchedule") : site.putObject("leaderSchedule");
        ArrayNode weeks = schedule.has("weeks") ? (ArrayNode) schedule.get("weeks") : schedule.putArray("weeks");
        int replaced = 0;
        List<String> touched = new ArrayList<>();
        for (ObjectNode entry : entries) {
            LocalDate date = LocalDate.parse(entry.get("date").asText());
            String key = String.format("%d-W%02d", date.get(IsoFields.WEEK_BASED_YEAR), date.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
            ObjectNode week = WeekMerge.week(weeks, key);
            week.put("updated", now.withSecond(0).withNano(0).toString());
            ArrayNode list = week.has("entries") ? (ArrayNode) week.get("entries") : week.putArray("entries");
            replaced += WeekMerge.place(list, entry) ? 1 : 0;
            if (!touched.contains(key)) {
                touched.add(key);
            }
        }
        for (JsonNode week : weeks) {
            WeekMerge.sort((ArrayNode) week.path("entries"));
        }
        return new Result(entries.size(), replaced, touched);
    }

    private static ObjectNode entry(SheetTable table, SheetTable.Row row, Map<Headers.Column, Integer> at, JsonNode officials,
                                    List<ConfigProblem> problems) {
        int before = problems.size();
        ObjectNode entry = com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode();
        String dateText = row.cell(at.get(DATE));
        LocalDate date = Cells.date(dateText);
        if (date == null) {
            problems.add(table.problem(row, at.get(DATE), Bilingual.of("không phải một ngày như 14/12/2026: '" + dateText + "'", "is not a date such as 14/12/2026, but was '" + dateText + "'")));
        } else {
            entry.put("date", date.toString());
            String weekday = text(row, at, WEEKDAY);
            if (weekday != null && !Cells.sameDay(weekday, date.getDayOfWeek())) {
                problems.add(table.problem(row, at.get(WEEKDAY), Bilingual.of("ghi '" + weekday + "', nhưng ngày " + dateText + " là "
                        + Cells.weekday(date.getDayOfWeek()), "says '" + weekday + "', but " + dateText + " is "
                        + Cells.weekday(date.getDayOfWeek()))));
            }
        }
        String timeText = row.cell(at.get(TIME));
        LocalTime[] times = Cells.times(timeText);
        if (times == null) {
            problems.add(table.problem(row, at.get(TIME), Bilingual.of("không phải một giờ như 07:30, 7h30, 7g30 hoặc 07:30 - 09:00: '" + timeText + "'",
                    "is not a time such as 07:30, 7h30, 7g30 or 07:30 - 09:00, but was '" + timeText + "'")));
        } else {
            entry.put("start", times[0].toString());
            if (times[1] != null) {
                entry.put("end", times[1].toString());
            }
        }
        String session = text(row, at, SESSION);
        if (session != null) {
            if (Cells.session(session) == null) {
                problems.add(table.problem(row, at.get(SESSION), Bilingual.of("không phải Sáng, Chiều hay Tối: '" + session + "'", "is not Sáng, Chiều or Tối, but was '" + session + "'")));
            } else {
                entry.put("session", Cells.session(session));
            }
        }
        String content = text(row, at, CONTENT);
        if (content == null) {
            problems.add(table.problem(row, at.get(CONTENT), Bilingual.of("trống: dòng nào cũng phải ghi nội dung công việc", "is empty: every row says what happens")));
        } else {
            entry.put("content", content);
        }
        String chair = text(row, at, CHAIR);
        if (chair != null) {
            Leaders.match(chair, officials).ifPresentOrElse(id -> entry.put("leader", id), () -> entry.put("chair", chair));
        }
        put(entry, "participants", text(row, at, PARTICIPANTS));
        put(entry, "location", text(row, at, LOCATION));
        put(entry, "preparedBy", text(row, at, PREPARED_BY));
        put(entry, "notes", text(row, at, NOTES));
        return problems.size() == before ? entry : null;
    }

    private static String text(SheetTable.Row row, Map<Headers.Column, Integer> at, Headers.Column column) {
        Integer index = at.get(column);
        String text = index == null ? "" : row.cell(index);
        return text.isEmpty() ? null : text;
    }

    private static void put(ObjectNode entry, String field, String value) {
        if (value != null) {
            entry.put(field, value);
        }
    }
}

package dev.congkit.store.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

import static dev.congkit.store.internal.Column.Kind.BOOL;
import static dev.congkit.store.internal.Column.Kind.DATE;
import static dev.congkit.store.internal.Column.Kind.INT;
import static dev.congkit.store.internal.Column.Kind.TIME;
import static dev.congkit.store.internal.Column.Kind.TIMESTAMP;
import static dev.congkit.store.internal.Column.of;
import static dev.congkit.store.internal.Column.text;

/**
 * The row tables of schema 1 and the part of {@code site.json} each holds: {@code officials},
 * {@code leaderSchedule.weeks} (with their entries) and {@code banners.items}. Internal.
 */
public final class Tables {

    static final List<Column> OFFICIAL = List.of(text("id", "id"), text("fullName", "full_name"), text("position", "position_name"),
            text("positionEn", "position_en"), text("unit", "unit_name"), text("unitEn", "unit_en"), text("phone", "phone"),
            text("email", "email"), text("photo", "photo"), text("duties", "duties"), text("dutiesEn", "duties_en"),
            text("biography", "biography"), text("biographyEn", "biography_en"), of("activeFrom", "active_from", DATE),
            of("activeUntil", "active_until", DATE));
    static final List<Column> WEEK = List.of(text("week", "week"), text("approvedBy", "approved_by"),
            of("updated", "updated", TIMESTAMP), text("note", "note"));
    static final List<Column> ENTRY = List.of(text("id", "entry_id"), of("date", "entry_date", DATE), text("session", "day_part"),
            of("start", "start_time", TIME), of("end", "end_time", TIME), text("content", "content"), text("leader", "leader"),
            text("chair", "chair"), text("participants", "participants"), text("location", "location"),
            text("preparedBy", "prepared_by"), text("notes", "notes"), of("changed", "changed", BOOL),
            of("cancelled", "cancelled", BOOL), of("sequence", "revision", INT));
    static final List<Column> BANNER = List.of(text("key", "banner_key"), text("image.src", "image_src"), text("image.alt", "image_alt"),
            of("image.decorative", "decorative", BOOL), text("link", "link"), text("slot", "slot"), of("validFrom", "valid_from", DATE),
            of("validUntil", "valid_until", DATE), of("permanent", "permanent", BOOL), of("width", "width", INT),
            of("height", "height", INT), of("order", "position_no", INT));

    /** The tables a site's rows are in, children first (the order rows are deleted in). */
    public static final List<String> ALL = List.of("ck_schedule_entry", "ck_schedule_week", "ck_official", "ck_banner", "ck_section");

    private Tables() {
    }

    /** Moves the row parts out of {@code site} into the tables; {@code site} keeps the rest. */
    public static void write(Connection connection, long siteId, ObjectNode site) throws SQLException {
        if (site.get("officials") instanceof ArrayNode officials) {
            insertAll(connection, "ck_official", siteId, List.of(), officials, OFFICIAL);
            site.set("officials", JsonNodeFactory.instance.arrayNode());
        }
        if (site.get("leaderSchedule") instanceof ObjectNode schedule && schedule.get("weeks") instanceof ArrayNode weeks) {
            insertAll(connection, "ck_schedule_week", siteId, List.of(), weeks, WEEK);
            for (JsonNode week : weeks) {
                if (week.get("entries") instanceof ArrayNode entries) {
                    insertAll(connection, "ck_schedule_entry", siteId, List.of(week.path("week").asText()), entries, ENTRY);
                }
            }
            schedule.set("weeks", JsonNodeFactory.instance.arrayNode());
        }
        if (site.get("banners") instanceof ObjectNode banners && banners.get("items") instanceof ArrayNode items) {
            insertAll(connection, "ck_banner", siteId, List.of(), items, BANNER);
            banners.set("items", JsonNodeFactory.instance.arrayNode());
        }
    }

    /** Puts the rows back where {@code site}'s sections left room for them. */
    public static void read(Connection connection, long siteId, ObjectNode site) throws SQLException {
        if (site.get("officials") instanceof ArrayNode officials) {
            officials.addAll(select(connection, "ck_official", siteId, null, OFFICIAL));
        }
        if (site.get("leaderSchedule") instanceof ObjectNode schedule && schedule.get("weeks") instanceof ArrayNode weeks) {
            for (ObjectNode week : select(connection, "ck_schedule_week", siteId, null, WEEK)) {
                week.set("entries", JsonNodeFactory.instance.arrayNode().addAll(
                        select(connection, "ck_schedule_entry", siteId, week.path("week").asText(), ENTRY)));
                weeks.add(week);
            }
        }
        if (site.get("banners") instanceof ObjectNode banners && banners.get("items") instanceof ArrayNode items) {
            items.addAll(select(connection, "ck_banner", siteId, null, BANNER));
        }
    }

    private static void insertAll(Connection connection, String table, long siteId, List<String> keys, ArrayNode rows, List<Column> columns)
            throws SQLException {
        StringBuilder names = new StringBuilder("site_id, sort_order");
        if (!keys.isEmpty()) {
            names.append(", week");
        }
        columns.forEach(c -> names.append(", ").append(c.sql()));
        int count = 2 + keys.size() + columns.size();
        String sql = "insert into " + table + " (" + names + ") values (" + "?, ".repeat(count - 1) + "?)";
        try (PreparedStatement insert = connection.prepareStatement(sql)) {
            for (int i = 0; i < rows.size(); i++) {
                covered(table, rows.get(i), columns);
                int p = 1;
                insert.setLong(p++, siteId);
                insert.setInt(p++, i);
                for (String key : keys) {
                    insert.setString(p++, key);
                }
                for (Column column : columns) {
                    column.bind(insert, p++, rows.get(i));
                }
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }

    /** Refuses a row with a field no column holds (a newer site.json than this schema), rather than losing it. */
    private static void covered(String table, JsonNode row, List<Column> columns) {
        row.fieldNames().forEachRemaining(name -> {
            boolean known = name.equals("entries") || columns.stream().anyMatch(c -> c.field().equals(name) || c.field().startsWith(name + "."));
            if (!known) {
                throw new IllegalArgumentException("the store has no column for '" + name + "' in " + table
                        + "; a newer CổngKit store schema is needed");
            }
        });
    }

    private static List<ObjectNode> select(Connection connection, String table, long siteId, String week, List<Column> columns)
            throws SQLException {
        String sql = "select * from " + table + " where site_id = ?" + (week != null ? " and week = ?" : "") + " order by sort_order";
        List<ObjectNode> rows = new ArrayList<>();
        try (PreparedStatement select = connection.prepareStatement(sql)) {
            select.setLong(1, siteId);
            if (week != null) {
                select.setString(2, week);
            }
            try (ResultSet result = select.executeQuery()) {
                while (result.next()) {
                    ObjectNode row = JsonNodeFactory.instance.objectNode();
                    for (Column column : columns) {
                        column.read(result, row);
                    }
                    rows.add(row);
                }
            }
        }
        return rows;
    }
}

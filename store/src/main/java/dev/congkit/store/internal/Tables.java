package dev.congkit.store.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import dev.congkit.core.model.SiteConfig;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

import static dev.congkit.store.internal.Column.Kind.BOOL;
import static dev.congkit.store.internal.Column.Kind.DATE;
import static dev.congkit.store.internal.Column.Kind.INT;
import static dev.congkit.store.internal.Column.Kind.JSON;
import static dev.congkit.store.internal.Column.Kind.LONG;
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

    static final List<Column> DOCUMENT = List.of(text("slug", "slug"), text("type", "doc_type"), text("number", "doc_number"),
            of("issued", "issued", DATE), text("issuer", "issuer"), text("summary", "summary"), text("signer", "signer"),
            of("effective", "effective", DATE), of("expires", "expires", DATE), text("field", "field"), of("published", "published", DATE));
    static final List<Column> DOCUMENT_FILE = List.of(text("title", "title"), text("url", "url"), of("bytes", "bytes", LONG),
            text("format", "format"));
    static final List<Column> CATEGORY = List.of(text("id", "id"), text("name", "name"), text("nameEn", "name_en"), text("parent", "parent"),
            text("pagePath", "page_path"), of("from", "valid_from", DATE), of("until", "valid_until", DATE));
    static final List<Column> ARTICLE = List.of(text("slug", "slug"), text("title", "title"), text("summary", "summary"),
            of("published", "published", TIMESTAMP), of("updated", "updated", TIMESTAMP), text("author", "author"), text("source", "source"),
            text("category", "category"), text("image.src", "image_src"), text("image.alt", "image_alt"), text("image.caption", "image_caption"),
            text("image.credit", "image_credit"), of("image.width", "image_width", INT), of("image.height", "image_height", INT),
            text("body", "body"));
    static final List<Column> ALBUM = List.of(text("slug", "slug"), text("title", "title"), of("date", "album_date", DATE),
            text("description", "description"));
    static final List<Column> PHOTO = List.of(text("src", "src"), text("full", "full_src"), text("alt", "alt"), text("caption", "caption"),
            of("width", "width", INT), of("height", "height", INT), of("variants", "variants", JSON));
    static final List<Column> VIDEO = List.of(text("title", "title"), of("date", "video_date", DATE), text("src", "src"),
            text("poster", "poster"), text("captions", "captions"), text("captionsLanguage", "captions_lang"),
            text("description", "description"), text("type", "media_type"));

    /** The tables a site's rows are in, children first (the order rows are deleted in). */
    public static final List<String> ALL = List.of("ck_schedule_entry", "ck_schedule_week", "ck_official", "ck_banner",
            "ck_document_file", "ck_document", "ck_article", "ck_news_category", "ck_photo", "ck_album", "ck_video", "ck_section");

    private Tables() {
    }

    /**
     * Moves the row parts out of {@code site} into the tables; {@code site} keeps the rest.
     * {@code bound} is the same site validated: slugs left to their default and article bodies are
     * stored as they came out of the record (slug made, HTML sanitised).
     */
    public static void write(Connection connection, long siteId, ObjectNode site, SiteConfig bound) throws SQLException {
        ContentRows.normalise(site, bound);
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
        writeNested(connection, siteId, site, "documents", "items", "ck_document", DOCUMENT, "files", "ck_document_file", DOCUMENT_FILE);
        writeNested(connection, siteId, site, "news", "categories", "ck_news_category", CATEGORY, null, null, null);
        writeNested(connection, siteId, site, "news", "articles", "ck_article", ARTICLE, null, null, null);
        writeNested(connection, siteId, site, "gallery", "albums", "ck_album", ALBUM, "photos", "ck_photo", PHOTO);
        writeNested(connection, siteId, site, "gallery", "videos", "ck_video", VIDEO, null, null, null);
    }

    /** {@code section.list} into {@code table}, each row's {@code children} list (keyed by its slug) into {@code childTable}. */
    private static void writeNested(Connection connection, long siteId, ObjectNode site, String section, String list, String table,
                                    List<Column> columns, String children, String childTable, List<Column> childColumns) throws SQLException {
        if (!(site.get(section) instanceof ObjectNode parent) || !(parent.get(list) instanceof ArrayNode rows)) {
            return;
        }
        insertAll(connection, table, siteId, List.of(), rows, columns, children);
        if (children != null) {
            for (JsonNode row : rows) {
                if (row.get(children) instanceof ArrayNode items) {
                    insertAll(connection, childTable, siteId, List.of(row.path("slug").asText()), items, childColumns, null);
                }
            }
        }
        parent.set(list, JsonNodeFactory.instance.arrayNode());
    }

    private static void readNested(Connection connection, long siteId, ObjectNode site, String section, String list, String table,
                                   List<Column> columns, String children, String childTable, List<Column> childColumns) throws SQLException {
        if (!(site.get(section) instanceof ObjectNode parent) || !(parent.get(list) instanceof ArrayNode rows)) {
            return;
        }
        for (ObjectNode row : select(connection, table, siteId, null, columns)) {
            if (children != null) {
                row.set(children, JsonNodeFactory.instance.arrayNode().addAll(
                        select(connection, childTable, siteId, row.path("slug").asText(), childColumns)));
            }
            rows.add(row);
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
        readNested(connection, siteId, site, "documents", "items", "ck_document", DOCUMENT, "files", "ck_document_file", DOCUMENT_FILE);
        readNested(connection, siteId, site, "news", "categories", "ck_news_category", CATEGORY, null, null, null);
        readNested(connection, siteId, site, "news", "articles", "ck_article", ARTICLE, null, null, null);
        readNested(connection, siteId, site, "gallery", "albums", "ck_album", ALBUM, "photos", "ck_photo", PHOTO);
        readNested(connection, siteId, site, "gallery", "videos", "ck_video", VIDEO, null, null, null);
    }

    private static void insertAll(Connection connection, String table, long siteId, List<String> keys, ArrayNode rows, List<Column> columns)
            throws SQLException {
        insertAll(connection, table, siteId, keys, rows, columns, "entries");
    }

    /** Inserts {@code rows}; a row's {@code children} field is written by the caller, into its own table. */
    private static void insertAll(Connection connection, String table, long siteId, List<String> keys, ArrayNode rows, List<Column> columns,
                                  String children) throws SQLException {
        StringBuilder names = new StringBuilder("site_id, sort_order");
        if (!keys.isEmpty()) {
            names.append(", ").append(parentColumn(table));
        }
        columns.forEach(c -> names.append(", ").append(c.sql()));
        int count = 2 + keys.size() + columns.size();
        String sql = "insert into " + table + " (" + names + ") values (" + "?, ".repeat(count - 1) + "?)";
        try (PreparedStatement insert = connection.prepareStatement(sql)) {
            for (int i = 0; i < rows.size(); i++) {
                covered(table, rows.get(i), columns, children);
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
    private static void covered(String table, JsonNode row, List<Column> columns, String children) {
        row.fieldNames().forEachRemaining(name -> {
            boolean known = name.equals(children) || columns.stream().anyMatch(c -> c.field().equals(name) || c.field().startsWith(name + "."));
            if (!known) {
                throw new IllegalArgumentException("the store has no column for '" + name + "' in " + table
                        + "; a newer CổngKit store schema is needed");
            }
        });
    }

    /** The column a child table names its parent row by: the week of an entry, the slug of a file or a photo. */
    private static String parentColumn(String table) {
        return table.equals("ck_schedule_entry") ? "week" : "parent";
    }

    private static List<ObjectNode> select(Connection connection, String table, long siteId, String week, List<Column> columns)
            throws SQLException {
        String sql = "select * from " + table + " where site_id = ?" + (week != null ? " and " + parentColumn(table) + " = ?" : "")
                + " order by sort_order";
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

package dev.congkit.store.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;

/**
 * One column of a row table and the field of {@code site.json} it holds ({@code image.src} for a
 * nested one), with how a JSON value becomes a SQL value and back. Internal.
 */
public record Column(String field, String sql, Kind kind) {

    /** The SQL types the store uses, each with the JSON form the loader reads. */
    public enum Kind { TEXT, DATE, TIME, TIMESTAMP, INT, LONG, BOOL, JSON }

    public static Column text(String field, String sql) {
        return new Column(field, sql, Kind.TEXT);
    }

    public static Column of(String field, String sql, Kind kind) {
        return new Column(field, sql, kind);
    }

    /** The field's value in {@code node}, or a missing node. */
    public JsonNode in(JsonNode node) {
        JsonNode at = node;
        for (String part : field.split("\\.")) {
            at = at.path(part);
        }
        return at;
    }

    /** Binds the field's value; a value of the wrong form fails naming the field. */
    public void bind(PreparedStatement statement, int index, JsonNode node) throws SQLException {
        JsonNode value = in(node);
        if (value.isMissingNode() || value.isNull()) {
            statement.setNull(index, sqlType());
            return;
        }
        try {
            switch (kind) {
                case TEXT -> statement.setString(index, value.isTextual() ? value.textValue() : value.toString());
                case DATE -> statement.setObject(index, LocalDate.parse(value.asText()));
                case TIME -> statement.setObject(index, LocalTime.parse(value.asText()));
                case TIMESTAMP -> statement.setObject(index, LocalDateTime.parse(value.asText()));
                case INT -> statement.setInt(index, value.asInt());
                case LONG -> statement.setLong(index, value.asLong());
                case BOOL -> statement.setBoolean(index, value.asBoolean());
                case JSON -> statement.setString(index, value.toString());
            }
        } catch (java.time.format.DateTimeParseException e) {
            throw new IllegalArgumentException(field + ": cannot be stored as a " + kind.name().toLowerCase() + ", but was " + value, e);
        }
    }

    /** Sets the field in {@code into} from the row, leaving it out when the column is null. */
    public void read(ResultSet row, ObjectNode into) throws SQLException {
        ObjectNode parent = into;
        String[] parts = field.split("\\.");
        Object value = switch (kind) {
            case TEXT -> row.getString(sql);
            case DATE -> row.getObject(sql, LocalDate.class);
            case TIME -> row.getObject(sql, LocalTime.class);
            case TIMESTAMP -> row.getObject(sql, LocalDateTime.class);
            case INT -> row.getObject(sql) == null ? null : row.getInt(sql);
            case LONG -> row.getObject(sql) == null ? null : row.getLong(sql);
            case BOOL -> row.getObject(sql) == null ? null : row.getBoolean(sql);
            case JSON -> row.getString(sql) == null ? null : json(row.getString(sql));
        };
        if (value == null) {
            return;
        }
        for (int i = 0; i < parts.length - 1; i++) {
            parent = parent.has(parts[i]) ? (ObjectNode) parent.get(parts[i]) : parent.putObject(parts[i]);
        }
        String name = parts[parts.length - 1];
        if (value instanceof Integer n) {
            parent.put(name, n);
        } else if (value instanceof Long n) {
            // as the JSON parser reads it: an int node when it fits
            if (n == n.intValue()) {
                parent.put(name, n.intValue());
            } else {
                parent.put(name, n);
            }
        } else if (value instanceof JsonNode tree) {
            parent.set(name, tree);
        } else if (value instanceof Boolean b) {
            parent.put(name, b);
        } else {
            parent.put(name, value.toString());   // ISO dates and times, as the loader reads them
        }
    }

    private int sqlType() {
        return switch (kind) {
            case TEXT -> Types.VARCHAR;
            case DATE -> Types.DATE;
            case TIME -> Types.TIME;
            case TIMESTAMP -> Types.TIMESTAMP;
            case INT -> Types.INTEGER;
            case LONG -> Types.BIGINT;
            case BOOL -> Types.BOOLEAN;
            case JSON -> Types.VARCHAR;
        };
    }

    /** A JSON column's text as the tree it was written from. */
    private JsonNode json(String text) throws SQLException {
        try {
            return JSON.readTree(text);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new SQLException("column " + sql + " holds no JSON: " + e.getOriginalMessage(), e);
        }
    }

    private static final com.fasterxml.jackson.databind.ObjectMapper JSON = new com.fasterxml.jackson.databind.ObjectMapper();
}

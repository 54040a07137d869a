package dev.congkit.store.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The statements on ck_store, ck_site and ck_section; the row tables are {@link Tables}'. Internal. */
public final class SiteRows {

    private SiteRows() {
    }

    /** Removes every row of the site, children first, before a save writes them anew. */
    public static void deleteRows(Connection connection, long siteId) throws SQLException {
        for (String table : Tables.ALL) {
            try (PreparedStatement delete = connection.prepareStatement("delete from " + table + " where site_id = ?")) {
                delete.setLong(1, siteId);
                delete.executeUpdate();
            }
        }
    }

    /** Every site's host and version. */
    public static Map<String, Long> versions(Connection connection) throws SQLException {
        Map<String, Long> versions = new HashMap<>();
        try (PreparedStatement select = connection.prepareStatement("select host, version from ck_site");
             ResultSet rows = select.executeQuery()) {
            while (rows.next()) {
                versions.put(rows.getString(1), rows.getLong(2));
            }
        }
        return versions;
    }

    /** The version of the site of {@code host}, if it is stored. */
    public static Optional<Long> version(Connection connection, String host) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement("select version from ck_site where host = ?")) {
            select.setString(1, host);
            try (ResultSet row = select.executeQuery()) {
                return row.next() ? Optional.of(row.getLong(1)) : Optional.empty();
            }
        }
    }

    /** The stored site of {@code host} as a {@code site.json} tree, sections in the file's order and rows put back. */
    public static Optional<ObjectNode> readTree(Connection connection, String host) throws SQLException {
        long siteId;
        try (PreparedStatement select = connection.prepareStatement("select id from ck_site where host = ?")) {
            select.setString(1, host);
            try (ResultSet row = select.executeQuery()) {
                if (!row.next()) {
                    return Optional.empty();
                }
                siteId = row.getLong(1);
            }
        }
        ObjectNode tree = JsonNodeFactory.instance.objectNode();
        try (PreparedStatement select = connection.prepareStatement("select name, body from ck_section where site_id = ? order by sort_order")) {
            select.setLong(1, siteId);
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    tree.set(rows.getString(1), Trees.parse(rows.getString(2)));
                }
            }
        }
        Tables.read(connection, siteId, tree);
        return Optional.of(tree);
    }

    /** Each top-level key of {@code tree} as a section row, in order ({@code $schema} left out). */
    public static void writeSections(Connection connection, long siteId, ObjectNode tree) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("insert into ck_section (site_id, name, sort_order, body) values (?, ?, ?, ?)")) {
            int order = 0;
            for (Iterator<Map.Entry<String, JsonNode>> fields = tree.fields(); fields.hasNext(); ) {
                Map.Entry<String, JsonNode> field = fields.next();
                if (field.getKey().equals("$schema")) {
                    continue;
                }
                insert.setLong(1, siteId);
                insert.setString(2, field.getKey());
                insert.setInt(3, order++);
                insert.setString(4, field.getValue().toString());
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }

    /** Moves the store's change counter on and returns its new value. */
    public static long bump(Connection connection) throws SQLException {
        try (PreparedStatement update = connection.prepareStatement("update ck_store set version = version + 1 where id = 1")) {
            update.executeUpdate();
        }
        return counter(connection);
    }

    public static long counter(Connection connection) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement("select version from ck_store where id = 1");
             ResultSet row = select.executeQuery()) {
            row.next();
            return row.getLong(1);
        }
    }

    /** The id of the site row of {@code host}, updated to {@code version} or created. */
    public static long siteRow(Connection connection, String host, long version, LocalDateTime now) throws SQLException {
        try (PreparedStatement update = connection.prepareStatement("update ck_site set version = ?, changed_at = ? where host = ?")) {
            update.setLong(1, version);
            update.setObject(2, now);
            update.setString(3, host);
            if (update.executeUpdate() == 0) {
                try (PreparedStatement insert = connection.prepareStatement("insert into ck_site (host, version, changed_at) values (?, ?, ?)")) {
                    insert.setString(1, host);
                    insert.setLong(2, version);
                    insert.setObject(3, now);
                    insert.executeUpdate();
                }
            }
        }
        try (PreparedStatement select = connection.prepareStatement("select id from ck_site where host = ?")) {
            select.setString(1, host);
            try (ResultSet row = select.executeQuery()) {
                row.next();
                return row.getLong(1);
            }
        }
    }


    /** Documents and articles per month of the site of {@code host}, the oldest month first. */
    public static List<dev.congkit.store.MonthlyCount> publishedPerMonth(Connection connection, String host) throws SQLException {
        java.util.TreeMap<java.time.YearMonth, int[]> months = new java.util.TreeMap<>();
        String[] queries = {
            "select extract(year from coalesce(d.published, d.issued)), extract(month from coalesce(d.published, d.issued)), count(*) from ck_document d"
                    + " join ck_site s on s.id = d.site_id where s.host = ?"
                    + " group by extract(year from coalesce(d.published, d.issued)), extract(month from coalesce(d.published, d.issued))",
            "select extract(year from a.published), extract(month from a.published), count(*) from ck_article a"
                    + " join ck_site s on s.id = a.site_id where s.host = ?"
                    + " group by extract(year from a.published), extract(month from a.published)"};
        for (int kind = 0; kind < queries.length; kind++) {
            try (PreparedStatement select = connection.prepareStatement(queries[kind])) {
                select.setString(1, host);
                try (ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        java.time.YearMonth month = java.time.YearMonth.of(rows.getInt(1), rows.getInt(2));
                        months.computeIfAbsent(month, m -> new int[2])[kind] += rows.getInt(3);
                    }
                }
            }
        }
        List<dev.congkit.store.MonthlyCount> counts = new java.util.ArrayList<>();
        months.forEach((month, n) -> counts.add(new dev.congkit.store.MonthlyCount(month, n[0], n[1])));
        return counts;
    }
}

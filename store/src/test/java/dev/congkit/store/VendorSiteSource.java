package dev.congkit.store;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.congkit.core.config.ConfigException;
import dev.congkit.core.config.SiteConfigLoader;
import dev.congkit.core.source.SiteData;
import dev.congkit.core.source.SiteSource;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

// INTEGRATION.md shows this class as written (IntegrationGuideTest compares them)
/** The vendor's own tables as a CổngKit site: rows become a site.json tree, validated like a file. */
public final class VendorSiteSource implements SiteSource {

    private final DataSource database;
    private final SiteConfigLoader loader = SiteConfigLoader.withRegisteredSections();
    private volatile SiteData current;
    private volatile long lookedAt;

    public VendorSiteSource(DataSource database) {
        this.database = database;
    }

    @Override
    public SiteData current() {
        long now = System.currentTimeMillis();
        if (current != null && now - lookedAt < 1000) {
            return current;                                   // the database is asked at most once a second
        }
        try (Connection connection = database.getConnection(); Statement sql = connection.createStatement()) {
            String version = version(sql);
            if (current == null || !current.version().equals(version)) {
                current = new SiteData(loader.load("portal database", tree(sql)), version);   // same checks as a file
            }
            lookedAt = now;
            return current;
        } catch (SQLException | ConfigException e) {
            if (current != null) {
                return current;                               // a bad edit keeps the last good site up
            }
            throw new IllegalStateException("the portal database holds no valid site:\n" + e.getMessage(), e);
        }
    }

    /** Changes whenever a row changes: the newest edit time and the number of rows. */
    private static String version(Statement sql) throws SQLException {
        try (ResultSet row = sql.executeQuery("select max(updated_at), count(*) from ("
                + "select updated_at from portal_commune union all select updated_at from portal_person) edits")) {
            row.next();
            return row.getTimestamp(1) + "/" + row.getLong(2);
        }
    }

    private static ObjectNode tree(Statement sql) throws SQLException {
        ObjectNode site = JsonNodeFactory.instance.objectNode();
        try (ResultSet row = sql.executeQuery("select name, address, phone, email, base_url, head_name, head_title from portal_commune")) {
            row.next();
            site.putObject("agency").put("fullName", row.getString("name")).put("level", "XA").put("address", row.getString("address"))
                    .put("phone", row.getString("phone")).put("email", row.getString("email")).put("baseUrl", row.getString("base_url"));
            site.putObject("footer").putObject("responsiblePerson")
                    .put("fullName", row.getString("head_name")).put("position", row.getString("head_title"));
        }
        ArrayNode officials = site.putArray("officials");
        try (ResultSet row = sql.executeQuery("select slug, name, title, unit, phone, email, left_on from portal_person order by rank")) {
            while (row.next()) {
                ObjectNode person = officials.addObject().put("id", row.getString("slug")).put("fullName", row.getString("name"))
                        .put("position", row.getString("title")).put("unit", row.getString("unit")).put("phone", row.getString("phone"))
                        .put("email", row.getString("email"));
                if (row.getDate("left_on") != null) {
                    person.put("activeUntil", row.getDate("left_on").toLocalDate().minusDays(1).toString());   // stays for past weeks
                }
            }
        }
        return site;
    }
}

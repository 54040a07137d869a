package dev.congkit.core.config;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import dev.congkit.core.TestSites;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The generated schema agrees with the loader: what one accepts, the other accepts. */
class SiteSchemaTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    static List<Error> validate(JsonNode schema, String json) throws Exception {
        Schema compiled = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12).getSchema(schema);
        return compiled.validate(MAPPER.readTree(json));
    }

    @Test
    void schemaAcceptsAValidSiteAndDescribesTheModel() throws Exception {
        JsonNode schema = SiteSchema.generate(SectionRegistry.of(List.of()));
        assertEquals(List.of(), validate(schema, TestSites.minimalJson()));
        assertEquals("[\"agency\"]", schema.get("required").toString());
        assertEquals("[\"fullName\",\"level\",\"address\",\"phone\",\"email\",\"baseUrl\"]",
                schema.at("/$defs/Agency/required").toString());
        assertTrue(schema.at("/$defs/Agency/properties/fullName/description").asText().contains("Ủy ban nhân dân"));
    }

    @Test
    void schemaRefusesWhatTheLoaderRefuses() throws Exception {
        JsonNode schema = SiteSchema.generate(SectionRegistry.of(List.of()));
        assertFalse(validate(schema, TestSites.minimalJson().replace("\"level\"", "\"levle\"")).isEmpty());
        assertFalse(validate(schema, TestSites.minimalJson().replace("https://mauson", "javascript:mauson")).isEmpty());
        assertFalse(validate(schema, TestSites.minimalJson().replace("\"XA\"", "\"COMMUNE\"")).isEmpty());
        assertFalse(validate(schema, "{\"agency\": {}}").isEmpty());
    }
}

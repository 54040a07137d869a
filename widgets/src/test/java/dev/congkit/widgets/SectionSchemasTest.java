package dev.congkit.widgets;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.congkit.core.config.SectionRegistry;
import dev.congkit.core.config.SiteSchema;
import dev.congkit.core.config.SiteSection;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Each widget folder ships the JSON Schema of its section, generated from its record; this test
 * keeps the committed file equal to the generated one (regenerate with -Dcongkit.regenerate=true).
 */
class SectionSchemasTest {

    @Test
    void committedSectionSchemasMatchTheRecords() throws Exception {
        ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
        for (SiteSection<?> section : SectionRegistry.discover().all()) {
            String folder = section.type().getPackageName().replace('.', '/');
            Path file = Path.of("src/main/resources", folder, section.name() + ".schema.json");
            String generated = mapper.writeValueAsString(SiteSchema.forRecord(section.type())) + "\n";
            if (Boolean.getBoolean("congkit.regenerate")) {
                Files.writeString(file, generated, StandardCharsets.UTF_8);
            }
            assertTrue(Files.exists(file), file + " is missing (run with -Dcongkit.regenerate=true)");
            assertEquals(generated, Files.readString(file, StandardCharsets.UTF_8), file.toString());
        }
    }
}

package dev.congkit.samples;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import dev.congkit.core.config.SectionRegistry;
import dev.congkit.core.config.SiteConfigLoader;
import dev.congkit.core.config.SiteSchema;
import dev.congkit.core.model.SiteConfig;
import dev.congkit.core.render.RenderContext;
import dev.congkit.core.render.WidgetRenderer;
import org.junit.jupiter.api.Test;

import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The README's embedding example, as written there, and the sample against the schema. */
class ReadmeExampleTest {

    private static final Path SAMPLE = Path.of("src/main/resources/site.json");

    @Test
    void embeddingExampleWorks() throws Exception {
        StringWriter writer = new StringWriter();
        // --- as in README.md, "Embed a widget from Java"
        SiteConfig site = SiteConfigLoader.withRegisteredSections()
                .load(SAMPLE);                             // ConfigException lists every mistake
        WidgetRenderer renderer = WidgetRenderer.create(); // once per application: compiles all templates

        RenderContext page = RenderContext.of(site)
                .withPath("/gioi-thieu")                   // the page the widget is embedded in
                .withLocale(RenderContext.VIETNAMESE);     // or Locale.ENGLISH
        renderer.render("header", page, writer);           // any java.io.Writer: JSP out, response writer…
        renderer.render("footer", page, writer);
        // ---
        assertTrue(writer.toString().startsWith("<header class=\"ck-header\""));
        assertTrue(writer.toString().contains("<footer class=\"ck-footer\""));
    }

    @Test
    void sampleSiteMatchesTheGeneratedSchema() throws Exception {
        var schema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
                .getSchema(SiteSchema.generate(SectionRegistry.discover()));
        assertEquals(List.of(), schema.validate(new ObjectMapper().readTree(SAMPLE.toFile())));
    }
}

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
import dev.congkit.core.config.SiteValidator;
import dev.congkit.core.model.Email;
import dev.congkit.core.model.Official;
import dev.congkit.core.model.PhoneNumber;
import dev.congkit.widgets.footer.Footer;
import dev.congkit.widgets.footer.ResponsiblePerson;
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
    void builtInCodeExampleWorks() throws Exception {
        dev.congkit.core.model.Agency agency = dev.congkit.core.model.Agency.builder("Ủy ban nhân dân xã Mẫu Sơn",
                dev.congkit.core.model.AgencyLevel.XA, "Thôn Trung Tâm", dev.congkit.core.model.PhoneNumber.of("0237 3 123 456"),
                dev.congkit.core.model.Email.of("ubndmauson@thanhhoa.gov.vn"), dev.congkit.core.model.WebLink.of("https://mauson.thanhhoa.gov.vn")).build();
        // --- as in README.md, "Embed a widget from Java": a site built in code
        SiteConfig site = SiteConfig.builder(agency)
                .official(Official.builder("nguyen-thi-huong", "Nguyễn Thị Hường", "Phó Chủ tịch UBND xã", "UBND xã",
                        PhoneNumber.of("0237 3 123 457")).email(Email.of("nthuong.mauson@thanhhoa.gov.vn")).build())
                .section(Footer.SECTION, Footer.builder(ResponsiblePerson.builder("Nguyễn Văn Thành", "Chủ tịch UBND xã").build()).build())
                .build();
        SiteValidator.withRegisteredSections().validate("portal database", site);   // ConfigException: path, rule, value
        site.section(Footer.SECTION);                                                 // Optional<Footer>
        // ---
        assertEquals("Nguyễn Văn Thành", site.section(Footer.SECTION).orElseThrow().responsiblePerson().fullName());
        String readme = java.nio.file.Files.readString(Path.of("../README.md"));
        assertTrue(readme.contains(".section(Footer.SECTION, Footer.builder(ResponsiblePerson.builder(\"Nguyễn Văn Thành\", \"Chủ tịch UBND xã\").build()).build())"),
                "the README shows this code");
    }

    @Test
    void sampleSiteMatchesTheGeneratedSchema() throws Exception {
        var schema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
                .getSchema(SiteSchema.generate(SectionRegistry.discover()));
        assertEquals(List.of(), schema.validate(new ObjectMapper().readTree(SAMPLE.toFile())));
    }
}

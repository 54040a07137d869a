package dev.congkit.samples;

import dev.congkit.core.html.SafeHtml;
import dev.congkit.core.model.WebLink;
import dev.congkit.widgets.document.Attachment;
import dev.congkit.widgets.document.DocumentFeed;
import dev.congkit.widgets.document.DocumentListWidget;
import dev.congkit.widgets.document.DocumentType;
import dev.congkit.widgets.document.Documents;
import dev.congkit.widgets.document.OfficialDocument;
import dev.congkit.widgets.news.Article;
import dev.congkit.widgets.news.News;
import dev.congkit.widgets.news.NewsCategory;
import java.time.LocalDate;
import java.time.LocalDateTime;
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

    /** The six lines at the top of the README, in Vietnamese, run as written there. */
    @Test
    void theOpeningExampleWorks() throws Exception {
        java.io.StringWriter response = new java.io.StringWriter();
        java.io.Writer writer = response;
        SiteConfig site = SiteConfigLoader.withRegisteredSections().load(SAMPLE);
        WidgetRenderer renderer = WidgetRenderer.create();
        RenderContext page = RenderContext.of(site).withPath("/gioi-thieu");
        renderer.render("header", page, writer);
        renderer.render("footer", page, writer);
        assertTrue(response.toString().startsWith("<header class=\"ck-header\"") && response.toString().contains("<footer class=\"ck-footer\""));
        String readme = java.nio.file.Files.readString(Path.of("../README.md"));
        for (String line : List.of("SiteConfig site = SiteConfigLoader.withRegisteredSections().load(Path.of(\"site.json\"));",
                "RenderContext page = RenderContext.of(site).withPath(\"/gioi-thieu\");", "renderer.render(\"footer\", page, writer);")) {
            assertTrue(readme.contains(line), "the README's opening example: " + line);
        }
        int picture = readme.indexOf("docs/images/demo-1280.png");
        assertTrue(picture > 0 && picture < 300, "the README opens with the demo's picture");
        assertTrue(java.nio.file.Files.isRegularFile(Path.of("../docs/images/demo-1280.png")), "the picture is in docs/images");
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

    /** DOCS-LIST, NEWS-COMPLETE: the README's content example runs and the README shows it. */
    @Test
    void contentExampleWorks() throws Exception {
        SiteConfig site = SiteConfigLoader.withRegisteredSections().load(SAMPLE);
        WidgetRenderer renderer = WidgetRenderer.create();
        // --- as in README.md, "Documents, news and the library"
        OfficialDocument decision = OfficialDocument.builder(DocumentType.QUYET_DINH, "05/QĐ-UBND", LocalDate.of(2026, 1, 12), "UBND xã Mẫu Sơn")
                .summary("Về việc ban hành Kế hoạch chuyển đổi số năm 2026")
                .files(List.of(new Attachment("Quyết định 05/QĐ-UBND (bản ký số)", WebLink.of("/files/05-qd-ubnd.pdf"), 245_760L, null))).build();
        Article article = Article.builder("Xã Mẫu Sơn triển khai chuyển đổi số", LocalDateTime.of(2026, 1, 15, 8, 0), "tin-tuc-su-kien",
                SafeHtml.sanitize("<p>Sáng 15/1, UBND xã tổ chức hội nghị…</p>")).author("Hoàng Văn Nam").build();
        SiteConfig withContent = site.withSection(Documents.SECTION, Documents.builder().items(List.of(decision)).build())
                .withSection(News.SECTION, News.builder().categories(List.of(NewsCategory.builder("tin-tuc-su-kien", "Tin tức sự kiện").build()))
                        .articles(List.of(article)).build());
        String table = renderer.render(DocumentListWidget.ID, RenderContext.of(withContent).withParam(DocumentListWidget.TYPE_PARAM, "quyet-dinh"));
        String atom = DocumentFeed.atom(RenderContext.of(withContent), renderer.labels(DocumentListWidget.ID, RenderContext.VIETNAMESE));
        // ---
        assertTrue(table.contains(">05/QĐ-UBND</a>"), table);
        assertTrue(atom.contains("<title>Quyết định 05/QĐ-UBND: Về việc ban hành Kế hoạch chuyển đổi số năm 2026</title>"), atom);
        String readme = java.nio.file.Files.readString(Path.of("../README.md"));
        assertTrue(readme.contains("SafeHtml.sanitize(\"<p>Sáng 15/1, UBND xã tổ chức hội nghị…</p>\")).author(\"Hoàng Văn Nam\").build();"),
                "the README shows this code");
    }

    @Test
    void sampleSiteMatchesTheGeneratedSchema() throws Exception {
        var schema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
                .getSchema(SiteSchema.generate(SectionRegistry.discover()));
        assertEquals(List.of(), schema.validate(new ObjectMapper().readTree(SAMPLE.toFile())));
    }
}

package dev.congkit.widgets;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import dev.congkit.core.config.SectionRegistry;
import dev.congkit.core.config.SiteSchema;
import dev.congkit.core.config.SiteSection;
import dev.congkit.core.i18n.MessagesTest;
import dev.congkit.core.model.RecordContractsTest;
import dev.congkit.core.render.Widget;
import dev.congkit.widgets.footer.ResponsiblePerson;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.util.List;
import java.util.ServiceLoader;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Rules every widget keeps: records vs. schema, bundles in both languages, no servlet or AWT. */
class WidgetsContractsTest {

    @Test
    void requiredComponentsMatchConstructors() throws Exception {
        java.util.Set<Class<?>> records = new java.util.LinkedHashSet<>();
        SectionRegistry.discover().all().forEach(s -> collectRecords(s.type(), records));
        assertTrue(records.contains(ResponsiblePerson.class) && records.contains(dev.congkit.widgets.menu.MenuItem.class), records.toString());
        for (Class<?> type : records) {
            if (type.getPackageName().startsWith("dev.congkit.widgets")) {
                RecordContractsTest.assertContract(type.asSubclass(Record.class));
            }
        }
    }

    /** Every record type reachable from {@code type} through components, lists and maps. */
    private static void collectRecords(java.lang.reflect.Type type, java.util.Set<Class<?>> into) {
        if (type instanceof java.lang.reflect.ParameterizedType p) {
            for (java.lang.reflect.Type argument : p.getActualTypeArguments()) {
                collectRecords(argument, into);
            }
        } else if (type instanceof Class<?> c && c.isRecord() && into.add(c)) {
            for (var component : c.getRecordComponents()) {
                collectRecords(component.getGenericType(), into);
            }
        }
    }

    @Test
    void everyFixtureSiteValidatesAgainstTheGeneratedSchema() throws Exception {
        JsonNode schema = SiteSchema.generate(SectionRegistry.discover());
        var compiled = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12).getSchema(schema);
        ObjectMapper mapper = new ObjectMapper();
        for (Fixture fixture : FixturesTest.fixtures()) {
            if (!Files.exists(fixture.expectedHtml())) {
                continue; // refused sites may break the schema too
            }
            JsonNode site = mapper.readTree(fixture.file().toFile()).get("site");
            assertEquals(List.of(), compiled.validate(site), fixture + " against the schema");
        }
    }

    @Test
    void everySectionIsInTheSchema() {
        JsonNode schema = SiteSchema.generate(SectionRegistry.discover());
        for (SiteSection<?> section : SectionRegistry.discover().all()) {
            assertEquals("#/$defs/" + section.type().getSimpleName(), schema.at("/properties/" + section.name() + "/$ref").asText());
        }
    }

    @Test
    void everyWidgetBundleHasBothLanguages() {
        for (Widget widget : ServiceLoader.load(Widget.class)) {
            for (String bundle : widget.bundles()) {
                MessagesTest.assertBundlesMatch(bundle, getClass().getClassLoader());
            }
        }
    }

    @Test
    void widgetsImportNoServletAwtOrHtmlParser() {
        noClasses().should().dependOnClassesThat().resideInAnyPackage(
                        "jakarta.servlet..", "javax.servlet..", "java.awt..", "javax.imageio..", "org.jsoup..",
                        "dev.congkit.servlet..", "dev.congkit.image..", "dev.congkit.audit..")
                .because("widgets render from URLs they are given; containers and images are other modules' jobs")
                .check(new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                        .importPackages("dev.congkit.widgets"));
    }
}

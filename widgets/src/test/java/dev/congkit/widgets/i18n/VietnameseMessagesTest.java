package dev.congkit.widgets.i18n;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import dev.congkit.core.check.Finding;
import dev.congkit.core.config.ConfigException;
import dev.congkit.core.config.ConfigProblem;
import dev.congkit.core.config.SectionRegistry;
import dev.congkit.core.config.SiteSchema;
import dev.congkit.core.i18n.PathWords;
import dev.congkit.core.model.ValidationException;
import dev.congkit.core.model.Violation;
import dev.congkit.core.validation.Check;
import org.junit.jupiter.api.Test;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;
import java.util.function.Predicate;
import java.util.regex.Pattern;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Messages people read are Vietnamese first: every key of {@code site.json} has a name in both
 * languages, places are said in words counted from one, and CổngKit's own code never raises a
 * problem or a finding worded in English only.
 */
class VietnameseMessagesTest {

    private static final Locale VI = Locale.forLanguageTag("vi");

    @Test
    void everyKeyOfTheSchemaHasAVietnameseAndAnEnglishName() throws Exception {
        JsonNode schema = new ObjectMapper().valueToTree(SiteSchema.generate(SectionRegistry.discover()));
        TreeSet<String> keys = new TreeSet<>();
        collect(schema, keys);
        List<String> unnamed = new ArrayList<>();
        for (String key : keys) {
            if (PathWords.standard().name(key, VI) == null || PathWords.standard().name(key, Locale.ENGLISH) == null) {
                unnamed.add(key);
            }
        }
        assertEquals(List.of(), unnamed, "keys with no name in META-INF/congkit/fields.properties or fields_en.properties");
        assertEquals(true, keys.size() > 150, "the whole schema was walked: " + keys.size());
        // editors show the names on hover: Vietnamese first
        assertEquals("Thư điện tử / e-mail", schema.at("/$defs/Agency/properties/email/title").asText());
        assertEquals("Lịch làm việc của lãnh đạo / Leaders' work schedule", schema.at("/properties/leaderSchedule/title").asText());
    }

    @Test
    void everyDescriptionOfTheSchemaIsVietnameseThenEnglish() {
        JsonNode schema = new ObjectMapper().valueToTree(SiteSchema.generate(SectionRegistry.discover()));
        List<String> englishOnly = new ArrayList<>();
        schema.findParents("description").forEach(node -> {
            String description = node.get("description").asText();
            if (node.get("description").isTextual() && !description.contains("\n")) {
                englishOnly.add(description);
            }
        });
        assertEquals(List.of(), englishOnly, "descriptions with no Vietnamese line: give their @Doc a vi");
        assertEquals("Họ và tên, ví dụ \"Nguyễn Thị Hường\".\nFull name, e.g. \"Nguyễn Thị Hường\".",
                schema.at("/$defs/Official/properties/fullName/description").asText());
    }

    @Test
    void aPlaceIsSaidInWordsCountedFromOne() {
        PathWords words = PathWords.standard();
        assertEquals("Lịch làm việc của lãnh đạo, tuần thứ 4, dòng 1, cột Ngày",
                words.describe("leaderSchedule.weeks[3].entries[0].date", VI));
        assertEquals("Leaders' work schedule, week 4, row 1, column Date", words.describe("leaderSchedule.weeks[3].entries[0].date", Locale.ENGLISH));
        assertEquals("Cán bộ thứ 3, Họ và tên", words.describe("officials[2].fullName", VI));
        assertEquals("Thông tin cơ quan, Tên đầy đủ", words.describe("agency.fullName", VI));
        // a map key nobody named is shown as written
        assertEquals("Liên kết, zaloOA", words.describe("links.zaloOA", VI));
        assertEquals("", words.describe("", VI));
        // an index too long to be one is shown as written, never thrown on
        assertEquals("Cán bộ, 99999999999, Thư điện tử", words.describe("officials[99999999999].email", VI));
    }

    @Test
    void aProblemReadsInVietnameseWithItsPathAndValue() {
        String nfd = Normalizer.normalize("Nguyễn Thị Hường", Normalizer.Form.NFD);
        Violation violation = problem(() -> {
            Check check = new Check();
            check.matches("id", nfd, Pattern.compile("[a-z-]+"), dev.congkit.core.i18n.Bilingual.of("chữ thường và dấu gạch ngang", "lower-case letters and hyphens"));
            check.done();
        });
        ConfigProblem problem = new ConfigProblem("site.json", violation.under("officials[0]").path(), violation.text());
        // the value is shown as NFC, as the site keeps it
        assertEquals("site.json: Cán bộ thứ 1, Mã (officials[0].id): phải là chữ thường và dấu gạch ngang, nhưng đang là 'Nguyễn Thị Hường'",
                problem.describe(VI));
        assertEquals("site.json: officials[0].id: must be lower-case letters and hyphens, but was 'Nguyễn Thị Hường'", problem.toString());
        ConfigException many = new ConfigException(java.util.Collections.nCopies(ConfigException.SHOWN + 2, problem));
        List<String> lines = many.describe(VI);
        assertEquals(ConfigException.SHOWN + 1, lines.size());
        assertEquals("… và 2 lỗi nữa", lines.get(ConfigException.SHOWN));
    }

    /** Our own code uses the bilingual forms: the English-only ones stay for vendors' own widgets and checks. */
    @Test
    void noMessageOfOursIsEnglishOnly() {
        JavaClasses ours = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("dev.congkit.core", "dev.congkit.widgets");
        noClasses().that().doNotBelongToAnyOf(Check.class, Finding.class, ConfigException.class, ValidationException.class)
                .should().callMethod(Check.class, "matches", String.class, String.class, Pattern.class, String.class)
                .orShould().callMethod(Check.class, "that", String.class, Object.class, Predicate.class, String.class)
                .orShould().callMethod(Check.class, "fail", String.class, String.class)
                .orShould().callMethod(Finding.class, "error", String.class, String.class, String.class)
                .orShould().callMethod(Finding.class, "warning", String.class, String.class, String.class)
                .orShould().callMethod(Finding.class, "info", String.class, String.class, String.class)
                .orShould().callMethod(ConfigException.class, "of", String.class, String.class)
                .orShould().callMethod(ValidationException.class, "of", String.class, String.class)
                .orShould().callConstructor(Violation.class, String.class, String.class)
                .orShould().callConstructor(ConfigProblem.class, String.class, String.class, String.class)
                .because("a clerk reads these: give the Vietnamese beside the English (Bilingual.of)")
                .check(ours);
    }

    private static Violation problem(Runnable build) {
        try {
            build.run();
        } catch (ValidationException e) {
            return e.violations().get(0);
        }
        throw new AssertionError("no violation");
    }

    private static void collect(JsonNode node, TreeSet<String> keys) {
        if (node.isObject()) {
            JsonNode properties = node.get("properties");
            if (properties != null && properties.isObject()) {
                properties.fieldNames().forEachRemaining(keys::add);
            }
            node.forEach(child -> collect(child, keys));
        } else if (node.isArray()) {
            node.forEach(child -> collect(child, keys));
        }
    }
}

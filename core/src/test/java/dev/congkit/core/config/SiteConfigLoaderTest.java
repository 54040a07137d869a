package dev.congkit.core.config;

import dev.congkit.core.TestSites;
import dev.congkit.core.model.SiteConfig;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SiteConfigLoaderTest {

    private final SiteConfigLoader loader = SiteConfigLoader.of(SectionRegistry.of(List.of()));

    private List<String> problems(String json) {
        ConfigException e = assertThrows(ConfigException.class,
                () -> loader.load("site.json", json.getBytes(StandardCharsets.UTF_8)));
        return e.problems().stream().map(ConfigProblem::toString).toList();
    }

    private static String withAgency(String field, String value) {
        return TestSites.minimalJson().replaceFirst("\"" + field + "\": \"[^\"]*\"", "\"" + field + "\": " + value);
    }

    @Test
    void loadsAMinimalSite() throws ConfigException {
        SiteConfig site = loader.load("site.json", TestSites.minimalJson().getBytes(StandardCharsets.UTF_8));
        assertEquals("Ủy ban nhân dân xã Mẫu Sơn", site.agency().fullName());
        assertEquals("tel:+842373123456", site.agency().phone().tel());
        assertEquals("https://mauson.thanhhoa.gov.vn", site.agency().baseUrl().value());
    }

    @Test
    void badEmailNamesFilePathRuleAndValue() {
        assertEquals(List.of("site.json: agency.email: must be an e-mail address, but was 'ubnd@'"),
                problems(withAgency("email", "\"ubnd@\"")));
    }

    @Test
    void reportsEveryProblemOfAFileTogetherInFileOrder() {
        String json = """
                {
                  "agency": {
                    "fullName": "Ủy ban nhân dân xã Mẫu Sơn",
                    "level": "commune",
                    "address": "Thôn Trung Tâm",
                    "phone": "12345",
                    "emial": "ubnd@thanhhoa.gov.vn",
                    "baseUrl": "javascript:alert(1)"
                  },
                  "officials": [
                    {"id": "Nguyen Van A", "fullName": "Nguyễn Văn A", "position": "Chủ tịch", "unit": "UBND xã", "phone": "0912345678"},
                    {"id": "b", "position": "Phó Chủ tịch", "unit": "UBND xã", "phone": "0912345679", "email": "b@"}
                  ],
                  "colour": "red"
                }
                """;
        assertEquals(List.of(
                "site.json: agency.emial: is not a known property; did you mean 'email'?",
                "site.json: agency.level: must be one of TINH, XA, PHUONG, THI_TRAN, DAC_KHU, HUYEN, but was 'commune'",
                "site.json: agency.phone: must be a Vietnamese phone number (mobile 0xx xxx xxxx, landline 02xx xxx xxxx, "
                        + "1800/1900 or a short hotline), but was '12345'",
                "site.json: agency.baseUrl: must be an https, http, mailto or tel URL or a site-relative path, but was 'javascript:alert(1)'",
                "site.json: agency.email: is required",
                "site.json: officials[0].id: must be lower-case letters, digits and single hyphens, e.g. nguyen-thi-huong, but was 'Nguyen Van A'",
                "site.json: officials[1].email: must be an e-mail address, but was 'b@'",
                "site.json: officials[1].fullName: is required",
                "site.json: colour: is not a known property (known: ruleSet, updated, agency, officials, links, workCalendar, $schema)"), problems(json));
    }

    @Test
    void anImagesSectionWithoutTheImageModuleSaysWhichDependencyIsMissing() {
        // core's tests run without congkit-image, as a site on congkit-servlet alone does
        String json = """
                {
                  "agency": {"fullName": "Ủy ban nhân dân xã Mẫu Sơn", "level": "XA", "address": "Thôn Trung Tâm",
                             "phone": "0237 3 000 001", "email": "ubnd@mauson.gov.vn", "baseUrl": "https://mauson.gov.vn"},
                  "images": {"folder": "public"}
                }
                """;
        assertEquals(List.of("site.json: images: is the section of congkit-image, which is not on the class path: add the dependency"
                + " dev.congkit:congkit-image (congkit-upload brings it too), or remove the section"), problems(json));
    }

    @Test
    void syntaxErrorIsReportedAloneWithLineAndColumn() {
        List<String> found = problems("{\n  \"agency\": {\n    \"fullName\": \"x\",,\n  }\n}");
        assertEquals(1, found.size());
        assertTrue(found.get(0).startsWith("site.json: line 3, column 21: invalid JSON: Unexpected character (','"), found.get(0));
    }

    @Test
    void duplicateKeysAreRefused() {
        List<String> found = problems("{\"ruleSet\": \"vn-nd42-2022\", \"ruleSet\": \"vn-nd224-2026\"}");
        assertEquals(1, found.size());
        assertTrue(found.get(0).startsWith("site.json: line 1, column 38: invalid JSON: Duplicate field 'ruleSet'"), found.get(0));
    }

    @Test
    void contentAfterTheObjectIsRefusedInWords() {
        List<String> found = problems(TestSites.minimalJson() + "\n{\"agency\": {}}");
        assertEquals(1, found.size());
        assertTrue(found.get(0).matches("site\\.json: line \\d+, column \\d+: invalid JSON: there is more after the JSON object; the file holds one object only"),
                found.get(0));
    }

    @Test
    void wrongJsonTypesAreNamed() {
        assertEquals(List.of("site.json: agency.phone: must be a string, but was 912345678"),
                problems(withAgency("phone", "912345678")));
        assertEquals(List.of("site.json: officials: must be a list, but was a JSON object"),
                problems(TestSites.minimalJson().replaceFirst("\\{", "{\"officials\": {},")));
    }

    @Test
    void topLevelMustBeAnObject() {
        assertEquals(List.of("site.json: must hold a JSON object, but holds a list"), problems("[]"));
        assertEquals(List.of("site.json: is empty; it must hold a JSON object"), problems(" "));
    }

    @Test
    void unknownRuleSetListsTheKnownOnes() {
        assertEquals(List.of("site.json: ruleSet: must be one of vn-nd42-2022, vn-nd224-2026, thanhhoa-camthuy-2023, but was 'thanhhoa-2099'"),
                problems(TestSites.minimalJson().replaceFirst("\\{", "{\"ruleSet\": \"thanhhoa-2099\",")));
    }

    @Test
    void latin1FileIsRefusedWithPosition() {
        byte[] latin1 = "{\"agency\": {\"fullName\": \"Tr\u00e2n\"}}".getBytes(StandardCharsets.ISO_8859_1);
        ConfigException e = assertThrows(ConfigException.class, () -> loader.load("site.json", latin1));
        assertEquals("site.json: line 1, column 28: is not valid UTF-8 (byte 0xE2); save the file as UTF-8", e.getMessage());
    }

    @Test
    void byteOrderMarkIsAccepted() throws ConfigException {
        byte[] json = ("\uFEFF" + TestSites.minimalJson()).getBytes(StandardCharsets.UTF_8);
        assertEquals("Ủy ban nhân dân xã Mẫu Sơn", loader.load("site.json", json).agency().fullName());
    }

    @Test
    void deepNestingIsRefusedWithoutAStackOverflow() {
        String deep = "{\"a\":".repeat(100_000) + "1" + "}".repeat(100_000);
        assertEquals(List.of("site.json: is nested deeper than 64 levels"), problems(deep));
    }

    @Test
    void aHugeKeyOrNumberNamesTheLimitItBroke() {
        String key = "{\"" + "k".repeat(60_000) + "\": 1}";
        assertEquals(List.of("site.json: has a key longer than 1000 characters; keys are field names such as 'fullName'"),
                problems(key));
        String number = "{\"agency\": " + "9".repeat(2_000) + "}";
        List<String> found = problems(number);
        assertEquals(1, found.size());
        assertTrue(found.get(0).equals("site.json: has a number longer than 100 digits"),
                found.get(0));
    }

    @Test
    void c1ControlsAndLineSeparatorsAreRefusedNamingTheField() {
        String c1 = TestSites.minimalJson().replace("Ủy ban nhân dân xã Mẫu Sơn", "Ủy ban nhân dân\\u0085xã Mẫu Sơn");
        assertEquals(List.of("site.json: agency.fullName: must not contain control characters, but was 'Ủy ban nhân dân\\u0085xã Mẫu Sơn'"),
                problems(c1));
        String separator = TestSites.minimalJson().replace("Ủy ban nhân dân xã Mẫu Sơn", "Ủy ban nhân dân\\u2028xã Mẫu Sơn");
        assertEquals(List.of("site.json: agency.fullName: must not contain a Unicode line or paragraph separator (U+2028, U+2029;"
                + " write a plain line break), but was 'Ủy ban nhân dân\\u2028xã Mẫu Sơn'"), problems(separator));
    }

    @Test
    void aThousandProblemsArePrintedAsFiftyAndACount() {
        StringBuilder json = new StringBuilder("{");
        for (int i = 0; i < 1_000; i++) {
            json.append("\"khong-co-").append(i).append("\": 1,");
        }
        json.append(TestSites.minimalJson().substring(1));
        ConfigException e = assertThrows(ConfigException.class, () -> loader.load("site.json", json.toString().getBytes(StandardCharsets.UTF_8)));
        assertEquals(1_000, e.problems().size(), "every problem is kept");
        String[] lines = e.getMessage().split(System.lineSeparator());
        assertEquals(51, lines.length);
        assertEquals("… and 950 more problems", lines[50]);
    }

    @Test
    void aTruncatedFileIsASyntaxErrorAtItsEnd() {
        String json = TestSites.minimalJson();
        List<String> found = problems(json.substring(0, json.length() / 2));
        assertEquals(1, found.size());
        assertTrue(found.get(0).contains("invalid JSON: Unexpected end-of-input"), found.get(0));
    }

    @Test
    void fiftyMegabytesOfNestingAreRefusedBeforeReading(@TempDir Path dir) throws Exception {
        Path huge = dir.resolve("site.json");
        try (var out = new java.io.BufferedOutputStream(java.nio.file.Files.newOutputStream(huge))) {
            byte[] open = "{\"a\":".getBytes(StandardCharsets.UTF_8);
            for (int i = 0; i < 50 * 1024 * 1024 / open.length; i++) {
                out.write(open);
            }
        }
        ConfigException e = assertThrows(ConfigException.class, () -> loader.load(huge));
        assertTrue(e.getMessage().contains("over the limit of 10485760 bytes"), e.getMessage());
        assertTrue(e.getMessage().startsWith(huge.toString()), "names the file: " + e.getMessage());
    }

    @Test
    void decomposedVietnameseIsNormalisedToNfc() throws ConfigException {
        String nfd = Normalizer.normalize(TestSites.minimalJson(), Normalizer.Form.NFD);
        SiteConfig site = loader.load("site.json", nfd.getBytes(StandardCharsets.UTF_8));
        assertEquals("Ủy ban nhân dân xã Mẫu Sơn", site.agency().fullName());
        assertTrue(Normalizer.isNormalized(site.agency().address(), Normalizer.Form.NFC));
    }

    @Test
    void fileErrorsNameTheFile(@TempDir Path dir) throws Exception {
        Path missing = dir.resolve("site.json");
        ConfigException e = assertThrows(ConfigException.class, () -> loader.load(missing));
        assertEquals(missing + ": no such file", e.getMessage());
        Files.writeString(missing, TestSites.minimalJson());
        assertEquals("UBND xã Mẫu Sơn", loader.load(missing).agency().displayShortName().replace("Ủy ban nhân dân", "UBND"));
    }

    @Test
    void schemaKeyIsAllowedButMustBeAString() throws ConfigException {
        loader.load("site.json", TestSites.minimalJson().replaceFirst("\\{", "{\"\\$schema\": \"site.schema.json\",").getBytes(StandardCharsets.UTF_8));
        assertEquals(List.of("site.json: $schema: must be a string, but was 3"),
                problems(TestSites.minimalJson().replaceFirst("\\{", "{\"\\$schema\": 3,")));
    }

    @Test
    void duplicateOfficialIdsAreRefused() {
        String official = "{\"id\": \"a\", \"fullName\": \"Nguyễn Thị Hường\", \"position\": \"Chủ tịch\", \"unit\": \"UBND xã\", \"phone\": \"0912345678\"}";
        assertEquals(List.of("site.json: officials[1].id: must be unique, but 'a' is used by an earlier official"),
                problems(TestSites.minimalJson().replaceFirst("\\{", "{\"officials\": [" + official + "," + official + "],")));
    }
}

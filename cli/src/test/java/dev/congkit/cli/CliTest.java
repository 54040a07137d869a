package dev.congkit.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CliTest {

    record Result(int code, String out, String err) {
    }

    /** The command in English ({@code --lang en} added), as most tests read its output. */
    static Result run(String... args) {
        if (java.util.Arrays.asList(args).contains("--lang")) {
            return inDefaultLanguage(args);
        }
        String[] english = java.util.Arrays.copyOf(args, args.length + 2);
        english[args.length] = "--lang";
        english[args.length + 1] = "en";
        return inDefaultLanguage(english);
    }

    /** The command as a clerk runs it: no {@code --lang}, whatever the machine's locale. */
    static Result inDefaultLanguage(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(new PrintWriter(out), new PrintWriter(err), args);
        return new Result(code, out.toString(), err.toString());
    }

    static final String THREE_MISTAKES = """
            {
              "agency": {
                "fullName": "Ủy ban nhân dân xã Mẫu Sơn",
                "level": "XA",
                "address": "Thôn Trung Tâm",
                "phone": "0237 3 000 001",
                "email": "ubnd@",
                "baseUrl": "https://mauson.thanhhoa.gov.vn"
              },
              "officials": [{"id": "a", "fullName": "Nguyễn Thị Hường", "position": "Chủ tịch", "unit": "UBND xã", "phone": "12345"}],
              "footer": {"owner": "UBND xã Mẫu Sơn"}
            }
            """;

    @Test
    void checkListsEveryMistakeAndExitsOne(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("site.json");
        Files.writeString(file, THREE_MISTAKES);
        Result result = run("check", file.toString());
        assertEquals(1, result.code());
        assertEquals(String.join("\n",
                "error " + file + ": Agency, e-mail (agency.email): must be an e-mail address, but was 'ubnd@'",
                "error " + file + ": official 1, phone (officials[0].phone): must be a Vietnamese phone number (mobile 0xx xxx xxxx, "
                        + "landline 02xx xxx xxxx, 1800/1900 or a short hotline), but was '12345'",
                "error " + file + ": Footer, person responsible for content (footer.responsiblePerson): is required",
                "3 errors; the file was not loaded", ""), result.out().replace(System.lineSeparator(), "\n"));
    }

    @Test
    void theDemoSiteHasNoError() {
        Result result = run("check", "../samples/src/main/resources/site.json", "--date", "2026-11-28");
        assertEquals(0, result.code(), result.out() + result.err());
        assertTrue(result.out().contains("0 errors, 1 warning (rule set vn-nd224-2026 + thanhhoa-camthuy-2023, 2026-11-28)"), result.out());
        assertTrue(result.out().startsWith("warning [BANNER-EXPIRY] "), "the sample keeps one ended campaign banner to show it is not rendered");
    }

    @Test
    void warningsAreListedButDoNotFail(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("site.json");
        Files.writeString(file, Files.readString(Path.of("../samples/src/main/resources/site.json"))
                .replace("ubnd.mauson@thanhhoa.gov.vn", "ubnd.mauson@gmail.com"));
        Result result = run("check", file.toString(), "--date", "2026-11-28");
        assertEquals(0, result.code());
        assertTrue(result.out().contains("warning [CONTACT-GOV-EMAIL] " + file + ": Agency, e-mail (agency.email): should be an official address"), result.out());
        assertTrue(result.out().contains("0 errors, 2 warnings"), result.out());
    }

    /** MAINTENANCE-NOTICE: a suspension announced five working days ahead is an error naming the field. */
    @Test
    void aSuspensionAnnouncedTooLateIsAnError(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("site.json");
        String sample = Files.readString(Path.of("../samples/src/main/resources/site.json"));
        assertTrue(sample.contains("\"announced\": \"2026-11-20\""), "the sample announces its suspension on 20/11");
        Files.writeString(file, sample.replace("\"announced\": \"2026-11-20\"", "\"announced\": \"2026-11-30\""));
        Result result = run("check", file.toString(), "--date", "2026-11-28");
        assertEquals(1, result.code(), result.out() + result.err());
        assertTrue(result.out().contains("error [MAINTENANCE-NOTICE] " + file + ": Maintenance notice, suspension 1, announced (maintenance.windows[0].announced): was 30/11/2026, "
                + "5 working days before the suspension of 05/12/2026; announce it at least 7 working days ahead"), result.out());
    }

    @Test
    void aMissingSectionIsAnErrorFinding(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("site.json");
        Files.writeString(file, THREE_MISTAKES.replace("ubnd@", "ubnd@thanhhoa.gov.vn").replace("12345", "0912345678")
                .replace(",\n  \"footer\": {\"owner\": \"UBND xã Mẫu Sơn\"}", ""));
        Result result = run("check", file.toString());
        assertEquals(1, result.code(), result.out());
        assertTrue(result.out().contains("error [FOOTER-RESPONSIBLE] " + file + ": Footer, person responsible for content (footer.responsiblePerson): is required"), result.out());
    }

    @Test
    void theHelpListsEveryCommandAndACommandNamedFirstIsFound() {
        Result help = inDefaultLanguage("--help");
        assertEquals(0, help.code());
        for (String command : List.of("check", "audit", "resize", "schema", "fix-encoding", "import", "monitor", "help")) {
            assertTrue(help.out().contains("\n  " + command + " "), command + " missing from:\n" + help.out());
        }
        assertTrue(inDefaultLanguage("--lang", "en", "resize", "--help").out().startsWith("Usage: congkit resize "));
        assertTrue(inDefaultLanguage("--lang=en", "help", "resize").out().startsWith("Usage: congkit resize "));
        assertTrue(inDefaultLanguage("--lang", "en").out().contains("\n  monitor "), "no command: the usage, every command listed");
    }

    @Test
    void theVersionIsPrintedAloneOrBesideTheLanguage() {
        for (String[] args : List.of(new String[] {"--version"}, new String[] {"-V"}, new String[] {"--lang", "en", "--version"})) {
            Result version = inDefaultLanguage(args);
            assertEquals(0, version.code(), String.join(" ", args));
            assertTrue(version.out().startsWith("CổngKit "), version.out());
        }
    }

    @Test
    void usageAndIoErrorsExitTwo(@TempDir Path dir) {
        assertEquals(2, run("check").code());
        Result missing = run("check", dir.resolve("nope.json").toString());
        assertEquals(2, missing.code());
        assertEquals("congkit: cannot read " + dir.resolve("nope.json") + ": no such file", missing.err().strip());
        assertEquals(2, run("check", dir.toString()).code());
        assertEquals(2, run("frobnicate").code());
        assertEquals(2, run("check", "../samples/src/main/resources/site.json", "--rules", "nope").code());
    }

    @Test
    void schemaIsWrittenWholeOrNotAtAll(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("site.schema.json");
        assertEquals(0, run("schema", "--out", out.toString()).code());
        String schema = Files.readString(out);
        assertTrue(schema.contains("\"footer\""), schema);
        assertTrue(schema.contains("\"responsiblePerson\""));
        assertEquals(2, run("schema", "--out", dir.resolve("missing-folder/x.json").toString()).code());
    }
}

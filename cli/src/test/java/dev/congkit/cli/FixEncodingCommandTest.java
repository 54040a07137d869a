package dev.congkit.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** UTF8: names typed in a legacy font encoding are found by check and converted by fix-encoding. */
class FixEncodingCommandTest {

    static final String GARBLED = """
            {
              "agency": {
                "fullName": "Ủy ban nhân dân xã Mẫu Sơn",
                "level": "XA",
                "address": "Th«n Trung T©m, x· MÉu S¬n",
                "phone": "0237 3 000 001",
                "email": "ubndmauson@thanhhoa.gov.vn",
                "baseUrl": "https://mauson.thanhhoa.gov.vn"
              },
              "officials": [
                {"id": "nguyen-van-binh", "fullName": "NguyÔn V¨n B×nh", "position": "Phoù Chuû tòch UBND xaõ", "unit": "UBND xã",
                 "phone": "0237 3 000 002", "email": "nvbinh@thanhhoa.gov.vn"},
                {"id": "muller", "fullName": "Anna Müller", "position": "Tình nguyện viên", "unit": "Thanh Hoá", "phone": "0237 3 000 003"}
              ],
              "footer": {"responsiblePerson": {"fullName": "Nguyễn Văn Bình", "position": "Phó Chủ tịch UBND xã"}}
            }
            """;

    @Test
    void checkWarnsNamingThePathTheEncodingAndTheConvertedText(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("site.json");
        Files.writeString(file, GARBLED, StandardCharsets.UTF_8);
        CliTest.Result result = CliTest.run("check", file.toString(), "--date", "2026-12-01");
        assertEquals(0, result.code(), result.out() + result.err());
        String out = result.out();
        assertTrue(out.contains("warning [UTF8] " + file + ": official 1, full name (officials[0].fullName): looks like TCVN3 (ABC, .VnTime) text, not Unicode: "
                + "did you mean 'Nguyễn Văn Bình'?"), out);
        assertTrue(out.contains("(officials[0].position): looks like VNI Windows (VNI-Times) text, not Unicode: did you mean 'Phó Chủ tịch UBND xã'?"), out);
        assertTrue(out.contains("(agency.address): looks like TCVN3 (ABC, .VnTime) text, not Unicode: did you mean 'Thôn Trung Tâm, xã Mẫu Sơn'?"), out);
        assertFalse(out.contains("officials[1]"), "Müller and Thanh Hoá are correct: " + out);
        assertFalse(out.contains("agency.fullName"), out);
    }

    @Test
    void fixEncodingConvertsInPlaceKeepsABackupAndChangesNothingElse(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("site.json");
        Files.writeString(file, GARBLED, StandardCharsets.UTF_8);
        CliTest.Result result = CliTest.run("fix-encoding", file.toString());
        assertEquals(0, result.code(), result.out() + result.err());
        assertTrue(result.out().contains(file + ": official 1, full name (officials[0].fullName): 'NguyÔn V¨n B×nh' → 'Nguyễn Văn Bình' (TCVN3 (ABC, .VnTime))"), result.out());
        assertTrue(result.out().contains("3 value(s) converted"), result.out());
        String fixed = Files.readString(file, StandardCharsets.UTF_8);
        assertEquals(GARBLED.replace("Th«n Trung T©m, x· MÉu S¬n", "Thôn Trung Tâm, xã Mẫu Sơn").replace("NguyÔn V¨n B×nh", "Nguyễn Văn Bình")
                .replace("Phoù Chuû tòch UBND xaõ", "Phó Chủ tịch UBND xã"), fixed, "only the garbled values change; layout stays");
        List<Path> backups;
        try (Stream<Path> files = Files.list(dir)) {
            backups = files.filter(p -> p.getFileName().toString().matches("site\\.json\\.\\d{8}-\\d{6}\\.bak")).toList();
        }
        assertEquals(1, backups.size());
        assertEquals(GARBLED, Files.readString(backups.get(0), StandardCharsets.UTF_8));
        CliTest.Result check = CliTest.run("check", file.toString(), "--date", "2026-12-01");
        assertFalse(check.out().contains("[UTF8]"), check.out());

        CliTest.Result again = CliTest.run("fix-encoding", file.toString());
        assertEquals(0, again.code());
        assertTrue(again.out().contains("no text in a legacy encoding; the file is unchanged"), again.out());
    }

    @Test
    void aFileThatIsNotJsonOrNotUtf8IsLeftAlone(@TempDir Path dir) throws Exception {
        Path broken = dir.resolve("broken.json");
        Files.writeString(broken, "{ \"agency\": \"NguyÔn\", ", StandardCharsets.UTF_8);
        CliTest.Result result = CliTest.run("fix-encoding", broken.toString());
        assertEquals(2, result.code());
        assertTrue(result.err().contains("invalid JSON"), result.err());
        assertEquals("{ \"agency\": \"NguyÔn\", ", Files.readString(broken));

        Path latin = dir.resolve("latin.json");
        Files.write(latin, "{\"a\": \"Nguy\u00D4n\"}".getBytes(StandardCharsets.ISO_8859_1));
        CliTest.Result notUtf8 = CliTest.run("fix-encoding", latin.toString());
        assertEquals(2, notUtf8.code());
        assertTrue(notUtf8.err().contains("is not UTF-8"), notUtf8.err());
        try (Stream<Path> files = Files.list(dir)) {
            assertEquals(2, files.count(), "no backup, no temporary file left");
        }
    }

    @Test
    void dryRunOnlyLists(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("site.json");
        Files.writeString(file, GARBLED, StandardCharsets.UTF_8);
        CliTest.Result result = CliTest.run("fix-encoding", "--dry-run", file.toString());
        assertEquals(0, result.code());
        assertTrue(result.out().contains("3 value(s) would be converted"), result.out());
        assertEquals(GARBLED, Files.readString(file, StandardCharsets.UTF_8));
    }
}

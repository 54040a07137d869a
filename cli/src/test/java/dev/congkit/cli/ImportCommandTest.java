package dev.congkit.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** SCHEDULE-LEADER, CONTACT-OFFICIALS, UPDATE-ON-CHANGE: spreadsheets offices keep, imported into the site. */
class ImportCommandTest {

    private static final Path SAMPLE = Path.of("../samples/src/main/resources/site.json");
    private static final java.util.logging.Logger FLYWAY = java.util.logging.Logger.getLogger("org.flywaydb");

    static {
        FLYWAY.setLevel(java.util.logging.Level.WARNING);
    }

    static final String SCHEDULE = """
            \uFEFFThứ;Ngày;Buổi;Thời gian;Nội dung;Chủ trì;Thành phần;Địa điểm;Đơn vị chuẩn bị;Ghi chú
            Thứ Hai;14/12/2026;Sáng;7h30 - 9h00;Giao ban đầu tuần;đ/c Thành – CT;Lãnh đạo UBND, công chức;Phòng họp số 1;Văn phòng;
            Thứ Hai;14/12/2026;Chiều;14g00;Tiếp công dân định kỳ;Hường (PCT);;Phòng tiếp công dân;;
            Thứ Ba;15/12/2026;Sáng;08:00 - 11:00;"Kiểm tra công tác phòng, chống lụt bão; thôn Trung Tâm";Trưởng Công an xã;;Thôn Trung Tâm;;Mang theo hồ sơ
            """;

    private static Path site(Path dir) throws Exception {
        Path file = dir.resolve("site.json");
        Files.copy(SAMPLE, file);
        return file;
    }

    private static List<Path> backups(Path dir) throws Exception {
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(p -> p.getFileName().toString().endsWith(".bak")).toList();
        }
    }

    @Test
    void aCsvScheduleIsMergedIntoItsWeekAndTheSiteStillChecks(@TempDir Path dir) throws Exception {
        Path site = site(dir);
        Path csv = dir.resolve("lich.csv");
        Files.writeString(csv, SCHEDULE, StandardCharsets.UTF_8);
        CliTest.Result result = CliTest.run("import", "leader-schedule", csv.toString(), "--into", site.toString());
        assertEquals(0, result.code(), result.out() + result.err());
        assertTrue(result.out().contains("3 row(s) imported (0 replaced an entry) in week(s) 2026-W51"), result.out());
        JsonNode week = week(site, "2026-W51");
        JsonNode first = week.get("entries").get(0);
        assertEquals("2026-12-14", first.get("date").asText());
        assertEquals("07:30", first.get("start").asText());
        assertEquals("09:00", first.get("end").asText());
        assertEquals("nguyen-van-thanh", first.get("leader").asText(), "'đ/c Thành – CT' is the chairman");
        assertEquals("nguyen-thi-huong", week.get("entries").get(1).get("leader").asText(), "'Hường (PCT)' is the vice-chair");
        assertEquals("CHIEU", week.get("entries").get(1).get("session").asText());
        JsonNode third = week.get("entries").get(2);
        assertEquals("Trưởng Công an xã", third.get("chair").asText(), "no official holds that title: kept as text");
        assertEquals("Kiểm tra công tác phòng, chống lụt bão; thôn Trung Tâm", third.get("content").asText());
        assertEquals("Mang theo hồ sơ", third.get("notes").asText());
        assertEquals(1, backups(dir).size());
        assertArrayEquals(Files.readAllBytes(SAMPLE), Files.readAllBytes(backups(dir).get(0)));

        CliTest.Result check = CliTest.run("check", site.toString(), "--date", "2026-12-14");
        assertEquals(0, check.code(), check.out());

        // the office corrects one row: same date and time, new content
        Files.writeString(csv, SCHEDULE.replace("Giao ban đầu tuần", "Giao ban đầu tuần (dời sang Phòng họp số 2)"), StandardCharsets.UTF_8);
        CliTest.Result again = CliTest.run("import", "leader-schedule", csv.toString(), "--into", site.toString());
        assertEquals(0, again.code(), again.out() + again.err());
        assertTrue(again.out().contains("3 row(s) imported (3 replaced an entry)"), again.out());
        JsonNode corrected = week(site, "2026-W51").get("entries");
        assertEquals(3, corrected.size(), "replaced, not added");
        assertTrue(corrected.get(0).get("changed").asBoolean());
        assertEquals(1, corrected.get(0).get("sequence").asInt());
        assertFalse(corrected.get(1).has("changed"), "an unchanged row stays as it was");
    }

    @Test
    void aBadRowNamesRowAndColumnAndLeavesTheFileUntouched(@TempDir Path dir) throws Exception {
        Path site = site(dir);
        Path csv = dir.resolve("lich.csv");
        Files.writeString(csv, SCHEDULE.replace("14g00", "25h").replace("15/12/2026", "31/02/2026").replace("Thứ Hai;14/12/2026;Sáng", "Thứ Ba;14/12/2026;Sáng"),
                StandardCharsets.UTF_8);
        byte[] before = Files.readAllBytes(site);
        CliTest.Result result = CliTest.run("import", "leader-schedule", csv.toString(), "--into", site.toString());
        assertEquals(1, result.code(), result.out());
        assertTrue(result.out().contains("error " + csv + ": row 3, column D 'Thời gian': is not a time such as 07:30, 7h30, 7g30 or 07:30 - 09:00, but was '25h'"),
                result.out());
        assertTrue(result.out().contains("row 4, column B 'Ngày': is not a date such as 14/12/2026, but was '31/02/2026'"), result.out());
        assertTrue(result.out().contains("row 2, column A 'Thứ': says 'Thứ Ba', but 14/12/2026 is Thứ Hai"), result.out());
        assertTrue(result.out().contains("3 errors; nothing was imported and nothing was written"), result.out());
        assertArrayEquals(before, Files.readAllBytes(site));
        assertEquals(List.of(), backups(dir));
    }

    @Test
    void anXlsxWithExcelDatesAndTimesIsRead(@TempDir Path dir) throws Exception {
        Path site = site(dir);
        Path xlsx = dir.resolve("lich.xlsx");
        try (OutputStream out = Files.newOutputStream(xlsx); Workbook workbook = new Workbook(out, "CongKitTest", "1.0")) {
            Worksheet sheet = workbook.newWorksheet("Lịch tuần");
            String[] header = {"Ngày", "Thời gian", "Nội dung", "Chủ trì", "Địa điểm"};
            for (int i = 0; i < header.length; i++) {
                sheet.value(0, i, header[i]);
            }
            sheet.value(1, 0, LocalDate.of(2026, 12, 16));
            sheet.style(1, 0).format("dd/mm/yyyy").set();
            sheet.value(1, 1, 0.3125);   // 07:30 as Excel keeps a time
            sheet.value(1, 2, "Họp Ban Chỉ đạo chuyển đổi số");
            sheet.value(1, 3, "Nguyễn Văn Thành");
            sheet.value(1, 4, "Hội trường UBND xã");
            sheet.value(2, 0, "17/12/2026");
            sheet.value(2, 1, "7 giờ 30");
            sheet.value(2, 2, "");
        }
        CliTest.Result bad = CliTest.run("import", "leader-schedule", xlsx.toString(), "--into", site.toString());
        assertEquals(1, bad.code(), bad.out());
        assertTrue(bad.out().contains(xlsx + " (sheet 'Lịch tuần'): row 3, column C 'Nội dung': is empty"), bad.out());

        try (OutputStream out = Files.newOutputStream(xlsx); Workbook workbook = new Workbook(out, "CongKitTest", "1.0")) {
            Worksheet sheet = workbook.newWorksheet("Lịch tuần");
            sheet.value(0, 0, "NGÀY");
            sheet.value(0, 1, "thoi gian");
            sheet.value(0, 2, "Nội dung");
            sheet.value(1, 0, LocalDate.of(2026, 12, 16));
            sheet.value(1, 1, 0.3125);
            sheet.value(1, 2, "Họp Ban Chỉ đạo chuyển đổi số");
        }
        CliTest.Result good = CliTest.run("import", "leader-schedule", xlsx.toString(), "--into", site.toString());
        assertEquals(0, good.code(), good.out() + good.err());
        JsonNode entry = week(site, "2026-W51").get("entries").get(0);
        assertEquals("2026-12-16", entry.get("date").asText());
        assertEquals("07:30", entry.get("start").asText());
    }

    @Test
    void officialsAreAddedOrUpdatedByName(@TempDir Path dir) throws Exception {
        Path site = site(dir);
        Path csv = dir.resolve("can-bo.csv");
        Files.writeString(csv, """
                Họ và tên,Chức vụ,Điện thoại,Email,Cơ quan
                Nguyễn Thị Hường,Phó Chủ tịch UBND xã,0912 345 678,nthuong.mauson@thanhhoa.gov.vn,UBND xã
                Nguyễn Văn Bình,Công chức Tư pháp - Hộ tịch,0237 3 123 999,,UBND xã
                """, StandardCharsets.UTF_8);
        CliTest.Result result = CliTest.run("import", "officials", csv.toString(), "--into", site.toString());
        assertEquals(0, result.code(), result.out() + result.err());
        assertTrue(result.out().contains("1 official(s) added, 1 updated"), result.out());
        JsonNode officials = new ObjectMapper().readTree(site.toFile()).get("officials");
        JsonNode huong = officials.get(3);
        assertEquals("nguyen-thi-huong", huong.get("id").asText());
        assertEquals("0912 345 678", huong.get("phone").asText());
        JsonNode binh = officials.get(officials.size() - 1);
        assertEquals("nguyen-van-binh", binh.get("id").asText());
        assertEquals(0, CliTest.run("check", site.toString(), "--date", "2026-12-14").code());

        Files.writeString(csv, "Họ và tên,Chức vụ,Điện thoại,Cơ quan\nLê Văn An,Công chức,12345,UBND xã\n", StandardCharsets.UTF_8);
        CliTest.Result bad = CliTest.run("import", "officials", csv.toString(), "--into", site.toString());
        assertEquals(1, bad.code());
        assertTrue(bad.out().contains("row 2, column C 'Điện thoại': must be a Vietnamese phone number"), bad.out());
    }

    /** DOCS-LIST: the register of outgoing documents, as an office keeps it, into the documents list. */
    @Test
    void aRegisterOfDocumentsIsAddedOrUpdatedByNumberAndYear(@TempDir Path dir) throws Exception {
        Path site = site(dir);
        Path csv = dir.resolve("so-van-ban-di.csv");
        Files.writeString(csv, """
                STT;Số, ký hiệu văn bản;Ngày tháng văn bản;Tên loại và trích yếu nội dung;Người ký;Lĩnh vực;Tệp
                1;25/QĐ-UBND;02/12/2026;Quyết định về việc thành lập Tổ công tác chuyển đổi số;Nguyễn Văn Thành;Chuyển đổi số;/media/van-ban/25-qd-ubnd-2026.pdf
                2;190 / UBND-VP;03/12/2026;V/v đôn đốc nộp thuế đất phi nông nghiệp;Nguyễn Thị Hường;Đất đai;
                3;12/QĐ-UBND;23/11/2026;Về việc giao chỉ tiêu thu ngân sách năm 2027 (bản sửa);Nguyễn Văn Thành;;
                """, StandardCharsets.UTF_8);
        CliTest.Result result = CliTest.run("import", "documents", csv.toString(), "--into", site.toString());
        assertEquals(0, result.code(), result.out() + result.err());
        assertTrue(result.out().contains("2 document(s) added, 1 updated"), result.out());
        JsonNode items = new ObjectMapper().readTree(site.toFile()).get("documents").get("items");
        JsonNode decision = items.get(items.size() - 2);
        assertEquals("QUYET_DINH", decision.get("type").asText(), "the type from the summary's first words and the symbol");
        assertEquals("Về việc thành lập Tổ công tác chuyển đổi số", decision.get("summary").asText());
        assertEquals("25-qd-ubnd-2026", decision.get("slug").asText());
        assertEquals("2026-12-02", decision.get("issued").asText());
        JsonNode letter = items.get(items.size() - 1);
        assertEquals("CONG_VAN", letter.get("type").asText());
        assertEquals("190/UBND-VP", letter.get("number").asText());
        assertTrue(items.toString().contains("(bản sửa)"), "the document of the same number and year is updated");

        Files.writeString(csv, "Số/ký hiệu,Ngày ban hành,Trích yếu\n05/Q\u00D0-UBND,32/12/2026,\n", StandardCharsets.UTF_8);
        CliTest.Result bad = CliTest.run("import", "documents", csv.toString(), "--into", site.toString());
        assertEquals(1, bad.code());
        assertTrue(bad.out().contains("row 2, column A 'Số/ký hiệu': uses Ð (U+00D0, Icelandic eth) where Đ (U+0110) is meant"), bad.out());
        assertTrue(bad.out().contains("row 2, column B 'Ngày ban hành': must be a date such as 12/01/2026, but was '32/12/2026'"), bad.out());
        assertTrue(bad.out().contains("row 2, column C 'Trích yếu': is empty"), bad.out());
        assertTrue(bad.out().contains("nothing was imported"), bad.out());
    }

    @Test
    void intoAStoreTheSiteGetsANewVersion(@TempDir Path dir) throws Exception {
        String url = "jdbc:h2:file:" + dir.resolve("congkit").toAbsolutePath();
        try (dev.congkit.store.SiteStore store = dev.congkit.store.SiteStore.open(url, null, null)) {
            store.save("site.json", dev.congkit.core.config.SiteConfigLoader.parse("site.json", Files.readString(SAMPLE)));
        }
        Path csv = dir.resolve("lich.csv");
        Files.writeString(csv, SCHEDULE, StandardCharsets.UTF_8);
        CliTest.Result result = CliTest.run("import", "leader-schedule", csv.toString(), "--into", url);
        assertEquals(0, result.code(), result.out() + result.err());
        assertTrue(result.out().contains("into the site of mauson.thanhhoa.gov.vn (version 2)"), result.out());
        try (dev.congkit.store.SiteStore store = dev.congkit.store.SiteStore.open(url, null, null)) {
            var site = store.forHost("mauson.thanhhoa.gov.vn").orElseThrow().site();
            var schedule = site.section(dev.congkit.widgets.schedule.LeaderSchedule.SECTION).orElseThrow();
            assertTrue(schedule.weeks().stream().anyMatch(w -> w.week().equals("2026-W51") && w.entries().size() == 3));
        }
    }

    @Test
    void hostileFilesAreRefusedWithoutReadingThem(@TempDir Path dir) throws Exception {
        Path site = site(dir);
        Path bomb = dir.resolve("bom.xlsx");
        try (var zip = new java.util.zip.ZipOutputStream(Files.newOutputStream(bomb))) {
            zip.putNextEntry(new java.util.zip.ZipEntry("xl/worksheets/sheet1.xml"));
            byte[] zeros = new byte[1 << 20];
            for (int i = 0; i < 300; i++) {
                zip.write(zeros);   // 300 MiB of zeros, a few hundred KiB packed
            }
        }
        CliTest.Result result = CliTest.run("import", "leader-schedule", bomb.toString(), "--into", site.toString());
        assertEquals(1, result.code());
        assertTrue(result.out().contains("unpacks to more than 200 MiB"), result.out());

        Path latin = dir.resolve("lich.csv");
        Files.write(latin, "Ngày,Thời gian,Nội dung\n14/12/2026,7h30,Giao ban\n".getBytes(StandardCharsets.ISO_8859_1));
        assertTrue(CliTest.run("import", "leader-schedule", latin.toString(), "--into", site.toString()).out().contains("is not UTF-8 text"));

        Path xls = dir.resolve("lich.xls");
        Files.write(xls, new byte[] {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1, 0, 0});
        assertTrue(CliTest.run("import", "leader-schedule", xls.toString(), "--into", site.toString()).out().contains("Excel 97–2003"));

        Path many = dir.resolve("nhieu.csv");
        Files.writeString(many, "Ngày,Thời gian,Nội dung\n" + "14/12/2026,7h30,Giao ban\n".repeat(6000), StandardCharsets.UTF_8);
        assertTrue(CliTest.run("import", "leader-schedule", many.toString(), "--into", site.toString()).out().contains("more than 5000 rows"));

        Path entity = dir.resolve("xxe.xlsx");
        writeXxe(entity, Path.of("/etc/hostname"));
        CliTest.Result xxe = CliTest.run("import", "leader-schedule", entity.toString(), "--into", site.toString());
        assertFalse(xxe.out().contains(Files.readString(Path.of("/etc/hostname")).strip()) && !Files.readString(Path.of("/etc/hostname")).isBlank(),
                "an external entity is never read: " + xxe.out());
        assertArrayEquals(Files.readAllBytes(SAMPLE), Files.readAllBytes(site));
    }

    /** A workbook whose shared strings declare an external entity naming a local file. */
    private static void writeXxe(Path xlsx, Path secret) throws Exception {
        Path plain = xlsx.resolveSibling("plain.xlsx");
        try (OutputStream out = Files.newOutputStream(plain); Workbook workbook = new Workbook(out, "CongKitTest", "1.0")) {
            Worksheet sheet = workbook.newWorksheet("Lịch");
            sheet.value(0, 0, "Ngày");
            sheet.value(0, 1, "Thời gian");
            sheet.value(0, 2, "Nội dung");
            sheet.value(1, 0, "14/12/2026");
            sheet.value(1, 1, "7h30");
            sheet.value(1, 2, "PLACEHOLDER");
        }
        try (var in = new java.util.zip.ZipFile(plain.toFile());
             var out = new java.util.zip.ZipOutputStream(Files.newOutputStream(xlsx))) {
            for (var entry : java.util.Collections.list(in.entries())) {
                byte[] bytes = in.getInputStream(entry).readAllBytes();
                if (entry.getName().equals("xl/sharedStrings.xml")) {
                    String xml = new String(bytes, StandardCharsets.UTF_8)
                            .replaceFirst("\\?>", "?><!DOCTYPE sst [<!ENTITY secret SYSTEM \"file://" + secret + "\">]>")
                            .replace("PLACEHOLDER", "&secret;");
                    bytes = xml.getBytes(StandardCharsets.UTF_8);
                }
                out.putNextEntry(new java.util.zip.ZipEntry(entry.getName()));
                out.write(bytes);
            }
        }
    }

    private static JsonNode week(Path site, String week) throws Exception {
        for (JsonNode w : new ObjectMapper().readTree(site.toFile()).get("leaderSchedule").get("weeks")) {
            if (w.get("week").asText().equals(week)) {
                return w;
            }
        }
        throw new AssertionError("no week " + week);
    }
}

package dev.congkit.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;

import static dev.congkit.cli.CliTest.inDefaultLanguage;
import static dev.congkit.cli.CliTest.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Vietnamese first: a clerk who runs {@code congkit} with no option reads Vietnamese, whatever the
 * machine's locale (the tests run with {@code -Duser.language=en}); the place of each problem is said in
 * words, counted from one, with its key path beside it; {@code --lang en} gives English.
 */
class LanguageTest {

    @Test
    void checkSpeaksVietnameseByDefault(@TempDir Path dir) throws Exception {
        assertEquals("en", Locale.getDefault().getLanguage(), "the machine's locale is English here");
        Path file = dir.resolve("site.json");
        Files.writeString(file, CliTest.THREE_MISTAKES);
        CliTest.Result result = inDefaultLanguage("check", file.toString());
        assertEquals(1, result.code());
        assertEquals(String.join("\n",
                "lỗi " + file + ": Thông tin cơ quan, Thư điện tử (agency.email): phải là một địa chỉ thư điện tử, nhưng đang là 'ubnd@'",
                "lỗi " + file + ": Cán bộ thứ 1, Số điện thoại (officials[0].phone): phải là một số điện thoại Việt Nam (di động 0xx xxx xxxx, "
                        + "cố định 02xx xxx xxxx, 1800/1900 hoặc đường dây nóng số ngắn), nhưng đang là '12345'",
                "lỗi " + file + ": Chân trang, Người chịu trách nhiệm nội dung (footer.responsiblePerson): không được để trống",
                "3 lỗi; tệp chưa được nạp", ""), result.out().replace(System.lineSeparator(), "\n"));
    }

    @Test
    void aScheduleEntryIsPlacedByWeekRowAndColumn(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("site.json");
        String sample = Files.readString(Path.of("../samples/src/main/resources/site.json"));
        int weeks = sample.indexOf("\"weeks\"");
        int date = sample.indexOf("\"date\": \"", weeks);
        Files.writeString(file, sample.substring(0, date) + "\"date\": \"thứ Hai\"" + sample.substring(sample.indexOf(',', date)));
        CliTest.Result result = inDefaultLanguage("check", file.toString());
        assertEquals(1, result.code(), result.out() + result.err());
        assertTrue(result.out().contains("Lịch làm việc của lãnh đạo, tuần thứ 1, dòng 1, cột Ngày (leaderSchedule.weeks[0].entries[0].date): "
                + "phải là một ngày viết dạng yyyy-mm-dd (năm-tháng-ngày), nhưng đang là 'thứ Hai'"), result.out());
        CliTest.Result english = run("check", file.toString());
        assertTrue(english.out().contains("Leaders' work schedule, week 1, row 1, column Date (leaderSchedule.weeks[0].entries[0].date): "
                + "must be a date written yyyy-mm-dd, but was 'thứ Hai'"), english.out());
    }

    @Test
    void findingsAndTheSummaryAreVietnamese() {
        CliTest.Result result = inDefaultLanguage("check", "../samples/src/main/resources/site.json", "--date", "2026-11-28");
        assertEquals(0, result.code(), result.out() + result.err());
        assertTrue(result.out().startsWith("cảnh báo [BANNER-EXPIRY] ../samples/src/main/resources/site.json: Băng-rôn, Băng-rôn thứ 4, "
                + "Hiệu lực đến ngày (banners.items[3].validUntil): băng-rôn 'ky-niem-1930-2015'"), result.out());
        assertTrue(result.out().contains("0 lỗi, 1 cảnh báo (bộ quy tắc vn-nd224-2026 + thanhhoa-camthuy-2023, ngày 2026-11-28)"), result.out());
    }

    @Test
    void anImportRowIsNamedByRowAndColumn(@TempDir Path dir) throws Exception {
        Path site = dir.resolve("site.json");
        Files.copy(Path.of("../samples/src/main/resources/site.json"), site);
        Path sheet = dir.resolve("can-bo.csv");
        Files.writeString(sheet, "Họ và tên,Chức vụ,Điện thoại,Email,Cơ quan\nNguyễn Thị Hường,Chủ tịch UBND xã,12345,huong@thanhhoa.gov.vn,UBND xã\n",
                StandardCharsets.UTF_8);
        CliTest.Result result = inDefaultLanguage("import", "officials", sheet.toString(), "--into", site.toString());
        assertEquals(1, result.code(), result.out() + result.err());
        assertTrue(result.out().contains("lỗi " + sheet + ": dòng 2, cột C 'Điện thoại': phải là một số điện thoại Việt Nam"), result.out());
        assertTrue(result.out().contains("1 lỗi; chưa nhập gì và không ghi gì"), result.out());
    }

    @Test
    void helpIsVietnameseUnlessEnglishIsAsked() {
        CliTest.Result vi = inDefaultLanguage("check", "--help");
        assertTrue(vi.out().startsWith("Cách dùng: congkit check"), vi.out());
        assertTrue(vi.out().contains("Kiểm tra tệp site.json") && vi.out().contains("Tùy chọn:"), vi.out());
        CliTest.Result en = inDefaultLanguage("check", "--lang", "en", "--help");
        assertTrue(en.out().startsWith("Usage: congkit check"), en.out());
        assertTrue(en.out().contains("Validates a site.json"), en.out());
        assertFalse(en.out().contains("Kiểm tra tệp"), en.out());
    }

    @Test
    void aMistypedCommandLineIsExplainedInVietnamese() {
        CliTest.Result result = inDefaultLanguage("check", "--nope", "site.json");
        assertEquals(2, result.code());
        assertTrue(result.err().startsWith("congkit: dòng lệnh chưa đúng: "), result.err());
        assertTrue(result.err().contains("Xem hướng dẫn: congkit check --help"), result.err());
        CliTest.Result badLanguage = inDefaultLanguage("check", "site.json", "--lang", "fr");
        assertEquals(2, badLanguage.code());
        assertTrue(badLanguage.err().contains("--lang phải là vi hoặc en, nhưng đang là 'fr'"), badLanguage.err());
    }

    /** Every option, parameter and command has its Vietnamese help: none falls back to the English annotation. */
    @Test
    void everyHelpTextHasItsVietnamese() {
        ResourceBundle vietnamese = ResourceBundle.getBundle("dev.congkit.cli.help", Locale.ROOT);
        CommandLine english = new CommandLine(new Main());
        CommandLine translated = new CommandLine(new Main());
        translated.setResourceBundle(vietnamese);
        List<String> untranslated = new ArrayList<>();
        compare(english, translated, untranslated);
        assertEquals(List.of(), untranslated);
    }

    private static void compare(CommandLine english, CommandLine translated, List<String> untranslated) {
        String name = english.getCommandSpec().qualifiedName();
        var en = english.getCommandSpec();
        var vi = translated.getCommandSpec();
        if (!(en.userObject() instanceof CommandLine.HelpCommand)
                && String.join(" ", en.usageMessage().description()).equals(String.join(" ", vi.usageMessage().description()))) {
            untranslated.add(name + " (description)");
        }
        for (int i = 0; i < en.options().size(); i++) {
            if (String.join(" ", en.options().get(i).description()).equals(String.join(" ", vi.options().get(i).description()))) {
                untranslated.add(name + " " + en.options().get(i).longestName());
            }
        }
        for (int i = 0; i < en.positionalParameters().size(); i++) {
            if (String.join(" ", en.positionalParameters().get(i).description()).equals(String.join(" ", vi.positionalParameters().get(i).description()))) {
                untranslated.add(name + " " + en.positionalParameters().get(i).paramLabel());
            }
        }
        english.getSubcommands().forEach((sub, command) -> compare(command, translated.getSubcommands().get(sub), untranslated));
    }
}

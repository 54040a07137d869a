package dev.congkit.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The runnable jar itself, as an office would run it. */
class CliJarIT {

    private static String[] result(Path dir, String... args) throws Exception {
        Path output = dir.resolve("out.txt");
        // a machine set to English: the command still speaks Vietnamese unless asked
        String[] command = new String[args.length + 5];
        command[0] = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        command[1] = "-Duser.language=en";
        command[2] = "-Duser.country=US";
        command[3] = "-jar";
        command[4] = "target/congkit.jar";
        System.arraycopy(args, 0, command, 5, args.length);
        Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(output.toFile()).start();
        assertTrue(process.waitFor(60, TimeUnit.SECONDS));
        return new String[] {String.valueOf(process.exitValue()), Files.readString(output, StandardCharsets.UTF_8)};
    }

    @Test
    void checkFromTheJar(@TempDir Path dir) throws Exception {
        Path bad = dir.resolve("site.json");
        Files.writeString(bad, CliTest.THREE_MISTAKES);
        String[] failed = result(dir, "check", bad.toString());
        assertEquals("1", failed[0], failed[1]);
        // Vietnamese by default, whatever the machine's locale
        assertTrue(failed[1].contains("lỗi " + bad + ": Thông tin cơ quan, Thư điện tử (agency.email): phải là một địa chỉ thư điện tử, nhưng đang là 'ubnd@'"), failed[1]);
        assertTrue(failed[1].contains("Cán bộ thứ 1, Số điện thoại (officials[0].phone): phải là một số điện thoại Việt Nam"), failed[1]);
        assertTrue(failed[1].contains("(footer.responsiblePerson): không được để trống"), failed[1]);
        assertTrue(failed[1].contains("3 lỗi; tệp chưa được nạp"), failed[1]);
        String[] english = result(dir, "check", bad.toString(), "--lang", "en");
        assertEquals("1", english[0], english[1]);
        assertTrue(english[1].contains("(agency.email): must be an e-mail address, but was 'ubnd@'"), english[1]);
        assertTrue(english[1].contains("3 errors; the file was not loaded"), english[1]);
        String[] demo = result(dir, "check", "../samples/src/main/resources/site.json");
        assertEquals("0", demo[0], demo[1]);
    }
}

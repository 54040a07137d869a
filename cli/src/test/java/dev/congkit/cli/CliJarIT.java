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
        String[] command = new String[args.length + 3];
        command[0] = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        command[1] = "-jar";
        command[2] = "target/congkit.jar";
        System.arraycopy(args, 0, command, 3, args.length);
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
        assertTrue(failed[1].contains("agency.email: must be an e-mail address, but was 'ubnd@'"), failed[1]);
        assertTrue(failed[1].contains("officials[0].phone: must be a Vietnamese phone number"), failed[1]);
        assertTrue(failed[1].contains("footer.responsiblePerson: is required"), failed[1]);
        String[] demo = result(dir, "check", "../samples/src/main/resources/site.json");
        assertEquals("0", demo[0], demo[1]);
    }
}

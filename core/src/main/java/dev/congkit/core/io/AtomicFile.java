package dev.congkit.core.io;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;

/**
 * Writes a file all or nothing: the bytes go to a temporary file in the same folder, which then
 * replaces the target in one move. A reader sees the old file or the new one, never half of one;
 * a failure leaves the old file as it was.
 *
 * <p>Example:
 * <pre>{@code
 * AtomicFile.write(Path.of("bao-cao.html"), html);                      // readable by all, like a saved file
 * Path backup = AtomicFile.replaceKeepingBackup(Path.of("site.json"), fixed, clock);
 * // site.json.20261201-143000.bak holds what site.json was
 * }</pre>
 */
public final class AtomicFile {

    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");

    private AtomicFile() {
    }

    /**
     * Readies what the first write needs, for a tool about to write many files with a thread to spare:
     * the JDK names temporary files from a {@link SecureRandom}, whose first use loads and seeds it
     * (some hundredths of a second on a cold JVM).
     */
    public static void prepare() {
        new SecureRandom().nextInt();
    }

    /** Writes {@code text} as UTF-8 to {@code file}, all or nothing. */
    public static Path write(Path file, String text) throws IOException {
        return write(file, text.getBytes(StandardCharsets.UTF_8));
    }

    /** Writes {@code bytes} to {@code file} (created, or replaced) in an existing folder, all or nothing; rw-r--r--. */
    public static Path write(Path file, byte[] bytes) throws IOException {
        Path parent = file.toAbsolutePath().getParent();
        Path temporary = Files.createTempFile(parent, "." + file.getFileName(), ".part");
        try {
            Files.write(temporary, bytes);
            if (Files.getFileStore(temporary).supportsFileAttributeView("posix")) {
                // temporary files are private; what is written here is for the web server or for sharing
                Files.setPosixFilePermissions(temporary, PosixFilePermissions.fromString("rw-r--r--"));
            }
            try {
                Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(temporary);
        }
        return file;
    }

    /**
     * Replaces {@code file} with {@code bytes}, first keeping what it was as
     * {@code FILE.yyyyMMdd-HHmmss.bak} beside it (a number is added if that name is taken).
     *
     * @return the backup
     */
    public static Path replaceKeepingBackup(Path file, byte[] bytes, Clock clock) throws IOException {
        String stamp = LocalDateTime.now(clock).format(STAMP);
        Path backup = file.resolveSibling(file.getFileName() + "." + stamp + ".bak");
        for (int n = 2; Files.exists(backup); n++) {
            backup = file.resolveSibling(file.getFileName() + "." + stamp + "-" + n + ".bak");
        }
        write(backup, Files.readAllBytes(file));
        write(file, bytes);
        return backup;
    }
}

package dev.congkit.audit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Shared helpers of the auditor's tests: the test site, the date of the audits, status maps. */
final class Audits {

    /** Monday 23/11/2026, the week the test site's schedules are written for. */
    static final LocalDate MONDAY = LocalDate.of(2026, 11, 23);
    static final String PRESET = "thanhhoa-camthuy-2023";
    static final Path SITE = Path.of("src/test/resources/sites/mau-son");
    static final Path PAGES = Path.of("src/test/resources/pages");

    private Audits() {
    }

    static AuditOptions options() {
        return AuditOptions.defaults().withRuleSet(PRESET).withDate(MONDAY).withLocale(Locale.forLanguageTag("vi"));
    }

    static SiteReport audit(Path file) {
        return new Auditor(options()).audit(file.toString());
    }

    /** The finding on requirement {@code id} as a line for an assertion's message, or "no finding". */
    static String finding(SiteReport report, String id) {
        return report.findings().stream().filter(f -> f.requirement().equals(id)).findFirst().map(Object::toString).orElse("no finding");
    }

    /** Requirement ID → status id, in report order. */
    static Map<String, String> statuses(SiteReport report) {
        Map<String, String> statuses = new LinkedHashMap<>();
        report.findings().forEach(f -> statuses.put(f.requirement(), f.status().id()));
        return statuses;
    }

    /** Parses "ID status" lines, as the expectations are written. */
    static Map<String, String> expected(String lines) {
        Map<String, String> map = new LinkedHashMap<>();
        for (String line : lines.strip().split("\n")) {
            String[] parts = line.strip().split("\\s+");
            map.put(parts[0], parts[1]);
        }
        return map;
    }

    /** Every requirement has a verdict and no judge broke on the page. */
    static void assertSound(SiteReport report) {
        assertTrue(report.notes().stream().noneMatch(n -> n.contains("Lỗi nội bộ") || n.contains("Internal error")),
                () -> report.target() + ": " + report.notes());
        assertEquals(new Auditor(options()).rules().all().keySet().stream().toList(),
                report.findings().stream().map(AuditFinding::requirement).toList());
        report.findings().forEach(f -> assertTrue(!f.message().isBlank(), f.requirement() + " has no message"));
    }

    /** Copies the test site to {@code into}, so a test can change a page. */
    static Path copySite(Path into) {
        try (Stream<Path> files = Files.walk(SITE)) {
            for (Path file : files.toList()) {
                Path target = into.resolve(SITE.relativize(file).toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(file, target);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return into.resolve("index.html");
    }
}

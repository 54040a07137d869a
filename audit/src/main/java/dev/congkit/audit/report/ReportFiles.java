package dev.congkit.audit.report;

import dev.congkit.audit.SiteReport;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Writes a batch's reports into a folder: {@code summary.html}, {@code summary.json},
 * {@code summary.csv} and, under {@code sites/}, each site's HTML and JSON report. Every file is
 * written whole or not at all (a temporary file moved into place).
 *
 * <p>Example:
 * <pre>{@code
 * // bao-cao/ gets summary.json, summary.csv, summary.html and sites/001-<host>.html|.json, each written whole
 * List<Path> written = ReportFiles.writeBatch(Path.of("bao-cao"), reports, lastMonth,
 *         ReportHeading.checkedOn(LocalDate.now()), Locale.forLanguageTag("vi"));
 * }</pre>
 */
public final class ReportFiles {

    private ReportFiles() {
    }

    public static List<Path> writeBatch(Path folder, List<SiteReport> reports, List<SiteReport> previous, ReportHeading heading,
                                        Locale locale) throws IOException {
        Path sites = folder.resolve("sites");
        Files.createDirectories(sites);
        List<Path> written = new ArrayList<>();
        List<String> links = new ArrayList<>();
        for (int i = 0; i < reports.size(); i++) {
            SiteReport report = reports.get(i);
            String name = String.format(Locale.ROOT, "%03d-%s", i + 1, slug(report.target()));
            written.add(write(sites.resolve(name + ".html"), HtmlReports.site(report, heading, locale)));
            written.add(write(sites.resolve(name + ".json"), JsonReports.site(report)));
            links.add("sites/" + name + ".html");
        }
        written.add(write(folder.resolve("summary.json"), JsonReports.summary(reports, heading)));
        written.add(write(folder.resolve("summary.csv"), CsvReports.table(reports)));
        written.add(write(folder.resolve("summary.html"), HtmlReports.summary(reports, links, previous, heading, locale)));
        return written;
    }

    /** Writes {@code text} as UTF-8 to {@code file}, all or nothing. */
    public static Path write(Path file, String text) throws IOException {
        Files.createDirectories(file.toAbsolutePath().getParent());
        return dev.congkit.core.io.AtomicFile.write(file, text);
    }

    /** A short ASCII name for a target: its host and path, or its file name. */
    static String slug(String target) {
        URI uri = null;
        try {
            uri = URI.create(target.strip());
        } catch (IllegalArgumentException e) {
            // a file name with spaces or the like: named by its last part below
        }
        String base = uri != null && uri.getHost() != null
                ? uri.getHost() + (uri.getPort() > 0 ? "-" + uri.getPort() : "") + (uri.getPath() == null ? "" : uri.getPath())
                : target.replaceFirst(".*[/\\\\]", "").replaceFirst("\\.html?$", "");
        String ascii = Normalizer.normalize(base.replace('đ', 'd').replace('Đ', 'D'), Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        String slug = ascii.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-+|-+$)", "");
        return slug.isEmpty() ? "site" : slug.length() > 60 ? slug.substring(0, 60) : slug;
    }
}

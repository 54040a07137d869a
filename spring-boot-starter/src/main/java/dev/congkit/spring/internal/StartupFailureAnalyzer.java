package dev.congkit.spring.internal;

import dev.congkit.core.config.ConfigException;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.diagnostics.FailureAnalyzer;

import java.util.Locale;
import java.util.stream.Collectors;

/**
 * Turns CổngKit's start-up failures into Spring Boot's "APPLICATION FAILED TO START" report: every
 * problem of a bad {@code site.json} (not a stack trace), or the missing property. Internal.
 */
public final class StartupFailureAnalyzer implements FailureAnalyzer {

    @Override
    public FailureAnalysis analyze(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof ConfigException config) {
                String problems = config.describe(Locale.forLanguageTag("vi")).stream()
                        .map(line -> "  - " + line).collect(Collectors.joining(System.lineSeparator()));
                return new FailureAnalysis("CổngKit không nạp được site.json (site.json could not be loaded), "
                        + config.problems().size() + " lỗi (problems):" + System.lineSeparator() + problems,
                        "Sửa các lỗi trên trong site.json rồi khởi động lại; `java -jar congkit.jar check site.json` kiểm tra tệp mà không cần khởi động"
                                + " (fix the problems above and start again; `congkit check site.json` checks the file without starting)",
                        config);
            }
            if (cause instanceof SiteNotConfiguredException missing) {
                return new FailureAnalysis(missing.getMessage(),
                        "Thêm congkit.site=/duong-dan/site.json vào application.properties, hoặc khai báo một bean SiteSource"
                                + " (add congkit.site to application.properties, or declare a SiteSource bean)",
                        missing);
            }
        }
        return null;
    }
}

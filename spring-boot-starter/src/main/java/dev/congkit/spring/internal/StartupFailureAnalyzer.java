package dev.congkit.spring.internal;

import dev.congkit.core.config.ConfigException;
import dev.congkit.core.config.ConfigProblem;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.diagnostics.FailureAnalyzer;

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
                String problems = config.problems().stream().limit(ConfigException.SHOWN)
                        .map(ConfigProblem::toString).map(line -> "  - " + line).collect(Collectors.joining(System.lineSeparator()));
                int more = config.problems().size() - ConfigException.SHOWN;
                return new FailureAnalysis("CổngKit không nạp được site.json (site.json could not be loaded), "
                        + config.problems().size() + " lỗi (problems):" + System.lineSeparator() + problems
                        + (more > 0 ? System.lineSeparator() + "  … và " + more + " lỗi nữa (more)" : ""),
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

package dev.congkit.widgets;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.congkit.core.config.ConfigException;
import dev.congkit.core.config.SiteConfigLoader;
import dev.congkit.core.model.SiteConfig;
import dev.congkit.core.render.Locales;
import dev.congkit.core.render.RenderContext;
import dev.congkit.core.render.WidgetRenderer;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One fixture scenario, next to its widget's package path:
 * {@code dev/congkit/widgets/<package>/fixtures/<widget-id>/<scenario>.json} holds {@code {"context": {lang,
 * path, today, params}, "site": {...site.json...}}}; the expected output is {@code <scenario>.html},
 * or {@code <scenario>.errors.txt} when the site must be refused.
 */
public record Fixture(String widgetId, String scenario, Path file) {

    /** Where every widget's fixtures are, each under {@code <package>/fixtures/<widget-id>/}. */
    public static final Path ROOT = Path.of("src/test/resources/dev/congkit/widgets");
    private static final ObjectMapper MAPPER = new ObjectMapper();
    public static final SiteConfigLoader LOADER = SiteConfigLoader.withRegisteredSections();
    public static final WidgetRenderer RENDERER = WidgetRenderer.create();

    /** The rendered HTML, or the loader's error text prefixed with {@code ERRORS}. */
    public String produce() throws IOException {
        JsonNode wrapper = MAPPER.readTree(Files.readString(file, StandardCharsets.UTF_8));
        SiteConfig site;
        try {
            site = LOADER.load("site.json", wrapper.get("site"));
        } catch (ConfigException e) {
            return "ERRORS\n" + e.getMessage() + "\n";
        }
        return RENDERER.render(widgetId, context(site, wrapper.path("context")));
    }

    public static RenderContext context(SiteConfig site, JsonNode context) {
        LocalDate today = LocalDate.parse(context.path("today").asText("2026-11-23"));
        Clock clock = Clock.fixed(today.atTime(10, 0).atZone(RenderContext.VIETNAM).toInstant(), RenderContext.VIETNAM);
        Map<String, String> params = new LinkedHashMap<>();
        context.path("params").fields().forEachRemaining(e -> params.put(e.getKey(), e.getValue().asText()));
        return RenderContext.of(site).withLocale(Locales.fromTag(context.path("lang").asText("vi")))
                .withPath(context.path("path").asText("/")).withClock(clock).withParams(params);
    }

    /** The folder of {@code widget}'s fixtures: beside its templates' path, under test resources. */
    public static Path folder(dev.congkit.core.render.Widget widget) {
        return Path.of("src/test/resources", widget.templateFolder(), "fixtures", widget.id());
    }

    public Path expectedHtml() {
        return file.resolveSibling(scenario + ".html");
    }

    public Path expectedErrors() {
        return file.resolveSibling(scenario + ".errors.txt");
    }

    @Override
    public String toString() {
        return widgetId + "/" + scenario;
    }
}

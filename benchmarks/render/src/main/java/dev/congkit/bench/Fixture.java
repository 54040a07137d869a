package dev.congkit.bench;

import dev.congkit.core.config.ConfigException;
import dev.congkit.core.config.SiteConfigLoader;
import dev.congkit.core.model.SiteConfig;
import dev.congkit.core.render.RenderContext;
import dev.congkit.core.render.Widget;
import dev.congkit.core.render.WidgetRenderer;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;

/** The sample commune (samples/src/main/resources/site.json) in the week its schedules are written for, and each widget's parameters. */
final class Fixture {

    static final Clock MONDAY = Clock.fixed(Instant.parse("2026-11-23T02:00:00Z"), RenderContext.VIETNAM);
    /** Each widget with the parameters the demo renders it with. */
    static final Map<String, Map<String, String>> WIDGETS = new LinkedHashMap<>();
    /** The widgets of the demo's home page, in page order. */
    static final List<String> HOME = List.of("header", "top-menu", "menu", "banners", "feedback-banner", "leader-schedule", "footer");

    static {
        WIDGETS.put("header", Map.of());
        WIDGETS.put("top-menu", Map.of());
        WIDGETS.put("menu", Map.of());
        WIDGETS.put("footer", Map.of());
        WIDGETS.put("sitemap", Map.of());
        WIDGETS.put("banners", Map.of("slot", "centre"));
        WIDGETS.put("feedback-banner", Map.of());
        WIDGETS.put("figure", Map.of("src", "/anh/hoi-nghi.jpg", "alt", "Quang cảnh hội nghị", "caption", "Hội nghị tại hội trường UBND xã",
                "width", "800", "height", "500", "srcset", "/anh/hoi-nghi-480.jpg 480w, /anh/hoi-nghi.jpg 800w", "sizes", "100vw"));
        WIDGETS.put("contact-card", Map.of("official", "nguyen-van-thanh"));
        WIDGETS.put("directory", Map.of());
        WIDGETS.put("leader-schedule", Map.of());
        WIDGETS.put("reception-schedule", Map.of());
        WIDGETS.put("document-list", Map.of());
        WIDGETS.put("news-list", Map.of());
    }

    /** Rows in the document table and articles in the news list: a full first page of each. */
    static final int DOCUMENT_ROWS = 50;
    static final int NEWS_ITEMS = 20;

    final SiteConfig site;
    final WidgetRenderer renderer = WidgetRenderer.create();
    final Map<String, Widget> widgets = new LinkedHashMap<>();

    Fixture() {
        try {
            Path file = Path.of(System.getProperty("congkit.site", "samples/src/main/resources/site.json"));
            site = SiteConfigLoader.withRegisteredSections().load(file.toString(), fullPages(SiteConfigLoader.parse(file.toString(),
                    java.nio.file.Files.readString(file))));
        } catch (ConfigException | java.io.IOException e) {
            throw new IllegalStateException("cannot load the sample site: " + e.getMessage(), e);
        }
        dev.congkit.core.Extension.discover(Fixture.class.getClassLoader()).forEach(x -> x.widgets().forEach(w -> widgets.put(w.id(), w)));
    }

    /** The sample with a first page of {@value #DOCUMENT_ROWS} documents and {@value #NEWS_ITEMS} articles (documents repeated under new numbers). */
    private static com.fasterxml.jackson.databind.JsonNode fullPages(com.fasterxml.jackson.databind.JsonNode tree) {
        com.fasterxml.jackson.databind.node.ObjectNode documents = (com.fasterxml.jackson.databind.node.ObjectNode) tree.get("documents");
        com.fasterxml.jackson.databind.node.ArrayNode items = (com.fasterxml.jackson.databind.node.ArrayNode) documents.get("items");
        for (int i = 0; items.size() < DOCUMENT_ROWS; i++) {
            com.fasterxml.jackson.databind.node.ObjectNode copy = items.get(i).deepCopy();
            copy.put("slug", "ban-sao-" + i).put("number", (900 + i) + "/UBND-VP");
            items.add(copy);
        }
        documents.put("pageSize", DOCUMENT_ROWS);
        ((com.fasterxml.jackson.databind.node.ObjectNode) tree.get("news")).put("pageSize", NEWS_ITEMS);
        return tree;
    }

    RenderContext context(String widget) {
        return RenderContext.of(site).withClock(MONDAY).withPath("/").withParams(WIDGETS.get(widget));
    }
}

package dev.congkit.samples;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.congkit.core.Extension;
import dev.congkit.core.config.ConfigException;
import dev.congkit.core.config.SiteSection;
import dev.congkit.core.model.SiteConfig;
import dev.congkit.core.render.RenderContext;
import dev.congkit.core.render.Widget;
import dev.congkit.core.render.WidgetRenderer;
import dev.congkit.widgets.document.DocumentWidget;
import dev.congkit.widgets.document.Documents;
import dev.congkit.widgets.news.ArticleWidget;
import dev.congkit.widgets.news.News;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The widget gallery at {@value #PATH}: every widget the renderer has, shown as it renders (in a frame
 * of its own, so that its ids and landmarks stay apart from the page's), with its HTML, the Java call
 * and the JSP tag that render it, its part of the sample {@code site.json} and the requirements it serves.
 */
final class WidgetGallery {

    static final String PATH = "/thu-vien-thanh-phan";
    /** One widget on a page of its own, for the gallery's frames: {@code PREVIEW + id}. */
    static final String PREVIEW = PATH + "/xem/";

    private static final int FRAGMENT_LINES = 30;
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    /** What one widget is shown with: the page it pretends to be on and its parameters. */
    record Example(String id, String path, Map<String, String> params) {
    }

    private final WidgetRenderer renderer;
    private final Set<String> tags;
    /** Each widget's part of the sample site.json: read once, not on every view of the gallery. */
    private volatile Map<String, String> fragments;

    WidgetGallery(WidgetRenderer renderer) {
        this.renderer = renderer;
        this.tags = jspTags();
    }

    /** The example of every widget, in the order of their ids. */
    List<Example> examples(SiteConfig site) {
        Map<String, String> paths = Map.ofEntries(Map.entry("document-list", "/van-ban/xa"), Map.entry("news-list", "/tin-tuc"),
                Map.entry("leader-schedule", "/lich-lam-viec"), Map.entry("reception-schedule", "/lich-tiep-cong-dan"),
                Map.entry("directory", "/danh-ba"), Map.entry("photo-gallery", "/thu-vien/anh"), Map.entry("video-gallery", "/thu-vien/video"),
                Map.entry("sitemap", "/so-do-trang"), Map.entry("feedback-form", "/lien-he-gop-y"), Map.entry("contact-card", "/lien-he"));
        List<Example> examples = new ArrayList<>();
        Map<String, String> pathOf = new TreeMap<>(paths);
        for (String id : new TreeSet<>(renderer.widgetIds())) {
            Map<String, String> params = new TreeMap<>();
            switch (id) {
                case "banners" -> params.put("slot", "right");
                case "contact-card" -> site.officials().stream().findFirst().ifPresent(o -> params.put("official", o.id()));
                case "document" -> site.section(Documents.SECTION).ifPresent(documents -> documents.items().stream().findFirst().ifPresent(d -> {
                    params.put(DocumentWidget.SLUG_PARAM, d.slug());
                    pathOf.put(id, documents.pagePath().value() + "/" + d.slug());
                }));
                case "article" -> site.section(News.SECTION).ifPresent(news -> news.articles().stream().findFirst().ifPresent(a -> {
                    params.put(ArticleWidget.SLUG_PARAM, a.slug());
                    pathOf.put(id, news.pagePath().value() + "/" + a.slug());
                }));
                case "figure" -> {
                    params.put("src", "/demo/logo.svg");
                    params.put("alt", "Biểu trưng UBND xã Mẫu Sơn");
                    params.put("caption", "Biểu trưng của xã (mẫu)");
                }
                default -> { }
            }
            examples.add(new Example(id, pathOf.getOrDefault(id, "/"), params));
        }
        return examples;
    }

    /** The gallery, into the demo page's {@code main}. */
    void write(PrintWriter out, RenderContext context) {
        boolean english = context.isEnglish();
        Map<String, String> sampleParts = fragments();
        out.write("<p>" + (english
                ? "Every CổngKit widget as it renders on this sample site, with its HTML, the call that renders it from Java or JSP, the part of site.json it reads and the requirements it serves."
                : "Mọi thành phần của CổngKit như khi hiển thị trên trang mẫu này, kèm mã HTML, lời gọi từ Java hoặc thẻ JSP, phần site.json nó đọc và các yêu cầu nó đáp ứng.")
                + "</p>\n<ul class=\"demo-gallery__index\">\n");
        List<Example> examples = examples(context.site());
        for (Example example : examples) {
            out.write("<li><a href=\"#tp-" + example.id() + "\">" + example.id() + "</a></li>\n");
        }
        out.write("</ul>\n");
        for (Example example : examples) {
            Widget widget = renderer.widget(example.id()).orElseThrow();
            String html = renderer.render(example.id(), context.withPath(example.path()).withParams(example.params()));
            String id = "tp-" + example.id();
            out.write("<section class=\"demo-gallery__item\" aria-labelledby=\"" + id + "\">\n<h2 id=\"" + id + "\"><code>" + example.id() + "</code></h2>\n");
            out.write("<p>" + (english ? "Requirements: " : "Yêu cầu đáp ứng: ") + String.join(", ", widget.requirements()) + "</p>\n");
            out.write("<iframe class=\"demo-gallery__frame\" src=\"" + PREVIEW + example.id() + (english ? "?lang=en" : "") + "\" title=\""
                    + Html.escape((english ? "The widget " : "Thành phần ") + example.id()) + "\" loading=\"lazy\"></iframe>\n");
            part(out, "HTML", html.isBlank() ? (english ? "(nothing to show on this site today)" : "(hôm nay trang mẫu không có gì để hiển thị)") : html);
            part(out, "Java", java(example));
            part(out, "JSP", jsp(example));
            part(out, english ? "site.json (the sample)" : "site.json (trang mẫu)", sampleParts.getOrDefault(example.id(),
                    english ? "(the core of site.json: agency, officials, links)" : "(phần lõi của site.json: agency, officials, links)"));
            out.write("</section>\n");
        }
    }

    /** One widget on a page of its own, for its frame in the gallery. */
    void writePreview(PrintWriter out, RenderContext context, Example example) throws IOException {
        out.write("<!DOCTYPE html>\n<html lang=\"" + context.lang() + "\">\n<head>\n<meta charset=\"utf-8\">\n"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>" + example.id() + "</title>\n"
                + "<link rel=\"stylesheet\" href=\"/congkit/congkit.css\">\n<link rel=\"stylesheet\" href=\"/demo/demo.css\">\n"
                + "</head>\n<body class=\"demo-preview\">\n<main>\n");
        renderer.render(example.id(), context.withPath(example.path()).withParams(example.params()), out);
        out.write("\n</main>\n</body>\n</html>\n");
    }

    Optional<Example> example(SiteConfig site, String id) {
        return examples(site).stream().filter(example -> example.id().equals(id)).findFirst();
    }

    static String java(Example example) {
        StringBuilder call = new StringBuilder("RenderContext page = RenderContext.of(site).withPath(\"" + example.path() + "\")");
        if (!example.params().isEmpty()) {
            List<String> pairs = new ArrayList<>();
            example.params().forEach((name, value) -> pairs.add("\"" + name + "\", \"" + value + "\""));
            call.append("\n        .withParams(Map.of(").append(String.join(", ", pairs)).append("))");
        }
        return call.append(";\nrenderer.render(\"").append(example.id()).append("\", page, writer);").toString();
    }

    String jsp(Example example) {
        StringBuilder tag = new StringBuilder("<%@ taglib prefix=\"ck\" uri=\"https://congkit.dev/tags\" %>\n");
        tag.append(tags.contains(example.id()) ? "<ck:" + example.id() : "<ck:widget name=\"" + example.id() + "\"");
        example.params().forEach((name, value) -> tag.append(' ').append(name).append("=\"").append(value).append('"'));
        return tag.append("/>").toString();
    }

    private static void part(PrintWriter out, String title, String code) {
        out.write("<details class=\"demo-gallery__part\"><summary>" + Html.escape(title) + "</summary><pre><code>" + Html.escape(code)
                + "</code></pre></details>\n");
    }

    private Map<String, String> fragments() {
        Map<String, String> known = fragments;
        if (known == null) {
            known = readFragments();
            fragments = known;
        }
        return known;
    }

    // each widget's sections in the sample site.json, the first lines of each
    private static Map<String, String> readFragments() {
        JsonNode sample;
        try {
            sample = SampleSite.tree(LocalDate.now(RenderContext.VIETNAM));
        } catch (ConfigException e) {
            throw new IllegalStateException("the sample site.json does not load: " + e.getMessage(), e);
        }
        Map<String, String> found = new LinkedHashMap<>();
        for (Extension extension : Extension.discover(WidgetGallery.class.getClassLoader())) {
            List<String> parts = new ArrayList<>();
            for (SiteSection<?> section : extension.sections()) {
                if (sample.has(section.name())) {
                    parts.add(shortened("\"" + section.name() + "\": " + pretty(sample.get(section.name()))));
                }
            }
            if (!parts.isEmpty()) {
                extension.widgets().forEach(widget -> found.put(widget.id(), String.join(",\n", parts)));
            }
        }
        return Map.copyOf(found);
    }

    private static String pretty(JsonNode node) {
        try {
            return JSON.writeValueAsString(node);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String shortened(String text) {
        String[] lines = text.split("\n", -1);
        if (lines.length <= FRAGMENT_LINES) {
            return text;
        }
        return String.join("\n", java.util.Arrays.copyOf(lines, FRAGMENT_LINES)) + "\n  …";
    }

    // the named tags of the tag library, <ck:menu/> and the like
    private static Set<String> jspTags() {
        try (InputStream in = WidgetGallery.class.getClassLoader().getResourceAsStream("META-INF/congkit.tld")) {
            if (in == null) {
                return Set.of();
            }
            Set<String> names = new TreeSet<>();
            Matcher name = Pattern.compile("<tag>\\s*(?:<description>[^<]*</description>\\s*)?<name>([a-z-]+)</name>")
                    .matcher(new String(in.readAllBytes(), StandardCharsets.UTF_8));
            while (name.find()) {
                names.add(name.group(1));
            }
            return names;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

package dev.congkit.samples;

import dev.congkit.core.render.WidgetRenderer;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The widget gallery at /thu-vien-thanh-phan: every widget of the demo's renderer, each shown as it
 * renders, with its HTML, its Java call, its JSP tag, its part of site.json and the requirements it serves.
 */
class WidgetGalleryTest extends DemoServer {

    @Test
    void everyWidgetIsShownWithItsFiveParts() throws Exception {
        HttpResponse<String> response = get(WidgetGallery.PATH);
        assertEquals(200, response.statusCode());
        Document gallery = Jsoup.parse(response.body());
        Set<String> shown = new TreeSet<>();
        List<String> problems = new ArrayList<>();
        for (Element item : gallery.select("section.demo-gallery__item")) {
            String id = item.selectFirst("h2 code").text();
            shown.add(id);
            List<String> parts = item.select("details summary").eachText();
            if (!parts.containsAll(List.of("HTML", "Java", "JSP")) || parts.stream().noneMatch(p -> p.startsWith("site.json"))) {
                problems.add(id + " shows " + parts);
            }
            if (!item.selectFirst("p").text().matches("Yêu cầu đáp ứng: [A-Z0-9-]+(, [A-Z0-9-]+)*")) {
                problems.add(id + ": " + item.selectFirst("p").text());
            }
            if (!item.selectFirst("iframe").attr("src").equals(WidgetGallery.PREVIEW + id) || item.selectFirst("iframe").attr("title").isBlank()) {
                problems.add(id + ": frame " + item.selectFirst("iframe"));
            }
        }
        for (String id : shown) {
            Document preview = Jsoup.parse(get(WidgetGallery.PREVIEW + id).body());
            if (preview.select("main > *").isEmpty()) {
                problems.add(id + ": its preview shows nothing");
            }
        }
        assertEquals(List.of(), problems);
        Set<String> expected = new TreeSet<>(WidgetRenderer.create().widgetIds());
        assertTrue(shown.containsAll(expected), "missing: " + expected.stream().filter(id -> !shown.contains(id)).toList());
        assertTrue(shown.size() >= 20, shown.toString());
    }

    @Test
    void theHtmlShownIsWhatThePreviewRendersAndTheJavaCallSays() throws Exception {
        Document gallery = Jsoup.parse(get(WidgetGallery.PATH).body());
        for (String id : List.of("leader-schedule", "banners", "contact-card", "footer")) {
            Element item = gallery.getElementById("tp-" + id).parent();
            String html = item.select("details").get(0).selectFirst("code").wholeText();
            HttpResponse<String> preview = get(WidgetGallery.PREVIEW + id);
            assertEquals(200, preview.statusCode(), id);
            assertTrue(preview.body().contains(html), id + ": the preview renders the HTML the gallery shows");
            String java = item.select("details").get(1).selectFirst("code").wholeText();
            assertTrue(java.contains("renderer.render(\"" + id + "\", page, writer);"), java);
            String jsp = item.select("details").get(2).selectFirst("code").wholeText();
            assertTrue(jsp.contains("<ck:" + id) || jsp.contains("<ck:widget name=\"" + id + "\""), jsp);
        }
        Element banners = gallery.getElementById("tp-banners").parent();
        assertTrue(banners.select("details").get(1).text().contains("Map.of(\"slot\", \"right\")"));
        assertTrue(banners.select("details").get(2).text().contains("slot=\"right\""));
        assertTrue(banners.select("details").get(3).text().startsWith("site.json (trang mẫu) \"banners\": {"), banners.select("details").get(3).text());
        assertEquals(404, get(WidgetGallery.PREVIEW + "khong-co").statusCode());
    }

    @Test
    void theJspTagsShownAreTheTagLibrarys() throws Exception {
        Document gallery = Jsoup.parse(get(WidgetGallery.PATH).body());
        String tld = Files.readString(Path.of("../servlet/src/main/resources/META-INF/congkit.tld"), StandardCharsets.UTF_8);
        for (Element jsp : gallery.select("section.demo-gallery__item details code")) {
            String text = jsp.wholeText();
            if (text.contains("<ck:") && !text.contains("<ck:widget ")) {
                String tag = text.substring(text.indexOf("<ck:") + 4).split("[ /]")[0];
                assertTrue(tld.contains("<name>" + tag + "</name>"), tag + " is a tag of congkit.tld");
            }
        }
        assertFalse(Jsoup.parse(get("/").body()).select("main a[href=/thu-vien-thanh-phan]").isEmpty(), "the home page leads vendors to the gallery");
    }
}

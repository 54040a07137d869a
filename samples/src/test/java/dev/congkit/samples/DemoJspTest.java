package dev.congkit.samples;

import dev.congkit.core.model.SiteConfig;
import dev.congkit.core.render.RenderContext;
import dev.congkit.core.render.WidgetRenderer;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The demo's JSP page, compiled by Tomcat's Jasper, uses the CổngKit tag library; each tag writes
 * exactly the HTML the Java API writes for the same widget, page and parameters.
 */
class DemoJspTest extends DemoServer {

    @Test
    void eachTagRendersWhatTheJavaApiRenders() throws Exception {
        HttpResponse<String> page = get("/trang-jsp.jsp");
        assertEquals(200, page.statusCode(), page.body());
        assertTrue(page.headers().firstValue("Content-Type").orElse("").startsWith("text/html;charset=UTF-8"));
        Clock clock = Clock.system(RenderContext.VIETNAM);
        SiteConfig site = SampleSite.load(LocalDate.now(clock));
        WidgetRenderer renderer = WidgetRenderer.create();
        RenderContext context = RenderContext.of(site).withPath("/trang-jsp.jsp").withClock(clock);
        Map<String, Map<String, String>> tags = Map.of("header", Map.of(), "top-menu", Map.of(), "menu", Map.of(),
                "feedback-banner", Map.of(), "contact-card", Map.of("official", "nguyen-van-thanh"), "leader-schedule", Map.of(),
                "footer", Map.of());
        tags.forEach((widget, params) -> {
            String expected = renderer.render(widget, context.withParams(params));
            assertTrue(!expected.isBlank(), widget);
            assertTrue(page.body().contains(expected), "<ck:" + widget + "> writes what WidgetRenderer writes");
        });
        Document doc = Jsoup.parse(page.body());
        assertEquals(1, doc.select("header.ck-header").size());
        assertEquals(1, doc.select("footer.ck-footer").size());
    }

    @Test
    void englishFollowsTheRequestsLangParameter() throws Exception {
        HttpResponse<String> page = get("/trang-jsp.jsp?lang=en");
        assertEquals(200, page.statusCode());
        assertTrue(page.body().contains("Skip to main content"), "the header's skip link is in English");
    }
}

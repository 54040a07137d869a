package dev.congkit.core.render;

import dev.congkit.core.TestSites;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class WidgetRendererTest {

    private final WidgetRenderer renderer = WidgetRenderer.builder().widgets(List.of(new GreetingWidget())).build();
    private final RenderContext context = RenderContext.of(TestSites.minimal()).withClock(TestSites.MONDAY_23_11_2026);

    @Test
    void rendersLabelsSiteModelAndJsonLd() {
        String html = renderer.render("greeting", context.withPath("/gioi-thieu?x=1"));
        assertEquals("""
                <section class="ck-greeting" lang="vi"><h2>Xin chào Ủy ban nhân dân xã Mẫu Sơn</h2>
                <ul><li>Trang chủ</li><li>Giới thiệu</li></ul><p>ubndmauson@thanhhoa.gov.vn · /gioi-thieu</p>
                </section>
                <script type="application/ld+json">{"@context":"https://schema.org","name":"Ủy ban nhân dân xã Mẫu Sơn"}</script>
                """, html);
    }

    private static String jsonOf(String html) {
        return html.substring(html.indexOf("ld+json\">") + 9, html.indexOf("</script>"));
    }

    @Test
    void rendersEnglishLabels() {
        assertTrue(renderer.render("greeting", context.withLocale(Locale.ENGLISH)).contains("<h2>Hello "));
        assertTrue(renderer.render("greeting", context.withLocale(Locale.forLanguageTag("fr"))).contains("<h2>Xin chào "));
    }

    @Test
    void escapesEveryValueAndJsonLdCannotCloseTheScript() {
        String hostile = "</script><script>alert('x')</script>\u2028&";
        String html = renderer.render("greeting", context.withParam("who", hostile));
        assertTrue(html.contains("<h2>Xin chào &lt;/script&gt;&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;"), html);
        String json = jsonOf(html);
        assertTrue(json.contains("\\u003C/script\\u003E\\u003Cscript\\u003Ealert(\\u0027x\\u0027)\\u003C/script\\u003E\\u2028\\u0026"), json);
        assertEquals(1, html.split("</script>", -1).length - 1);
    }

    @Test
    void nullModelRendersNothing() {
        assertEquals("", renderer.render("greeting", context.withParam("who", "nobody")));
    }

    @Test
    void unknownWidgetIsNamed() {
        UnknownWidgetException e = assertThrows(UnknownWidgetException.class, () -> renderer.render("carousel", context));
        assertEquals("unknown widget 'carousel' (known: greeting)", e.getMessage());
    }

    @Test
    void vendorOverrideOfOnePartialIsPickedUp() throws Exception {
        Path folder = Path.of(getClass().getResource("/overrides").toURI());
        WidgetRenderer vendor = WidgetRenderer.builder().widgets(List.of(new GreetingWidget())).overrideFolder(folder).build();
        String html = vendor.render("greeting", context);
        assertTrue(html.contains("<p class=\"vendor\">0237 3 123 456</p>"), html);
        assertTrue(html.contains("<h2>Xin chào"), "the main template still comes from the class path");
    }

    @Test
    void unescapedTagsAreRefusedAtStartUp(@TempDir Path folder) throws Exception {
        for (String tag : List.of("{{{who}}}", "{{& who}}", "{{=<% %>=}}")) {
            Files.writeString(folder.resolve("greeting-footer.mustache"), "<p>" + tag + "</p>");
            IllegalStateException e = assertThrows(IllegalStateException.class, () ->
                    WidgetRenderer.builder().widgets(List.of(new GreetingWidget())).overrideFolder(folder).build());
            assertTrue(e.getMessage().contains("greeting-footer.mustache, line 1: the tag"), e.getMessage());
        }
    }

    @Test
    void sixteenThreadsRenderIdenticalOutput() throws Exception {
        List<RenderContext> contexts = List.of(context, context.withLocale(Locale.ENGLISH), context.withPath("/lien-he"),
                context.withParam("who", "Nguyễn Thị Hường"));
        List<String> expected = contexts.stream().map(c -> renderer.render("greeting", c)).toList();
        ExecutorService pool = Executors.newFixedThreadPool(16);
        try {
            List<Callable<Boolean>> tasks = new ArrayList<>();
            for (int t = 0; t < 16; t++) {
                int offset = t;
                tasks.add(() -> {
                    for (int i = 0; i < 500; i++) {
                        int which = (i + offset) % contexts.size();
                        if (!expected.get(which).equals(renderer.render("greeting", contexts.get(which)))) {
                            return false;
                        }
                    }
                    return true;
                });
            }
            for (Future<Boolean> result : pool.invokeAll(tasks)) {
                assertTrue(result.get());
            }
        } finally {
            pool.shutdownNow();
        }
        assertEquals(4, Set.copyOf(expected).size());
    }

    /** A path written back into links (a language switcher, a menu) never points off the site. */
    @Test
    void aPathNeverBecomesProtocolRelative() {
        for (String hostile : List.of("//evil.example/x", "///evil.example", "/\\evil.example", "\\\\evil.example")) {
            String path = RenderContext.of(TestSites.minimal()).withPath(hostile).path();
            assertTrue(path.startsWith("/") && !path.startsWith("//"), hostile + " -> " + path);
        }
        assertEquals("/van-ban/xa", RenderContext.of(TestSites.minimal()).withPath("/van-ban/xa?trang=2").path());
    }
}

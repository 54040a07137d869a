package dev.congkit.core.html;

import dev.congkit.core.TestSites;
import dev.congkit.core.render.Labels;
import dev.congkit.core.render.RenderContext;
import dev.congkit.core.render.Widget;
import dev.congkit.core.render.WidgetRenderer;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** NEWS-COMPLETE: sanitised markup is the one value written unescaped; a string never is. */
class SafeHtmlTest {

    record Model(SafeHtml body, String raw, List<Object> list) {
    }

    private static final class BodyWidget implements Widget {
        private final Model model;

        BodyWidget(Model model) {
            this.model = model;
        }

        @Override
        public String id() {
            return "safe-body";
        }

        @Override
        public String templateFolder() {
            return "dev/congkit/core/render/testwidget/";
        }

        @Override
        public List<String> bundles() {
            return List.of("dev.congkit.core.render.testwidget.messages");
        }

        @Override
        public Object model(RenderContext context, Labels labels) {
            return model;
        }
    }

    @Test
    void safeHtmlIsWrittenAsMarkupAndStringsStayEscaped() {
        SafeHtml body = SafeHtml.ofText("Hội nghị <b>chuyển đổi số</b> & \"họp\"\n\nĐoạn hai\ndòng hai");
        assertEquals("<p>Hội nghị &lt;b&gt;chuyển đổi số&lt;/b&gt; &amp; &quot;họp&quot;</p><p>Đoạn hai<br>dòng hai</p>", body.html());
        Model model = new Model(body, "<script>x</script>", List.of(body, "<b>"));
        String html = WidgetRenderer.builder().widgets(List.of(new BodyWidget(model))).build()
                .render("safe-body", RenderContext.of(TestSites.minimal()));
        assertEquals("<div>" + body.html() + "</div><p>&lt;script&gt;x&lt;/script&gt;</p><i>" + body.html() + "</i><i>&lt;b&gt;</i>\n", html);
    }

    @Test
    void textIsNormalisedToNfc() {
        assertEquals("<p>Nguyễn Thị Hường</p>", SafeHtml.ofText(java.text.Normalizer.normalize("Nguyễn Thị Hường",
                java.text.Normalizer.Form.NFD)).html());
        assertTrue(SafeHtml.ofText("  \n\n ").isEmpty());
    }

    @Test
    void withoutASanitiserHtmlIsRefusedWithTheDependencyToAdd() {
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> SafeHtml.sanitize("<p>x</p>"));
        assertTrue(e.getMessage().contains("dev.congkit:congkit-sanitizer"), e.getMessage());
    }
}

package dev.congkit.feedback;

import dev.congkit.core.TestSites;
import dev.congkit.core.render.RenderContext;
import dev.congkit.core.render.WidgetRenderer;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Seeded hostile values in every field of the form and the rating: the markup never changes shape and every value comes back as typed (NFC, controls removed). */
class FormFuzzTest {

    private static final String PIECES = "<>\"'&/=`{}\\\n\r\t\u0000\u0007\u2028\u202e😀ĐđẫƯờ ";
    private static final List<String> WORDS = List.of("<script>", "</textarea>", "<!--", "-->", "javascript:", "{{msg}}", "{{{x}}}", "onerror=",
            "<img src=x>", "]]>", "&amp;", "&#x3C;", "%3Cscript%3E", "\u0301", "e\u0302\u0301");

    @Test
    void hostileValuesInEveryFieldAreEscapedAndRoundTrip() {
        WidgetRenderer renderer = WidgetRenderer.builder().widgets(List.of(new FeedbackFormWidget(), new RatingWidget())).build();
        Random random = new Random(20261201);
        String expectedShape = shape(render(renderer, Map.of("kiem-tra", "1")));
        for (int i = 0; i < 600; i++) {
            Map<String, String> params = new TreeMap<>();
            for (FeedbackField field : List.of(FeedbackField.NAME, FeedbackField.PHONE, FeedbackField.EMAIL, FeedbackField.SUBJECT, FeedbackField.MESSAGE)) {
                params.put(field.param(), hostile(random));
            }
            params.put("kiem-tra", "1");
            Document page = Jsoup.parse(render(renderer, params));
            assertEquals(0, page.select("script, img, b, iframe").size(), params.toString());
            FeedbackSubmission typed = FeedbackSubmission.from(name -> params.get(name) == null ? null
                    : dev.congkit.core.validation.Check.normalize(params.get(name)));
            assertEquals(typed.name(), page.getElementById("ck-fb-ho-ten").val(), params.toString());
            assertEquals(typed.message(), page.getElementById("ck-fb-noi-dung").wholeText(), params.toString());
            assertEquals(expectedShape, shape(page.outerHtml()), "the same controls in the same order: " + params);
        }
    }

    private static String render(WidgetRenderer renderer, Map<String, String> params) {
        return renderer.render(FeedbackFormWidget.ID, RenderContext.of(TestSites.minimal()).withPath("/lien-he-gop-y").withParams(params))
                + renderer.render(RatingWidget.ID, RenderContext.of(TestSites.minimal()).withPath("/tin-tuc/a").withParams(params));
    }

    /** The form's controls in order: its shape without the text. */
    private static String shape(String html) {
        StringBuilder shape = new StringBuilder();
        Jsoup.parse(html).select("form input, form textarea, form button, form select").forEach(e -> shape.append(e.tagName()).append('[')
                .append(e.attr("name")).append("],"));
        return shape.toString();
    }

    private static String hostile(Random random) {
        StringBuilder text = new StringBuilder();
        int parts = 1 + random.nextInt(6);
        for (int i = 0; i < parts; i++) {
            if (random.nextBoolean()) {
                text.append(WORDS.get(random.nextInt(WORDS.size())));
            } else {
                int length = 1 + random.nextInt(8);
                for (int j = 0; j < length; j++) {
                    text.appendCodePoint(PIECES.codePoints().toArray()[random.nextInt((int) PIECES.codePoints().count())]);
                }
            }
        }
        return text.toString();
    }
}

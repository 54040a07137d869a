package dev.congkit.sanitizer;

import dev.congkit.core.html.HtmlSanitizer;
import dev.congkit.core.html.SafeHtml;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import java.text.Normalizer;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** NEWS-CAPTION, NEWS-COMPLETE: article bodies hold only what the allow-list produces. */
class JsoupHtmlSanitizerTest {

    private final JsoupHtmlSanitizer sanitizer = new JsoupHtmlSanitizer();

    private static final Set<String> ALLOWED = Set.of("p", "br", "h2", "h3", "h4", "ul", "ol", "li", "strong", "em", "b", "i", "u", "s",
            "sub", "sup", "blockquote", "hr", "figure", "figcaption", "img", "a", "table", "caption", "thead", "tbody", "tfoot", "tr", "th", "td");

    @Test
    void keepsTheArticleMarkupAnEditorWrites() {
        String body = "<h2>Kết quả</h2><p>Sáng 20/11, <strong>UBND xã Mẫu Sơn</strong> tổ chức hội nghị "
                + "(<a href=\"/van-ban/xa/05-qd-ubnd-2026\" title=\"Quyết định\">Quyết định số 05/QĐ-UBND</a>).</p>"
                + "<figure><img src=\"/media/hoi-nghi.jpg\" alt=\"Hội trường UBND xã\" width=\"800\" height=\"450\">"
                + "<figcaption>Hội nghị tại hội trường (ảnh: Văn phòng).</figcaption></figure>"
                + "<table><caption>Kết quả</caption><thead><tr><th scope=\"col\">Thôn</th></tr></thead><tbody><tr><td>Bản Nà</td></tr></tbody></table>";
        HtmlSanitizer.Cleaned cleaned = sanitizer.clean(body);
        assertEquals(body, cleaned.html());
        assertEquals(List.of(), cleaned.problems());
    }

    @Test
    void everyImageNeedsAltTextAndACaption() {
        HtmlSanitizer.Cleaned cleaned = sanitizer.clean("<p><img src=\"/a.jpg\"></p><figure><img src=\"https://x.gov.vn/b.png\" alt=\"Bản đồ\">"
                + "<figcaption> </figcaption></figure><figure><img src=\"/c.jpg\" alt=\"Lễ hội\"><figcaption>Lễ hội đền Mẫu</figcaption></figure>");
        assertEquals(List.of(
                "ảnh thứ 1 (/a.jpg): thiếu văn bản thay thế (alt) mô tả ảnh",
                "ảnh thứ 1 (/a.jpg): chưa có chú thích; đặt ảnh trong <figure> cùng <figcaption>",
                "ảnh thứ 2 (https://x.gov.vn/b.png): chưa có chú thích; đặt ảnh trong <figure> cùng <figcaption>"), cleaned.problems());
    }

    @Test
    void headingsFitUnderThePageTitle() {
        assertEquals("<h2>Tiêu đề</h2><h4>Nhỏ</h4>", sanitizer.clean("<h1>Tiêu đề</h1><h6>Nhỏ</h6>").html());
    }

    @Test
    void hostileMarkupLeavesOnlyAllowListedElementsAndAttributes() {
        List<String> hostile = List.of(
                "<script>alert(1)</script><p>chữ</p>",
                "<p onclick=\"alert(1)\" style=\"background:url(javascript:alert(1))\">x</p>",
                "<a href=\"javascript:alert(1)\">a</a><a href=\"JaVaScRiPt:alert(1)\">b</a><a href=\" javascript:alert(1)\">c</a>",
                "<a href=\"data:text/html;base64,PHNjcmlwdD4=\">d</a><a href=\"vbscript:x\">e</a>",
                "<img src=\"x\" onerror=\"alert(1)\" alt=\"a\"><img src=\"data:image/svg+xml,<svg onload=alert(1)>\" alt=\"b\">",
                "<svg><script>alert(1)</script><a xlink:href=\"javascript:alert(1)\">s</a></svg>",
                "<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>",
                "<div style=\"width: expression(alert(1))\">css</div><style>p{x:expression(alert(1))}</style>",
                "<iframe src=\"https://evil.example\"></iframe><object data=x></object><embed src=x>",
                "<form action=\"https://evil.example\"><input name=a><button>gửi</button></form>",
                "<base href=\"https://evil.example/\"><meta http-equiv=\"refresh\" content=\"0;url=https://evil.example\">",
                "<p>a</p><!--<script>alert(1)</script>--><![CDATA[<script>alert(1)</script>]]>",
                "<noscript><p title=\"</noscript><img src=x onerror=alert(1)>\"></noscript>",
                "<a href=\"https://example.org\" target=\"_blank\" rel=\"opener\" ping=\"https://evil.example\">x</a>",
                "<img src=\"/a.jpg\" alt=\"a\" width=\"100%\" height=\"1e9\" srcset=\"https://evil.example/a.jpg 1x\">",
                "<template><script>alert(1)</script></template><details open ontoggle=alert(1)>d</details>",
                "<p>" + "<b>".repeat(5_000) + "sâu" + "</b>".repeat(5_000) + "</p>");
        for (String input : hostile) {
            String html = sanitizer.clean(input).html();
            for (Element element : Jsoup.parseBodyFragment(html).body().select("*")) {
                if (element.tagName().equals("body")) {
                    continue;
                }
                assertTrue(ALLOWED.contains(element.tagName()), element.tagName() + " from " + input);
                element.attributes().forEach(a -> {
                    assertFalse(a.getKey().startsWith("on") || a.getKey().equals("style") || a.getKey().equals("srcset")
                            || a.getKey().equals("target"), a.getKey() + " from " + input);
                    String value = a.getValue().toLowerCase(java.util.Locale.ROOT).strip();
                    assertFalse(value.startsWith("javascript:") || value.startsWith("data:") || value.startsWith("vbscript:"), a + " from " + input);
                });
            }
            assertFalse(html.toLowerCase(java.util.Locale.ROOT).contains("<script"), html);
        }
    }

    @Test
    void oversizedBodyIsRefusedWithTheLimit() {
        HtmlSanitizer.Cleaned cleaned = sanitizer.clean("x".repeat(JsoupHtmlSanitizer.MAX_CHARS + 1));
        assertEquals("", cleaned.html());
        assertEquals(List.of("nội dung dài 1000001 ký tự, vượt giới hạn 1000000 ký tự"), cleaned.problems());
    }

    @Test
    void safeHtmlFindsThisSanitiserAndNormalisesToNfc() {
        String nfd = Normalizer.normalize("<p>Nguyễn Thị Hường</p><script>x</script>", Normalizer.Form.NFD);
        SafeHtml body = SafeHtml.sanitize(nfd);
        assertEquals("<p>Nguyễn Thị Hường</p>", body.html());
        assertEquals(List.of(), body.problems());
    }
}

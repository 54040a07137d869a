package dev.congkit.feedback;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.text.Normalizer;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The "Liên hệ – góp ý" form, its status page, the staff's pages and the Q&A over HTTP on a real Tomcat (FEEDBACK-FUNCTION). */
class FeedbackServletTest {

    private static final String NAME = "Nguyễn Thị Hường";
    private static final String PHONE = "0912 345 678";
    private static final String EMAIL = "huong.mauson@example.vn";
    private static final List<String> HOSTILE = List.of("<script>alert(1)</script>", "\"><img src=x onerror=alert(1)>", "{{msg.feedback.title}}",
            "javascript:alert(1)", "' OR 1=1 --", "‮txt.exe 😀 ﷽", "</textarea><b>x</b>");

    @TempDir
    Path dir;
    private FeedbackServer server;

    @BeforeEach
    void start() throws Exception {
        server = new FeedbackServer(dir, FeedbackOptions.defaults());
    }

    @AfterEach
    void stop() throws Exception {
        server.close();
    }

    @AfterAll
    static void close() throws Exception {
        Databases.closeAll();
    }

    private Map<String, String> valid(String csrf) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("csrf", csrf);
        fields.put("ho-ten", NAME);
        fields.put("dien-thoai", PHONE);
        fields.put("email", EMAIL);
        fields.put("tieu-de", "Đèn đường thôn 3 hỏng");
        fields.put("noi-dung", "Đèn đường ở thôn 3 hỏng đã hai tuần.\nĐề nghị xã sửa.");
        fields.put("dong-y", "1");
        return fields;
    }

    private TrackingCode send(Map<String, String> fields) throws Exception {
        HttpResponse<String> response = server.post("/lien-he-gop-y", fields, null, null);
        assertEquals(303, response.statusCode(), response.body());
        String location = response.headers().firstValue("Location").orElseThrow();
        assertTrue(location.matches("/lien-he-gop-y/tra-cuu\\?ma=PA-[" + TrackingCode.ALPHABET + "]{6}&moi=1"), location);
        return TrackingCode.parse(location.replaceAll(".*ma=([^&]+).*", "$1")).orElseThrow();
    }

    @Test
    void theFormAsksForContactSubjectMessageAndConsentNothingTickedAndSaysWhereComplaintsGo() throws Exception {
        HttpResponse<String> response = server.get("/lien-he-gop-y");
        assertEquals(200, response.statusCode());
        assertEquals("no-store", response.headers().firstValue("Cache-Control").orElse(""));
        Document page = Jsoup.parse(response.body());
        Element form = page.selectFirst("form.ck-feedback__form");
        assertEquals("post", form.attr("method"));
        assertEquals("multipart/form-data", form.attr("enctype"));
        assertEquals(48, form.select("input[name=csrf]").val().length());
        assertEquals("tel", form.select("input[name=dien-thoai]").attr("type"));
        assertEquals("email", form.select("input[name=email]").attr("type"));
        Element consent = form.selectFirst("input[name=dong-y]");
        assertEquals("checkbox", consent.attr("type"));
        assertFalse(consent.hasAttr("checked"), "nothing pre-ticked");
        Element trap = form.selectFirst("input[name=" + FeedbackFormWidget.HONEYPOT + "]");
        assertEquals("-1", trap.attr("tabindex"));
        assertTrue(trap.parent().hasAttr("hidden"));
        assertTrue(page.select(".ck-feedback__complaints").text().contains("không tiếp nhận đơn khiếu nại, tố cáo"));
        assertEquals("/lich-tiep-cong-dan", page.select(".ck-feedback__complaints a").attr("href"));
        assertTrue(page.select("#ck-fb-privacy-text").text().contains("365 ngày"));
        for (Element control : form.select("input:not([type=hidden]), textarea")) {
            assertEquals(1, page.select("label[for=" + control.id() + "]").size(), control.id() + " has its label");
        }
    }

    @Test
    void aPostWithoutTheSessionsCsrfTokenIsRefusedWith403() throws Exception {
        server.csrf();
        Map<String, String> fields = valid("");
        fields.remove("csrf");
        HttpResponse<String> response = server.post("/lien-he-gop-y", fields, null, null);
        assertEquals(403, response.statusCode());
        assertTrue(response.body().contains("Biểu mẫu đã hết hạn"), response.body());
        assertEquals(403, server.post("/lien-he-gop-y", valid("0".repeat(48)), null, null).statusCode());
        assertEquals(0, server.store.count(FeedbackServer.HOST));
    }

    @Test
    void twentyPostsFromOneAddressInAMinuteAreCutAtTheLimitWithAVietnameseMessage() throws Exception {
        String csrf = server.csrf();
        List<Integer> statuses = new ArrayList<>();
        HttpResponse<String> last = null;
        for (int i = 0; i < 20; i++) {
            server.clock.now = server.clock.now.plusMillis(2000);
            last = server.post("/lien-he-gop-y", valid(csrf), null, null);
            statuses.add(last.statusCode());
        }
        assertEquals(List.of(303, 303, 303, 303, 303), statuses.subList(0, 5));
        assertEquals(java.util.Collections.nCopies(15, 429), statuses.subList(5, 20));
        assertTrue(last.body().contains("Bạn đã gửi quá nhiều lần trong một phút"), last.body());
        assertEquals("60", last.headers().firstValue("Retry-After").orElse(""));
        assertEquals(5, server.store.count(FeedbackServer.HOST));
        HttpResponse<String> english = server.post("/lien-he-gop-y?lang=en", valid(csrf), null, null);
        assertEquals(429, english.statusCode());
        assertTrue(english.body().contains("You have sent too many times in one minute"), english.body());
        server.clock.now = server.clock.now.plus(Duration.ofMinutes(3));
        send(valid(csrf));
    }

    @Test
    void aFilledHoneypotIsThankedAndNothingIsKept() throws Exception {
        Map<String, String> fields = valid(server.csrf());
        fields.put(FeedbackFormWidget.HONEYPOT, "https://spam.example");
        HttpResponse<String> response = server.post("/lien-he-gop-y", fields, null, null);
        assertEquals(200, response.statusCode());
        assertTrue(response.body().contains("Cảm ơn bạn đã gửi ý kiến."));
        assertFalse(response.body().contains("Mã phản ánh"));
        assertEquals(0, server.store.count(FeedbackServer.HOST));
    }

    @Test
    void problemsAreShownNextToEachFieldAndEverythingTypedIsKept() throws Exception {
        Map<String, String> fields = valid(server.csrf());
        String nfd = Normalizer.normalize(NAME, Normalizer.Form.NFD);
        fields.put("ho-ten", nfd);
        fields.put("email", "huong@");
        fields.put("dien-thoai", "12ab");
        fields.put("tieu-de", "");
        fields.remove("dong-y");
        HttpResponse<String> response = server.post("/lien-he-gop-y", fields, "anh.png", png());
        assertEquals(400, response.statusCode());
        Document page = Jsoup.parse(response.body());
        assertEquals(List.of("#ck-fb-dien-thoai", "#ck-fb-email", "#ck-fb-tieu-de", "#ck-fb-dong-y", "#ck-fb-tep"),
                page.select(".ck-feedback__summary a").eachAttr("href"));
        for (String id : List.of("ck-fb-dien-thoai", "ck-fb-email", "ck-fb-tieu-de", "ck-fb-tep")) {
            Element control = page.getElementById(id);
            assertEquals("true", control.attr("aria-invalid"), id);
            Element error = page.getElementById(id + "-error");
            assertEquals(control.parent(), error.parent(), id + ": the message sits in the field's own box");
            assertTrue(control.attr("aria-describedby").contains(id + "-error"));
        }
        assertTrue(page.getElementById("ck-fb-email-error").text().contains("ten@example.vn"));
        assertTrue(page.getElementById("ck-fb-tep-error").text().contains("chọn lại tệp"));
        assertEquals(NAME, page.getElementById("ck-fb-ho-ten").val(), "kept, as NFC");
        assertEquals("huong@", page.getElementById("ck-fb-email").val());
        assertEquals("Đèn đường ở thôn 3 hỏng đã hai tuần.\nĐề nghị xã sửa.", page.getElementById("ck-fb-noi-dung").wholeText());
        assertEquals(0, server.store.count(FeedbackServer.HOST));
    }

    @Test
    void theFormAnswersInEnglishOnLangEn() throws Exception {
        Map<String, String> fields = valid(server.csrf());
        fields.put("lang", "en");
        fields.put("ho-ten", "");
        fields.put("dien-thoai", "");
        fields.put("email", "");
        HttpResponse<String> response = server.post("/lien-he-gop-y", fields, null, null);
        Document page = Jsoup.parse(response.body());
        assertEquals("en", page.selectFirst("html").attr("lang"));
        assertEquals("/lien-he-gop-y?lang=en", page.selectFirst("form.ck-feedback__form").attr("action"));
        assertEquals("Give at least one of: full name, phone number, e-mail.", page.getElementById("ck-fb-contact-error").text());
        fields.put("email", EMAIL);
        HttpResponse<String> sent = server.post("/lien-he-gop-y", fields, null, null);
        assertTrue(sent.headers().firstValue("Location").orElseThrow().endsWith("&lang=en"));
        Document status = Jsoup.parse(server.get(sent.headers().firstValue("Location").orElseThrow()).body());
        assertTrue(status.select(".ck-feedback__code").text().startsWith("Tracking code: PA-"));
        assertEquals("Received", status.select(".ck-feedback-status__status").text());
    }

    @Test
    void aTakenMessageGetsItsCodeAndTheStatusPageShowsTheAnswerOnceTheStaffAnswer() throws Exception {
        TrackingCode code = send(valid(server.csrf()));
        Document confirmation = Jsoup.parse(server.get("/lien-he-gop-y/tra-cuu?ma=" + code + "&moi=1").body());
        assertEquals("Mã phản ánh: " + code.value(), confirmation.select(".ck-feedback__code").text());
        assertEquals("Đã tiếp nhận", confirmation.select(".ck-feedback-status__status").text());
        assertEquals("Đèn đường thôn 3 hỏng", server.store.message(FeedbackServer.HOST, code).orElseThrow().submission().subject());

        String staff = "/lien-he-gop-y/quan-ly/" + code;
        Document message = Jsoup.parse(server.get(staff, FeedbackServer.STAFF_HEADER, "yes").body());
        assertTrue(message.text().contains(NAME) && message.text().contains(PHONE) && message.text().contains(EMAIL));
        String csrf = message.select("input[name=csrf]").first().val();
        HttpResponse<String> noNote = server.postForm(staff, Map.of("csrf", csrf, "viec", "cap-nhat", "trang-thai", "ANSWERED", "ghi-chu", ""),
                FeedbackServer.STAFF_HEADER, "yes");
        assertEquals(303, noNote.statusCode());
        Document refused = Jsoup.parse(server.get(noNote.headers().firstValue("Location").orElseThrow(), FeedbackServer.STAFF_HEADER, "yes").body());
        assertTrue(refused.getElementById("ck-inbox-note-error").text().contains("cần ghi nội dung trả lời"));
        assertEquals(403, server.postForm(staff, Map.of("viec", "cap-nhat", "trang-thai", "ANSWERED", "ghi-chu", "x"),
                FeedbackServer.STAFF_HEADER, "yes").statusCode(), "a change needs the CSRF token");
        assertEquals(303, server.postForm(staff, Map.of("csrf", csrf, "viec", "cap-nhat", "trang-thai", "ANSWERED",
                "ghi-chu", "Xã đã thay bóng đèn ngày 02/12/2026.\nCảm ơn bà."), FeedbackServer.STAFF_HEADER, "yes").statusCode());

        Document status = Jsoup.parse(server.get("/lien-he-gop-y/tra-cuu?ma=" + code.value().toLowerCase()).body());
        assertEquals("Đã trả lời", status.select(".ck-feedback-status__status").text());
        assertEquals(List.of("Xã đã thay bóng đèn ngày 02/12/2026.", "Cảm ơn bà."), status.select(".ck-feedback-status__line").eachText());
        Document unknown = Jsoup.parse(server.get("/lien-he-gop-y/tra-cuu?ma=PA-222222").body());
        assertEquals("Không tìm thấy ý kiến có mã PA-222222. Xin kiểm tra lại mã.", unknown.getElementById("ck-feedback-code-error").text());
        Document bad = Jsoup.parse(server.get("/lien-he-gop-y/tra-cuu?ma=%3Cscript%3E").body());
        assertTrue(bad.getElementById("ck-feedback-code-error").text().startsWith("Mã phản ánh gồm PA-"));
        assertEquals("<script>", bad.getElementById("ck-feedback-code").val());

        assertEquals(303, server.postForm(staff, Map.of("csrf", csrf, "viec", "dang", "cau-hoi", "Đèn đường thôn 3 hỏng thì báo ở đâu?"),
                FeedbackServer.STAFF_HEADER, "yes").statusCode());
        Document questions = Jsoup.parse(server.get("/lien-he-gop-y/hoi-dap").body());
        assertEquals(List.of("Đèn đường thôn 3 hỏng thì báo ở đâu?"), questions.select(".ck-questions__item > .ck-questions__text:nth-of-type(1) p").eachText()
                .subList(0, 1));
        assertTrue(questions.select(".ck-questions__item").text().contains("Cảm ơn bà."));
    }

    @Test
    void hostileInputInEveryFieldIsKeptVerbatimAndShownEscaped() throws Exception {
        String csrf = server.csrf();
        for (String hostile : HOSTILE) {
            server.clock.now = server.clock.now.plus(Duration.ofMinutes(1));
            Map<String, String> fields = valid(csrf);
            fields.put("ho-ten", hostile);
            fields.put("email", hostile.replaceAll("\\s", "") + "@example.vn");
            fields.put("tieu-de", hostile);
            fields.put("noi-dung", hostile + "\n" + hostile);
            TrackingCode code = send(fields);
            FeedbackSubmission kept = server.store.message(FeedbackServer.HOST, code).orElseThrow().submission();
            assertEquals(hostile, kept.name());
            assertEquals(hostile.replaceAll("\\s", "") + "@example.vn", kept.email());
            assertEquals(hostile, kept.subject());
            assertEquals(hostile + "\n" + hostile, kept.message());
            Document staff = Jsoup.parse(server.get("/lien-he-gop-y/quan-ly/" + code, FeedbackServer.STAFF_HEADER, "yes").body());
            Element shown = staff.selectFirst(".ck-inbox-message");
            assertEquals(0, shown.select("script, img, b").size(), hostile);
            assertTrue(shown.select("dd").eachText().contains(hostile), hostile);
            assertEquals(List.of(hostile, hostile), shown.select(".ck-inbox-message__text p").eachText());
        }
        // refused, the same strings come back escaped in the form
        Map<String, String> fields = valid(csrf);
        HOSTILE.forEach(h -> fields.put("dien-thoai", h));
        fields.put("ho-ten", String.join(" ", HOSTILE));
        Document form = Jsoup.parse(server.post("/lien-he-gop-y", fields, null, null).body());
        assertEquals(0, form.select("main script, main img, main b").size());
        assertEquals(String.join(" ", HOSTILE), form.getElementById("ck-fb-ho-ten").val());
    }

    @Test
    void personalDataNeverAppearsInAPublicPageOrALogLine() throws Exception {
        TrackingCode code = send(valid(server.csrf()));
        String staff = "/lien-he-gop-y/quan-ly/" + code;
        String csrf = Jsoup.parse(server.get(staff, FeedbackServer.STAFF_HEADER, "yes").body()).select("input[name=csrf]").first().val();
        server.postForm(staff, Map.of("csrf", csrf, "viec", "cap-nhat", "trang-thai", "ANSWERED", "ghi-chu", "Đã sửa."), FeedbackServer.STAFF_HEADER, "yes");
        server.postForm(staff, Map.of("csrf", csrf, "viec", "dang", "cau-hoi", "Đèn đường hỏng thì báo ở đâu?"), FeedbackServer.STAFF_HEADER, "yes");
        List<String> publicPages = List.of("/lien-he-gop-y", "/lien-he-gop-y/tra-cuu?ma=" + code + "&moi=1", "/lien-he-gop-y/hoi-dap",
                "/lien-he-gop-y/tra-cuu?ma=" + code + "&lang=en", staff, "/lien-he-gop-y/quan-ly", "/lien-he-gop-y/quan-ly/danh-gia");
        for (String path : publicPages) {
            String body = server.get(path).body();
            for (String personal : List.of(NAME, PHONE, EMAIL, "thôn 3 hỏng đã hai tuần")) {
                assertFalse(body.contains(personal), personal + " in " + path);
            }
        }
        assertEquals(403, server.get(staff).statusCode(), "the staff pages without the authoriser");
        List<String> logs = List.copyOf(server.logs);
        assertFalse(logs.isEmpty(), "the log catcher works (Tomcat logs its start)");
        for (String line : logs) {
            for (String personal : List.of(NAME, PHONE, EMAIL, "Đèn đường thôn 3")) {
                assertFalse(line.contains(personal), personal + " logged: " + line);
            }
        }
    }

    @Test
    void theFormThroughTheFragmentServletIsNeverCachedNorShared() throws Exception {
        HttpResponse<String> first = server.get("/widgets/feedback-form?path=/lien-he-gop-y&ho-ten=" + java.net.URLEncoder.encode(NAME, StandardCharsets.UTF_8));
        assertEquals(200, first.statusCode());
        assertEquals("no-store", first.headers().firstValue("Cache-Control").orElse(""));
        assertEquals(NAME, Jsoup.parse(first.body()).getElementById("ck-fb-ho-ten").val());
        assertEquals("public, max-age=60", server.get("/widgets/rating?path=/tin-tuc/a").headers().firstValue("Cache-Control").orElse(""),
                "the rating asks nothing personal: it may be cached");
    }

    @Test
    void anImageIsReencodedWithoutItsMetadataAPdfKeptAndAnythingElseRefusedNamingTheField() throws Exception {
        String csrf = server.csrf();
        TrackingCode withImage = sendWith(csrf, "ảnh đèn hỏng.png", png());
        FeedbackFile image = server.store.file(FeedbackServer.HOST, withImage).orElseThrow();
        assertEquals("image/jpeg", image.contentType());
        assertEquals("anh-den-hong.jpg", image.fileName());
        assertEquals(40, ImageIO.read(new java.io.ByteArrayInputStream(image.bytes())).getWidth());
        byte[] pdf = "%PDF-1.4\n%âãÏÓ\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n".getBytes(StandardCharsets.ISO_8859_1);
        TrackingCode withPdf = sendWith(csrf, "don.pdf", pdf);
        assertEquals(List.of("application/pdf"), List.of(server.store.file(FeedbackServer.HOST, withPdf).orElseThrow().contentType()));
        HttpResponse<String> download = server.get("/lien-he-gop-y/quan-ly/" + withPdf + "/tep", FeedbackServer.STAFF_HEADER, "yes");
        assertEquals("attachment; filename=\"don.pdf\"", download.headers().firstValue("Content-Disposition").orElse(""));
        assertEquals("sandbox", download.headers().firstValue("Content-Security-Policy").orElse(""));

        Map<String, String> fields = valid(csrf);
        server.clock.now = server.clock.now.plus(Duration.ofMinutes(2));
        Document exe = Jsoup.parse(server.post("/lien-he-gop-y", fields, "don.pdf", "MZ\u0090\u0000".getBytes(StandardCharsets.ISO_8859_1)).body());
        assertEquals("Chỉ nhận ảnh JPEG, PNG, WebP hoặc tệp PDF (ảnh HEIC của iPhone: xin lưu lại thành JPEG).", exe.getElementById("ck-fb-tep-error").text());
        assertEquals(NAME, exe.getElementById("ck-fb-ho-ten").val());
        Document broken = Jsoup.parse(server.post("/lien-he-gop-y", fields, "anh.png", new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0}).body());
        assertTrue(broken.getElementById("ck-fb-tep-error").text().startsWith("Không đọc được tệp này"));
        Document large = Jsoup.parse(server.post("/lien-he-gop-y", fields, "lon.pdf", new byte[(5 << 20) + 1]).body());
        assertEquals("Tệp lớn hơn 5 MB; xin gửi tệp nhỏ hơn.", large.getElementById("ck-fb-tep-error").text());
        assertEquals(EMAIL, large.getElementById("ck-fb-email").val(), "a file too large loses nothing typed");
        HttpResponse<String> cutOff = server.post("/lien-he-gop-y", fields, "rat-lon.pdf", new byte[(21 << 20) + 1]);
        assertEquals(413, cutOff.statusCode());
        assertEquals("Tệp gửi kèm quá lớn, vượt mức Cổng nhận; xin gửi tệp nhỏ hơn.", Jsoup.parse(cutOff.body()).select(".ck-feedback__message").text());
    }

    private TrackingCode sendWith(String csrf, String name, byte[] file) throws Exception {
        server.clock.now = server.clock.now.plus(Duration.ofMinutes(1));
        HttpResponse<String> response = server.post("/lien-he-gop-y", valid(csrf), name, file);
        assertEquals(303, response.statusCode(), response.body());
        return TrackingCode.parse(response.headers().firstValue("Location").orElseThrow().replaceAll(".*ma=([^&]+).*", "$1")).orElseThrow();
    }

    static byte[] png() throws Exception {
        BufferedImage image = new BufferedImage(40, 30, BufferedImage.TYPE_INT_RGB);
        image.setRGB(5, 5, 0xA50E0E);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "png", out);
        return out.toByteArray();
    }
}

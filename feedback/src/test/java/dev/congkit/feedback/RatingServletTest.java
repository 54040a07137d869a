package dev.congkit.feedback;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.text.Normalizer;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** "Thông tin này có hữu ích không?" posted to a real Tomcat, and the office's report (SATISFACTION-RATING). */
class RatingServletTest {

    private static final String PAGE = "/tin-tuc/hoi-nghi-tong-ket";

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

    @Test
    void aRatingIsKeptForThePageAndMonthAndThePageThanks() throws Exception {
        String nfd = Normalizer.normalize("Rõ ràng, dễ hiểu", Normalizer.Form.NFD);
        HttpResponse<String> response = server.postForm("/danh-gia", Map.of("trang", PAGE, "diem", "4", "y-kien", nfd));
        assertEquals(303, response.statusCode());
        assertEquals(PAGE + "?da-danh-gia=1#danh-gia", response.headers().firstValue("Location").orElseThrow());
        assertTrue(response.headers().firstValue("Set-Cookie").isEmpty(), "no cookie, no session");
        YearMonth december = YearMonth.of(2026, 12);
        assertEquals(List.of(0, 0, 0, 1, 0), server.ratings.summaries(FeedbackServer.HOST, december).get(0).byScore());
        assertEquals(List.of("Rõ ràng, dễ hiểu"), server.ratings.comments(FeedbackServer.HOST, PAGE, december));
        HttpResponse<String> english = server.postForm("/danh-gia", Map.of("trang", PAGE, "diem", "5", "lang", "en"));
        assertEquals(PAGE + "?lang=en&da-danh-gia=1#danh-gia", english.headers().firstValue("Location").orElseThrow());
    }

    @Test
    void noScoreGoesBackToAskForOneAndBadInputIsRefusedNamingTheField() throws Exception {
        HttpResponse<String> missing = server.postForm("/danh-gia", Map.of("trang", PAGE, "diem", "9"));
        assertEquals(PAGE + "?danh-gia=thieu#danh-gia", missing.headers().firstValue("Location").orElseThrow());
        HttpResponse<String> elsewhere = server.postForm("/danh-gia", Map.of("trang", "https://evil.example/", "diem", "5"));
        assertEquals(400, elsewhere.statusCode());
        assertTrue(elsewhere.body().startsWith("trang: trang được đánh giá phải là một đường dẫn của Cổng này"));
        assertEquals(400, server.postForm("/danh-gia", Map.of("trang", "//evil.example/a", "diem", "5")).statusCode());
        assertEquals(0, server.ratings.count(FeedbackServer.HOST));
    }

    @Test
    void aPostFromAnotherSiteIsRefused() throws Exception {
        Map<String, String> fields = Map.of("trang", PAGE, "diem", "1");
        assertEquals(403, server.postForm("/danh-gia", fields, "Origin", "https://evil.example").statusCode());
        assertEquals(403, server.postForm("/danh-gia", fields, "Origin", "null").statusCode());
        assertEquals(403, server.postForm("/danh-gia", fields, "Sec-Fetch-Site", "cross-site").statusCode());
        assertEquals(303, server.postForm("/danh-gia", fields, "Origin", server.url("").replaceAll("/$", "")).statusCode());
        assertEquals(303, server.postForm("/danh-gia", fields, "Sec-Fetch-Site", "same-origin").statusCode());
        assertEquals(2, server.ratings.count(FeedbackServer.HOST));
    }

    @Test
    void pastTheLimitRatingsAreRefusedWith429AndNotKept() throws Exception {
        int refused = 0;
        for (int i = 0; i < 12; i++) {
            refused += server.postForm("/danh-gia", Map.of("trang", PAGE, "diem", "3")).statusCode() == 429 ? 1 : 0;
        }
        assertEquals(7, refused);
        assertEquals(5, server.ratings.count(FeedbackServer.HOST));
    }

    @Test
    void theStaffReportCountsEachPageOfTheMonthAndDownloadsAsCsv() throws Exception {
        YearMonth december = YearMonth.of(2026, 12);
        for (int score : new int[] {5, 5, 4, 2}) {
            server.ratings.rate(FeedbackServer.HOST, PAGE, december, score, score == 2 ? "=HYPERLINK(\"x\")" : null);
        }
        server.ratings.rate(FeedbackServer.HOST, "/van-ban/xa/05-qd-ubnd-2026", december, 3, null);
        Document report = Jsoup.parse(server.get("/lien-he-gop-y/quan-ly/danh-gia?thang=2026-12", FeedbackServer.STAFF_HEADER, "yes").body());
        assertEquals("Tổng cộng 5 đánh giá trên 2 trang, điểm trung bình 3,8.", report.getElementById("ck-report-total").text());
        assertEquals(List.of(PAGE, "4", "4,0", "0", "1", "0", "1", "2", "1"),
                report.select(".ck-report__table tbody tr").first().select("th, td").eachText());
        String csv = server.get("/lien-he-gop-y/quan-ly/danh-gia.csv?thang=2026-12", FeedbackServer.STAFF_HEADER, "yes").body();
        assertEquals(List.of("\uFEFFthang,trang,so_danh_gia,diem_trung_binh,diem_1,diem_2,diem_3,diem_4,diem_5,so_gop_y",
                "2026-12,\"" + PAGE + "\",4,4.00,0,1,0,1,2,1", "2026-12,\"/van-ban/xa/05-qd-ubnd-2026\",1,3.00,0,0,1,0,0,0"), csv.lines().toList());
        Document empty = Jsoup.parse(server.get("/lien-he-gop-y/quan-ly/danh-gia?thang=2026-10", FeedbackServer.STAFF_HEADER, "yes").body());
        assertEquals("Chưa có đánh giá nào trong tháng 10/2026.", empty.getElementById("ck-report-total").text());
        assertEquals(403, server.get("/lien-he-gop-y/quan-ly/danh-gia.csv").statusCode());
    }
}

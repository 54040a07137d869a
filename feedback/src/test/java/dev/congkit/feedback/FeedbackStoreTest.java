package dev.congkit.feedback;

import dev.congkit.core.ManualClock;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import javax.sql.DataSource;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Messages and ratings on H2 and on a real PostgreSQL (FEEDBACK-FUNCTION, SATISFACTION-RATING). */
class FeedbackStoreTest {

    private static final String HOST = "mauson.thanhhoa.gov.vn";
    private static final String HOSTILE = "<script>alert('x')</script> \"; drop table ck_feedback; -- {{msg}} ‮ 😀";

    @AfterAll
    static void close() throws Exception {
        Databases.closeAll();
    }

    @ParameterizedTest
    @ValueSource(strings = {"h2", "postgresql"})
    void aMessageIsKeptVerbatimFollowedAnsweredAndPublishedWithoutPersonalData(String kind, @TempDir Path dir) throws Exception {
        ManualClock clock = new ManualClock(Instant.parse("2026-12-01T03:00:00Z"));
        FeedbackStore store = FeedbackStore.open(Databases.fresh(kind, dir), clock);
        FeedbackSubmission sent = new FeedbackSubmission("Nguyễn Thị Hường", "0912 345 678", "huong@example.vn", HOSTILE,
                "Đèn đường thôn 3 hỏng.\n" + HOSTILE, true);
        byte[] pdf = "%PDF-1.4\n1 0 obj\n%%EOF\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        TrackingCode code = store.submit(HOST, sent, new FeedbackFile("don.pdf", "application/pdf", pdf));

        FeedbackMessage kept = store.message(HOST, code).orElseThrow();
        assertEquals(sent, kept.submission());
        assertEquals("don.pdf", kept.fileName());
        assertEquals(pdf.length, kept.fileSize());
        assertEquals(new FeedbackFile("don.pdf", "application/pdf", pdf), store.file(HOST, code).orElseThrow());
        assertEquals(FeedbackStatus.RECEIVED, store.progress(HOST, code).orElseThrow().status());
        assertTrue(store.progress("other.gov.vn", code).isEmpty(), "a code answers on its own site only");

        assertThrows(IllegalArgumentException.class, () -> store.update(HOST, code, FeedbackStatus.ANSWERED, "  "));
        clock.now = clock.now.plus(Duration.ofDays(1));
        assertTrue(store.update(HOST, code, FeedbackStatus.ANSWERED, "Xã đã thay bóng đèn ngày 02/12/2026."));
        FeedbackProgress progress = store.progress(HOST, code).orElseThrow();
        assertEquals(FeedbackStatus.ANSWERED, progress.status());
        assertEquals("Xã đã thay bóng đèn ngày 02/12/2026.", progress.note());
        assertEquals(Instant.parse("2026-12-02T03:00:00Z"), progress.updatedAt());

        assertEquals(List.of(), store.questions(HOST));
        assertTrue(store.publish(HOST, code, "Đèn đường ở thôn 3 bị hỏng, khi nào xã sửa?"));
        List<PublicQuestion> questions = store.questions(HOST);
        assertEquals(1, questions.size());
        String published = questions.get(0).toString();
        for (String personal : List.of("Nguyễn Thị Hường", "0912 345 678", "huong@example.vn", "<script>")) {
            assertFalse(published.contains(personal), personal + " in " + published);
        }
        assertTrue(store.update(HOST, code, FeedbackStatus.IN_PROGRESS, null));
        assertEquals(List.of(), store.questions(HOST), "a question is public only while answered");
    }

    @ParameterizedTest
    @ValueSource(strings = {"h2", "postgresql"})
    void pastTheRetentionPeriodMessagesGoAndPublishedOnesKeepOnlyTheQuestionAndAnswer(String kind, @TempDir Path dir) throws Exception {
        ManualClock clock = new ManualClock(Instant.parse("2025-11-01T03:00:00Z"));
        FeedbackStore store = FeedbackStore.open(Databases.fresh(kind, dir), clock);
        FeedbackSubmission sent = new FeedbackSubmission("Lê Văn Hùng", "0912345678", "", "Hỏi về hộ tịch", "Nội dung", true);
        TrackingCode old = store.submit(HOST, sent, new FeedbackFile("a.pdf", "application/pdf", "%PDF-1\n%%EOF".getBytes()));
        TrackingCode published = store.submit(HOST, sent, null);
        store.update(HOST, published, FeedbackStatus.ANSWERED, "Trả lời.");
        store.publish(HOST, published, "Câu hỏi về hộ tịch.");
        clock.now = Instant.parse("2026-12-01T03:00:00Z");
        TrackingCode recent = store.submit(HOST, sent, null);

        assertEquals(2, store.purge(Duration.ofDays(365)));
        assertTrue(store.message(HOST, old).isEmpty());
        assertTrue(store.file(HOST, old).isEmpty());
        FeedbackMessage stripped = store.message(HOST, published).orElseThrow();
        assertEquals("", stripped.submission().name());
        assertEquals("", stripped.submission().phone());
        assertEquals("Câu hỏi về hộ tịch.", stripped.submission().message());
        assertEquals(List.of("Câu hỏi về hộ tịch."), store.questions(HOST).stream().map(PublicQuestion::question).toList());
        assertEquals(sent, store.message(HOST, recent).orElseThrow().submission());
        assertEquals(0, store.purge(Duration.ofDays(365)), "a second clean-up has nothing left to do");
    }

    @ParameterizedTest
    @ValueSource(strings = {"h2", "postgresql"})
    void codesAreDistinctAndTheListPagesNewestFirst(String kind, @TempDir Path dir) throws Exception {
        ManualClock clock = new ManualClock(Instant.parse("2026-12-01T03:00:00Z"));
        FeedbackStore store = FeedbackStore.open(Databases.fresh(kind, dir), clock);
        List<TrackingCode> codes = IntStream.range(0, 45).mapToObj(i -> {
            clock.now = clock.now.plusSeconds(60);
            return store.submit(HOST, new FeedbackSubmission("", "", "a" + i + "@example.vn", "Tiêu đề " + i, "Nội dung", true), null);
        }).toList();
        Set<TrackingCode> distinct = Set.copyOf(codes);
        assertEquals(45, distinct.size());
        assertEquals(45, store.count(HOST));
        List<FeedbackMessage> first = store.received(HOST, 0, 20);
        assertEquals(20, first.size());
        assertEquals("Tiêu đề 44", first.get(0).submission().subject());
        assertEquals(5, store.received(HOST, 40, 20).size());
        assertNull(first.get(0).fileName());
    }

    @ParameterizedTest
    @ValueSource(strings = {"h2", "postgresql"})
    void ratingsAreCountedPerPageAndMonthWithNothingAboutTheRater(String kind, @TempDir Path dir) throws Exception {
        DataSource data = Databases.fresh(kind, dir);
        RatingStore ratings = RatingStore.open(data);
        YearMonth december = YearMonth.of(2026, 12);
        for (int score : new int[] {5, 4, 5, 1}) {
            ratings.rate(HOST, "/tin-tuc/hoi-nghi", december, score, score == 1 ? "Thiếu ngày giờ họp" : "");
        }
        ratings.rate(HOST, "/van-ban/xa/05-qd-ubnd-2026", december, 3, null);
        ratings.rate(HOST, "/tin-tuc/hoi-nghi", YearMonth.of(2026, 11), 2, null);
        ratings.rate("other.gov.vn", "/tin-tuc/hoi-nghi", december, 1, null);
        assertThrows(IllegalArgumentException.class, () -> ratings.rate(HOST, "/a", december, 6, null));
        assertThrows(IllegalArgumentException.class, () -> ratings.rate(HOST, "https://evil.example/", december, 5, null));
        assertThrows(IllegalArgumentException.class, () -> ratings.rate(HOST, "//evil.example/", december, 5, null));

        List<RatingSummary> summaries = ratings.summaries(HOST, december);
        assertEquals(List.of("/tin-tuc/hoi-nghi", "/van-ban/xa/05-qd-ubnd-2026"), summaries.stream().map(RatingSummary::path).toList());
        RatingSummary news = summaries.get(0);
        assertEquals(List.of(1, 0, 0, 1, 2), news.byScore());
        assertEquals(4, news.count());
        assertEquals("3,8", news.averageText());
        assertEquals(1, news.comments());
        assertEquals(List.of("Thiếu ngày giờ họp"), ratings.comments(HOST, "/tin-tuc/hoi-nghi", december));
        assertEquals(6, ratings.count(HOST));
        try (var connection = data.getConnection();
             var columns = connection.getMetaData().getColumns(null, null, kind.equals("h2") ? "CK_RATING" : "ck_rating", null)) {
            List<String> names = new java.util.ArrayList<>();
            while (columns.next()) {
                names.add(columns.getString("COLUMN_NAME").toLowerCase(java.util.Locale.ROOT));
            }
            assertEquals(List.of("id", "host", "path", "rated_month", "score", "remark"), names, "no address, time or cookie is kept");
        }
        assertEquals(Set.of(), summaries.stream().map(RatingSummary::month).filter(m -> !m.equals(december)).collect(Collectors.toSet()));
    }
}

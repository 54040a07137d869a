package dev.congkit.feedback;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicLong;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The rating under load (SATISFACTION-RATING): 32 connections, each its own HTTP/1.1 client on
 * loopback, post ratings for {@code congkit.load.seconds} (3 in every build, 30 in CI) against
 * Tomcat and the H2 store, with a limiter of 60 000 posts a minute so that both paths run. Nothing may
 * answer 5xx or fail to connect; every rating answered 303 must be in the store, and no other.
 * The figures go to {@code target/rating-load.txt} and to standard output.
 */
class RatingLoadTest {

    private static final int CONNECTIONS = 32;

    @TempDir
    Path dir;

    @AfterAll
    static void close() throws Exception {
        Databases.closeAll();
    }

    @Test
    void thirtyTwoConnectionsPostRatingsWithNo5xxNoFailedConnectionAndNoLostRating() throws Exception {
        long seconds = Long.getLong("congkit.load.seconds", 3);
        FeedbackOptions options = FeedbackOptions.defaults().withPostsPerMinute(60_000);
        Map<Integer, AtomicLong> statuses = new ConcurrentHashMap<>();
        AtomicLong failures = new AtomicLong();
        AtomicLong retried = new AtomicLong();
        List<String> failureKinds = java.util.Collections.synchronizedList(new ArrayList<>());
        try (FeedbackServer server = new FeedbackServer(dir, options, true)) {
            server.clock.now = java.time.Instant.now();   // the limiter's minute is the real one under load
            long deadline = System.nanoTime() + Duration.ofSeconds(seconds).toNanos();
            CountDownLatch done = new CountDownLatch(CONNECTIONS);
            for (int c = 0; c < CONNECTIONS; c++) {
                int connection = c;
                Thread thread = new Thread(() -> {
                    HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(5)).build();
                    int n = 0;
                    try {
                        while (System.nanoTime() < deadline) {
                            String body = "trang=" + "/tin-tuc/bai-" + (connection % 8) + "&diem=" + (1 + (n++ % 5)) + "&y-kien="
                                    + java.net.URLEncoder.encode(n % 10 == 0 ? "Góp ý số " + n : "", StandardCharsets.UTF_8);
                            HttpRequest request = HttpRequest.newBuilder(URI.create(server.url("/danh-gia"))).timeout(Duration.ofSeconds(30))
                                    .header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(body)).build();
                            try {
                                int status;
                                try {
                                    status = client.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
                                } catch (IOException closed) {
                                    if (!String.valueOf(closed.getMessage()).contains("received no bytes")) {
                                        throw closed;
                                    }
                                    // a kept-alive connection the server closed as the post went out (Tomcat ends one
                                    // after 100 requests): nothing was received, so a browser sends it again, and so do we
                                    retried.incrementAndGet();
                                    status = client.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
                                }
                                statuses.computeIfAbsent(status, s -> new AtomicLong()).incrementAndGet();
                            } catch (IOException e) {
                                failures.incrementAndGet();
                                failureKinds.add(e.getClass().getSimpleName() + ": " + e.getMessage());
                            }
                        }
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    } finally {
                        done.countDown();
                    }
                }, "rating-load-" + c);
                thread.start();
            }
            assertTrue(done.await(seconds + 120, java.util.concurrent.TimeUnit.SECONDS), "the connections finish");
            long accepted = count(statuses, 303);
            long refused = count(statuses, 429);
            long serverErrors = statuses.entrySet().stream().filter(e -> e.getKey() >= 500).mapToLong(e -> e.getValue().get()).sum();
            long stored = server.ratings.count(FeedbackServer.HOST);
            long storedByMonth = server.ratings.summaries(FeedbackServer.HOST, YearMonth.now(java.time.ZoneId.of("Asia/Ho_Chi_Minh"))).stream()
                    .mapToLong(RatingSummary::count).sum();
            String figures = String.format("rating load: %d connections, %d s: %d posts, %d accepted (303), %d refused by the limiter (429),"
                            + " %d 5xx, %d failed connections (%d posts sent again on a new connection), %d stored, %d lost; %.0f posts/s,"
                            + " %.0f accepted/s; statuses %s%n",
                    CONNECTIONS, seconds, statuses.values().stream().mapToLong(AtomicLong::get).sum() + failures.get(), accepted, refused,
                    serverErrors, failures.get(), retried.get(), stored, accepted - stored,
                    (statuses.values().stream().mapToLong(AtomicLong::get).sum() + failures.get()) / (double) seconds, accepted / (double) seconds,
                    new java.util.TreeMap<>(statuses));
            System.out.print(figures);
            Files.writeString(Path.of("target/rating-load.txt"), figures);
            assertEquals(0, failures.get(), "failed connections: " + failureKinds.stream().limit(5).toList());
            assertEquals(0, serverErrors, "5xx answers: " + statuses);
            assertEquals(Map.of(), statuses.entrySet().stream().filter(e -> e.getKey() != 303 && e.getKey() != 429)
                    .collect(java.util.stream.Collectors.toMap(Map.Entry::getKey, e -> e.getValue().get())), "only 303 and 429");
            assertTrue(accepted > 0, "some ratings are accepted");
            assertEquals(accepted, stored, "every accepted rating is stored, and nothing else");
            assertEquals(stored, storedByMonth);
        }
    }

    private static long count(Map<Integer, AtomicLong> statuses, int status) {
        AtomicLong found = statuses.get(status);
        return found == null ? 0 : found.get();
    }
}

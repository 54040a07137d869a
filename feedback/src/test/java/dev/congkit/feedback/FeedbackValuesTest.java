package dev.congkit.feedback;

import dev.congkit.core.ManualClock;
import org.junit.jupiter.api.Test;

import java.text.Normalizer;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Tracking codes, what a citizen typed, and the per-address limit. */
class FeedbackValuesTest {

    @Test
    void aTrackingCodeHasNoLookAlikesAndIsReadAsACitizenTypesIt() {
        for (int i = 0; i < 2000; i++) {
            String code = TrackingCode.random(new Random(i)).value();
            assertTrue(code.matches("PA-[2-9A-HJKMNP-Z]{6}"), code);
        }
        assertEquals("PA-7K3M9Q", TrackingCode.parse(" pa-7k3m9q ").orElseThrow().value());
        assertEquals("PA-7K3M9Q", TrackingCode.parse("7K3M9Q").orElseThrow().value());
        assertTrue(TrackingCode.parse("PA-7K3M9O").isEmpty(), "O is not in a code");
        assertTrue(TrackingCode.parse("PA-7K3M9Q'--").isEmpty());
        assertTrue(TrackingCode.parse(null).isEmpty());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new TrackingCode("PA-\u0000"));
        assertEquals("a tracking code is PA- and six of " + TrackingCode.ALPHABET + ", but was \"PA-?\"", e.getMessage());
    }

    @Test
    void whatIsTypedIsKeptAsNfcWithoutControlCharactersAndEachProblemNamesItsField() {
        FeedbackSubmission typed = new FeedbackSubmission(Normalizer.normalize("  Nguyễn Thị Hường\t", Normalizer.Form.NFD), null,
                "a@b", "Tiêu đề\u0000\nhai dòng", "Dòng 1\r\nDòng 2\u0007", false);
        assertEquals("Nguyễn Thị Hường", typed.name());
        assertEquals("", typed.phone());
        assertEquals("Tiêu đề hai dòng", typed.subject());
        assertEquals("Dòng 1\nDòng 2", typed.message());
        assertEquals(List.of("EMAIL feedback.error.email", "CONSENT feedback.error.consent"),
                typed.problems().stream().map(p -> p.field() + " " + p.key()).toList());
        FeedbackSubmission none = new FeedbackSubmission("", "", "", "", "x".repeat(5001), true);
        assertEquals(List.of("NAME feedback.error.contact", "SUBJECT feedback.error.subject", "MESSAGE feedback.error.tooLong"),
                none.problems().stream().map(p -> p.field() + " " + p.key()).toList());
        assertEquals(List.of(5000, 5001), none.problems().get(2).args());
        assertEquals(List.of(), new FeedbackSubmission("", "+84 (0)912.345-678", "", "T", "N", true).problems());
        assertFalse(new FeedbackSubmission("", "0912", "", "T", "N", true).problems().isEmpty(), "too few digits");
    }

    @Test
    void theLimitCountsPostsPerAddressOverASlidingMinute() {
        ManualClock clock = new ManualClock(Instant.parse("2026-12-01T03:00:00Z"));
        RateLimiter limiter = new RateLimiter(5, Duration.ofMinutes(1), clock);
        for (int i = 0; i < 5; i++) {
            assertTrue(limiter.allow("203.0.113.7"));
        }
        assertFalse(limiter.allow("203.0.113.7"));
        assertTrue(limiter.allow("198.51.100.2"), "another address has its own count");
        clock.now = clock.now.plusSeconds(30);
        assertFalse(limiter.allow("203.0.113.7"), "half a minute later the last minute still holds six posts");
        clock.now = clock.now.plusSeconds(100);
        assertTrue(limiter.allow("203.0.113.7"));
        assertThrows(IllegalArgumentException.class, () -> new RateLimiter(0, Duration.ofMinutes(1), clock));
        for (int i = 0; i < RateLimiter.MAX_ADDRESSES + 10; i++) {
            limiter.allow("10.0." + (i >> 8) + "." + (i & 255));   // memory stays bounded: old addresses are forgotten
        }
    }
}

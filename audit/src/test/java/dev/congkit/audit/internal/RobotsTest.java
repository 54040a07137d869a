package dev.congkit.audit.internal;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** robots.txt patterns as RFC 9309 reads them, matched without regular expressions. */
class RobotsTest {

    @Test
    void wildcardsAndEndAnchorsMatchAsTheRfcSays() {
        assertTrue(Robots.matches("/", "/van-ban"));
        assertTrue(Robots.matches("/van-ban", "/van-ban/xa?nam=2026"));
        assertFalse(Robots.matches("/van-ban", "/tin-tuc"));
        assertTrue(Robots.matches("/*.pdf$", "/tai-lieu/quyet-dinh.pdf"));
        assertFalse(Robots.matches("/*.pdf$", "/tai-lieu/quyet-dinh.pdf?tai=1"));
        assertTrue(Robots.matches("/*/lich-*", "/xa/lich-tiep-cong-dan"));
        assertTrue(Robots.matches("/a*b*c", "/aXXbYYc"));
        assertFalse(Robots.matches("/a*b*c", "/aXXcYYb"));
        assertTrue(Robots.matches("/ab$", "/ab"));
        assertFalse(Robots.matches("/ab$", "/abc"));
        assertTrue(Robots.matches("/a*a$", "/aa"));
        assertFalse(Robots.matches("/ab*ba$", "/aba"), "the head and the tail may not share characters");
        assertTrue(Robots.matches("*", "/"));
    }

    @Test
    void theLongestRuleWinsAndAllowWinsATie() {
        Robots rules = Robots.parse("User-agent: *\nDisallow: /van-ban\nAllow: /van-ban/xa\nDisallow: /*.xml$\nAllow: /*.xml$\n");
        assertFalse(rules.allows("/van-ban/tinh"));
        assertTrue(rules.allows("/van-ban/xa/05-qd-ubnd"));
        assertTrue(rules.allows("/sitemap.xml"));
    }

    @Test
    void aPatternBuiltToBacktrackIsMatchedInLinearTime() {
        String pattern = "/" + "*a".repeat(200) + "*b";
        String path = "/" + "a".repeat(50_000);
        assertTimeoutPreemptively(java.time.Duration.ofSeconds(10), () -> assertFalse(Robots.matches(pattern, path)));
    }

    @Test
    void anUnreadableRobotsTxtForbidsEverything() {
        Robots unreadable = Robots.unavailable("HTTP 503");
        assertFalse(unreadable.allows("/"));
        assertTrue(Robots.parse("").allows("/"));
    }
}

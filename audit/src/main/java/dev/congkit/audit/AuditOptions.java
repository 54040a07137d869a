package dev.congkit.audit;

import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Objects;

/**
 * How an audit runs. Start from {@link #defaults()} and change what you need:
 * <pre>{@code
 * AuditOptions options = AuditOptions.defaults().withRuleSet("thanhhoa-camthuy-2023").withMaxPages(20);
 * }</pre>
 *
 * @param ruleSet        the rule set to judge by, or {@code null} for the national set in force on {@code date}
 * @param date           the date of the check (today in Vietnam by default)
 * @param locale         the language of the findings: Vietnamese (default) or English
 * @param timeout        the time one request may take in all: connecting, headers and body
 * @param maxPages       pages read per site, the target included
 * @param maxDepth       links followed from the target, at most this deep
 * @param perHost        concurrent requests to one host, at most
 * @param ignoreRobots   read pages robots.txt forbids (for an office auditing its own units)
 * @param acceptBrokenTls read sites whose TLS certificate chain does not verify; reported in the notes
 * @param maxBytes       the largest page or image read
 * @param userAgent      the User-Agent sent; it names CổngKit
 * @param siteTimeout    the time one site's audit may take in all; what was read by then is judged
 * @param maxSiteBytes   the bytes read from one site in all (pages, robots.txt, sitemaps, images)
 * @param allowPrivateAddresses read hosts that resolve to loopback or private-network addresses even
 *                       when the target does not (a target on such an address always may)
 * @param browser        Chromium or Chrome to render each site's home page with (browser mode), or {@code null}
 *                       to judge from HTML alone
 * @param axe            axe-core's {@code axe.min.js}, run on the rendered home page in browser mode, or {@code null}
 */
public record AuditOptions(String ruleSet, LocalDate date, Locale locale, Duration timeout, int maxPages, int maxDepth,
                           int perHost, boolean ignoreRobots, boolean acceptBrokenTls, long maxBytes, String userAgent,
                           Duration siteTimeout, long maxSiteBytes, boolean allowPrivateAddresses, Path browser, Path axe) {

    public static final String USER_AGENT = "CongKit-Audit/" + version() + " (CongKit compliance auditor for Vietnamese government portals)";

    public AuditOptions {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(locale, "locale");
        Objects.requireNonNull(timeout, "timeout");
        Objects.requireNonNull(userAgent, "userAgent");
        Objects.requireNonNull(siteTimeout, "siteTimeout");
        if (maxPages < 1 || maxDepth < 0 || perHost < 1 || maxBytes < 1024 || maxSiteBytes < maxBytes || timeout.isNegative()
                || timeout.isZero() || siteTimeout.compareTo(timeout) < 0) {
            throw new IllegalArgumentException("maxPages and perHost must be at least 1, maxDepth at least 0, maxBytes at least 1024,"
                    + " maxSiteBytes at least maxBytes, the timeout positive and the site timeout at least the timeout");
        }
    }

    public static AuditOptions defaults() {
        return new AuditOptions(null, LocalDate.now(java.time.ZoneId.of("Asia/Ho_Chi_Minh")), Locale.forLanguageTag("vi"),
                Duration.ofSeconds(15), 40, 2, 2, false, false, 5L * 1024 * 1024, USER_AGENT, Duration.ofMinutes(5),
                64L * 1024 * 1024, false, null, null);
    }

    public AuditOptions withRuleSet(String id) {
        return new AuditOptions(id, date, locale, timeout, maxPages, maxDepth, perHost, ignoreRobots, acceptBrokenTls, maxBytes,
                userAgent, siteTimeout, maxSiteBytes, allowPrivateAddresses, browser, axe);
    }

    public AuditOptions withDate(LocalDate day) {
        return new AuditOptions(ruleSet, day, locale, timeout, maxPages, maxDepth, perHost, ignoreRobots, acceptBrokenTls, maxBytes,
                userAgent, siteTimeout, maxSiteBytes, allowPrivateAddresses, browser, axe);
    }

    public AuditOptions withLocale(Locale language) {
        return new AuditOptions(ruleSet, date, language, timeout, maxPages, maxDepth, perHost, ignoreRobots, acceptBrokenTls, maxBytes,
                userAgent, siteTimeout, maxSiteBytes, allowPrivateAddresses, browser, axe);
    }

    /** The time one request may take in all; the site timeout grows with it when it would be shorter. */
    public AuditOptions withTimeout(Duration limit) {
        return new AuditOptions(ruleSet, date, locale, limit, maxPages, maxDepth, perHost, ignoreRobots, acceptBrokenTls, maxBytes,
                userAgent, siteTimeout.compareTo(limit) < 0 ? limit : siteTimeout, maxSiteBytes, allowPrivateAddresses, browser, axe);
    }

    public AuditOptions withMaxPages(int pages) {
        return new AuditOptions(ruleSet, date, locale, timeout, pages, maxDepth, perHost, ignoreRobots, acceptBrokenTls, maxBytes,
                userAgent, siteTimeout, maxSiteBytes, allowPrivateAddresses, browser, axe);
    }

    public AuditOptions withMaxDepth(int depth) {
        return new AuditOptions(ruleSet, date, locale, timeout, maxPages, depth, perHost, ignoreRobots, acceptBrokenTls, maxBytes,
                userAgent, siteTimeout, maxSiteBytes, allowPrivateAddresses, browser, axe);
    }

    public AuditOptions withPerHost(int requests) {
        return new AuditOptions(ruleSet, date, locale, timeout, maxPages, maxDepth, requests, ignoreRobots, acceptBrokenTls, maxBytes,
                userAgent, siteTimeout, maxSiteBytes, allowPrivateAddresses, browser, axe);
    }

    public AuditOptions withIgnoreRobots(boolean ignore) {
        return new AuditOptions(ruleSet, date, locale, timeout, maxPages, maxDepth, perHost, ignore, acceptBrokenTls, maxBytes,
                userAgent, siteTimeout, maxSiteBytes, allowPrivateAddresses, browser, axe);
    }

    public AuditOptions withAcceptBrokenTls(boolean accept) {
        return new AuditOptions(ruleSet, date, locale, timeout, maxPages, maxDepth, perHost, ignoreRobots, accept, maxBytes,
                userAgent, siteTimeout, maxSiteBytes, allowPrivateAddresses, browser, axe);
    }

    /** The time one site's audit may take in all; at least the request timeout. */
    public AuditOptions withSiteTimeout(Duration limit) {
        return new AuditOptions(ruleSet, date, locale, timeout, maxPages, maxDepth, perHost, ignoreRobots, acceptBrokenTls, maxBytes,
                userAgent, limit, maxSiteBytes, allowPrivateAddresses, browser, axe);
    }

    /** The largest page or image read, and the bytes read from one site in all. */
    public AuditOptions withMaxBytes(long perResponse, long perSite) {
        return new AuditOptions(ruleSet, date, locale, timeout, maxPages, maxDepth, perHost, ignoreRobots, acceptBrokenTls, perResponse,
                userAgent, siteTimeout, perSite, allowPrivateAddresses, browser, axe);
    }

    public AuditOptions withAllowPrivateAddresses(boolean allow) {
        return new AuditOptions(ruleSet, date, locale, timeout, maxPages, maxDepth, perHost, ignoreRobots, acceptBrokenTls, maxBytes,
                userAgent, siteTimeout, maxSiteBytes, allow, browser, axe);
    }

    /**
     * Browser mode: each site's home page is also rendered in {@code chromium} (placement of the feedback
     * banner, menus drawn by script, the page at 320 px, timings, a screenshot); {@code null} turns it off.
     */
    public AuditOptions withBrowser(Path chromium) {
        return new AuditOptions(ruleSet, date, locale, timeout, maxPages, maxDepth, perHost, ignoreRobots, acceptBrokenTls, maxBytes,
                userAgent, siteTimeout, maxSiteBytes, allowPrivateAddresses, chromium, axe);
    }

    /** axe-core's {@code axe.min.js}, run on each rendered home page in browser mode (A11Y by axe's WCAG 2.1 A/AA rules). */
    public AuditOptions withAxe(Path axeScript) {
        return new AuditOptions(ruleSet, date, locale, timeout, maxPages, maxDepth, perHost, ignoreRobots, acceptBrokenTls, maxBytes,
                userAgent, siteTimeout, maxSiteBytes, allowPrivateAddresses, browser, axeScript);
    }

    /** The first Chromium or Chrome installed in the usual places ({@code /usr/bin/chromium}, …), for {@link #withBrowser}. */
    public static java.util.Optional<Path> installedBrowser() {
        return dev.congkit.audit.internal.browser.Browser.locate(null);
    }

    /** Whether each site's home page is rendered in a browser. */
    public boolean browserMode() {
        return browser != null;
    }

    /** The time the browser may take to render one page at both widths: twice the request timeout and ten seconds. */
    public Duration renderTimeout() {
        return timeout.multipliedBy(2).plusSeconds(10);
    }

    private static String version() {
        String version = AuditOptions.class.getPackage().getImplementationVersion();
        return version == null ? "dev" : version;
    }
}

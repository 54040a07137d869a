package dev.congkit.core.source;

import dev.congkit.core.model.SiteConfig;

import java.util.Objects;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A site's configuration as of one version of its data. Caches of rendered output key on the site's
 * base URL and this version, so a source that builds a new {@link SiteConfig} per request still hits
 * them while its data stays the same, and misses as soon as the version changes.
 *
 * <p>Example:
 * <pre>{@code
 * SiteData data = new SiteData(site, "2026-12-01T07:30:00Z#42");   // e.g. last-modified and a row version
 * }</pre>
 *
 * @param site    the configuration, validated like a file
 * @param version changes whenever anything in {@code site} changes (a counter, a timestamp, a hash);
 *                1–200 visible characters; two different sites may share a version
 */
public record SiteData(SiteConfig site, String version) {

    private static final int MAX_VERSION = 200;
    private static final AtomicLong FIXED = new AtomicLong();

    public SiteData {
        Objects.requireNonNull(site, "site");
        Objects.requireNonNull(version, "version");
        if (version.isBlank() || version.length() > MAX_VERSION || version.chars().anyMatch(Character::isISOControl)) {
            throw new IllegalArgumentException("version: must be 1–" + MAX_VERSION
                    + " characters without control characters, but was '" + version + "'");
        }
    }

    /** Data that never changes: its version is unique in this JVM, so no other data shares its cache entries. */
    public static SiteData fixed(SiteConfig site) {
        return new SiteData(site, "fixed-" + FIXED.incrementAndGet());
    }

    /** What a fragment cache keys on: the site (by its base URL) and the version of its data. */
    public Object cacheKey() {
        return new Key(site.agency().baseUrl().value(), version);
    }

    private record Key(String baseUrl, String version) {
    }
}

package dev.congkit.core.render;

import dev.congkit.core.validation.Check;
import dev.congkit.core.model.SiteConfig;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * Everything a widget's output depends on: the site, the language, the path of the page the widget
 * is embedded in (for {@code aria-current}), the site's base URL, a clock read in Asia/Ho_Chi_Minh,
 * and the widget's own parameters. Immutable; two equal contexts on the same day render the same.
 *
 * <pre>{@code
 * RenderContext ctx = RenderContext.of(site).withPath("/gioi-thieu").withLocale(Locale.ENGLISH);
 * }</pre>
 */
public record RenderContext(SiteConfig site, Locale locale, String path, String baseUrl, Clock clock,
                            Map<String, String> params) {

    /** Vietnam: UTC+7 all year, no daylight saving. */
    public static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");
    /** Vietnamese, the default language of every widget. */
    public static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

    public RenderContext {
        Objects.requireNonNull(site, "site");
        locale = Locales.supported(locale);
        path = normalizePath(path);
        baseUrl = baseUrl == null ? site.agency().baseUrl().value() : baseUrl.replaceAll("/+$", "");
        clock = clock == null ? Clock.system(VIETNAM) : clock.withZone(VIETNAM);
        Map<String, String> sorted = new TreeMap<>();
        if (params != null) {
            params.forEach((key, value) -> sorted.put(Objects.requireNonNull(key), Objects.requireNonNullElse(Check.normalize(value), "")));
        }
        params = java.util.Collections.unmodifiableMap(sorted);
    }

    /** Vietnamese, the home page, the configured base URL, the system clock, no parameters. */
    public static RenderContext of(SiteConfig site) {
        return new RenderContext(site, VIETNAMESE, "/", null, null, Map.of());
    }

    public RenderContext withLocale(Locale newLocale) {
        return new RenderContext(site, newLocale, path, baseUrl, clock, params);
    }

    public RenderContext withPath(String newPath) {
        return new RenderContext(site, locale, newPath, baseUrl, clock, params);
    }

    public RenderContext withBaseUrl(String newBaseUrl) {
        return new RenderContext(site, locale, path, newBaseUrl, clock, params);
    }

    public RenderContext withClock(Clock newClock) {
        return new RenderContext(site, locale, path, baseUrl, newClock, params);
    }

    public RenderContext withSite(SiteConfig newSite) {
        return new RenderContext(newSite, locale, path, baseUrl, clock, params);
    }

    public RenderContext withParams(Map<String, String> newParams) {
        return new RenderContext(site, locale, path, baseUrl, clock, newParams);
    }

    public RenderContext withParam(String name, String value) {
        Map<String, String> copy = new TreeMap<>(params);
        copy.put(name, value);
        return withParams(copy);
    }

    public String param(String name) {
        return params.get(name);
    }

    /** Today's date in Vietnam. */
    public LocalDate today() {
        return LocalDate.now(clock);
    }

    public ZonedDateTime now() {
        return ZonedDateTime.now(clock);
    }

    public boolean isEnglish() {
        return "en".equals(locale.getLanguage());
    }

    /** The BCP 47 tag of the output language: {@code vi} or {@code en}. */
    public String lang() {
        return locale.getLanguage();
    }

    /** An absolute URL for a site-relative path. */
    public String absolute(String sitePath) {
        return sitePath.startsWith("/") ? baseUrl + sitePath : sitePath;
    }

    private static String normalizePath(String path) {
        if (path == null || path.isBlank()) {
            return "/";
        }
        String trimmed = path.strip();
        int cut = trimmed.indexOf('?');
        cut = cut < 0 ? trimmed.indexOf('#') : cut;
        trimmed = cut < 0 ? trimmed : trimmed.substring(0, cut);
        // a path that widgets write back into links never becomes protocol-relative ("//host", "/\\host")
        String slashed = trimmed.replace('\\', '/');
        slashed = slashed.startsWith("/") ? slashed : "/" + slashed;
        return LEADING_SLASHES.matcher(slashed).replaceFirst("/");
    }

    private static final java.util.regex.Pattern LEADING_SLASHES = java.util.regex.Pattern.compile("^/{2,}");
}

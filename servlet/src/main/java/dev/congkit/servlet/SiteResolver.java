package dev.congkit.servlet;

import dev.congkit.core.model.SiteConfig;
import dev.congkit.core.source.SiteData;
import dev.congkit.core.source.SiteSource;
import dev.congkit.core.source.SitesByHost;
import jakarta.servlet.http.HttpServletRequest;

/**
 * Finds the site a request is for, with the version of its data (fragment caches key on it). One
 * deployment serves one site from a {@link SiteSource} (a file, a database, the JDBC store) or many
 * communes by host name from {@link SitesByHost}.
 *
 * <p>Example:
 * <pre>{@code
 * SiteResolver one = SiteResolver.single(site);                                   // built once, never changes
 * SiteResolver live = SiteResolver.of(FileSiteSource.watch(path, context::log));  // edits picked up
 * SiteResolver many = SiteResolver.byHost(SiteDirectory.load(folder, context::log)); // unknown host: 404
 * }</pre>
 */
@FunctionalInterface
public interface SiteResolver {

    /** The site for {@code request} with its data version, or {@code null} when the request is for no known site (404). */
    SiteData resolve(HttpServletRequest request);

    /** Always the same site. */
    static SiteResolver single(SiteConfig site) {
        SiteData data = SiteData.fixed(site);
        return request -> data;
    }

    /** Whatever {@code source} currently holds, for every request. */
    static SiteResolver of(SiteSource source) {
        return request -> source.current();
    }

    /** The site whose base URL names the request's host; {@code null} (404) for any other host. */
    static SiteResolver byHost(SitesByHost sites) {
        return request -> sites.forHost(request.getServerName()).orElse(null);
    }
}

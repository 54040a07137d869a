package dev.congkit.core.source;

import java.util.Optional;

/**
 * Many communes served by one deployment, each chosen by the host name of its
 * {@code agency.baseUrl}: a folder of {@code site.json} files ({@link SiteDirectory}), the JDBC
 * store, or the vendor's own table of portals. Implementations are thread-safe and answer from
 * memory or an index, since they are asked on every request.
 *
 * <p>Example:
 * <pre>{@code
 * SitesByHost sites = SiteDirectory.load(Path.of("/etc/congkit/sites"), servletContext::log);
 * sites.forHost("mauson.thanhhoa.gov.vn");   // Optional<SiteData>; empty for an unknown host
 * }</pre>
 */
@FunctionalInterface
public interface SitesByHost {

    /**
     * The data of the site served at {@code host} (a name as the request gave it, any case, no
     * port), or empty when no site is served there.
     */
    Optional<SiteData> forHost(String host);

    /** A host as sites are keyed by it: lower case, without a trailing dot ("MauSon.ThanhHoa.gov.vn." → "mauson.thanhhoa.gov.vn"). */
    static String key(String host) {
        String lower = host.toLowerCase(java.util.Locale.ROOT);
        return lower.endsWith(".") ? lower.substring(0, lower.length() - 1) : lower;
    }

    /** The {@code www.} twin of a keyed host, which serves the same site: "www.x" for "x", "x" for "www.x". */
    static String twin(String key) {
        return key.startsWith("www.") ? key.substring(4) : "www." + key;
    }
}

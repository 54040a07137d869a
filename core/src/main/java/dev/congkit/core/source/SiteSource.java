package dev.congkit.core.source;

import dev.congkit.core.model.SiteConfig;

/**
 * Where one site's configuration comes from: a file, the vendor's database, the JDBC store. Servlets
 * ask it on every request, so {@link #current()} must be cheap when nothing changed (answer from
 * memory, look at the data's version at most every second or so). Implementations are thread-safe.
 *
 * <p>Example, a vendor's own database:
 * <pre>{@code
 * SiteSource source = () -> {
 *     long version = jdbc.queryForLong("select max(row_version) from portal_content");
 *     return new SiteData(cache.computeIfAbsent(version, v -> buildSiteFromRows()), Long.toString(version));
 * };
 * }</pre>
 */
@FunctionalInterface
public interface SiteSource {

    /** The configuration to serve now, with its data version. Never {@code null}. */
    SiteData current();

    /** Always the same configuration; its version is unique to this source. */
    static SiteSource fixed(SiteConfig site) {
        SiteData data = SiteData.fixed(site);
        return () -> data;
    }
}

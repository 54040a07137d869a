package dev.congkit.servlet;

import dev.congkit.core.model.SiteConfig;
import jakarta.servlet.http.HttpServletRequest;

/**
 * Finds the site a request is for. A vendor hosting many communes from one deployment resolves by
 * host name or path over a folder of {@code site.json} files; the default serves one site.
 *
 * <p>Example:
 * <pre>{@code
 * SiteResolver one = SiteResolver.single(site);
 * Map<String, SiteConfig> byHost = Map.of("mauson.thanhhoa.gov.vn", mauSon, "camthanh.thanhhoa.gov.vn", camThanh);
 * SiteResolver perHost = request -> byHost.get(request.getServerName());   // null answers 404
 * }</pre>
 */
@FunctionalInterface
public interface SiteResolver {

    /** The site for {@code request}, or {@code null} when the request is for no known site (404). */
    SiteConfig resolve(HttpServletRequest request);

    /** Always the same site. */
    static SiteResolver single(SiteConfig site) {
        return request -> site;
    }
}

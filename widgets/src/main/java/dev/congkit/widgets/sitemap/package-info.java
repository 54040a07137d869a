/**
 * The sitemap, from the menu model: the "Sơ đồ trang" page ({@code sitemap} widget, a nested list
 * of every entry of both menus, links to other hosts and {@code mailto:} included) and
 * {@link dev.congkit.widgets.sitemap.SitemapXml} for search engines (sitemaps.org 0.9: absolute,
 * percent-encoded URLs of the site's own pages, {@code lastmod} from the items' {@code updated}
 * dates). The servlet module serves it at {@code /sitemap.xml}.
 *
 * <p>Requirements: SITEMAP, A11Y-SHORTCUTS (the menus' access key 3 leads here).
 *
 * <p>Configuration: none of its own; it follows the {@code menu} section.
 *
 * <p>Accessibility: a {@code nav} labelled "Sơ đồ trang" with nested lists; entries without a link
 * are plain text.
 */
package dev.congkit.widgets.sitemap;

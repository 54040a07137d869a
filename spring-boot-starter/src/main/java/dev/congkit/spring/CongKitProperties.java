package dev.congkit.spring;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.nio.file.Path;

/**
 * The {@code congkit.*} properties the starter reads. Every mapping may be set to an empty value to
 * leave that servlet out; {@code site} is needed unless the application declares its own
 * {@code SiteSource} bean.
 *
 * <p>Example ({@code application.properties}):
 * <pre>{@code
 * congkit.site=/etc/congkit/site.json
 * congkit.watch=true                        # edits to site.json served without a restart
 * congkit.widgets=/widgets/*
 * congkit.reception-calendar=               # empty: no reception calendar servlet
 * }</pre>
 *
 * @param site              the {@code site.json} file; unset when a {@code SiteSource} bean is declared
 * @param watch             reload the file when it changes (default {@code true})
 * @param widgets           mapping of the widget fragments servlet ({@code /widgets/*})
 * @param staticFiles       mapping of the stylesheet and other files ({@code /congkit/*})
 * @param sitemap           mapping of {@code sitemap.xml}
 * @param vcards            mapping of the vCard files ({@code *.vcf})
 * @param leaderCalendar    mapping of the leaders' iCalendar file
 * @param receptionCalendar mapping of the citizen reception iCalendar file
 * @param documentsFeed     mapping of the documents' Atom feed
 * @param newsFeed          mapping of the news Atom feed
 */
@ConfigurationProperties("congkit")
public record CongKitProperties(
        Path site,
        @DefaultValue("true") boolean watch,
        @DefaultValue("/widgets/*") String widgets,
        @DefaultValue("/congkit/*") String staticFiles,
        @DefaultValue("/sitemap.xml") String sitemap,
        @DefaultValue("*.vcf") String vcards,
        @DefaultValue("/lich-lam-viec.ics") String leaderCalendar,
        @DefaultValue("/lich-tiep-cong-dan.ics") String receptionCalendar,
        @DefaultValue("/van-ban/xa.atom") String documentsFeed,
        @DefaultValue("/tin-tuc.atom") String newsFeed) {

    public CongKitProperties {
        widgets = mapping("widgets", widgets);
        staticFiles = mapping("static-files", staticFiles);
        sitemap = mapping("sitemap", sitemap);
        vcards = mapping("vcards", vcards);
        leaderCalendar = mapping("leader-calendar", leaderCalendar);
        receptionCalendar = mapping("reception-calendar", receptionCalendar);
        documentsFeed = mapping("documents-feed", documentsFeed);
        newsFeed = mapping("news-feed", newsFeed);
    }

    // a servlet mapping is "/path", "/path/*", "*.ext" or "" (servlet left out), as the Servlet spec allows
    private static String mapping(String property, String value) {
        String mapping = value == null ? "" : value.strip();
        boolean valid = mapping.isEmpty()
                || mapping.startsWith("/") && (mapping.indexOf('*') < 0 || mapping.endsWith("/*") && mapping.indexOf('*') == mapping.length() - 1)
                || mapping.startsWith("*.") && mapping.length() > 2 && mapping.indexOf('/') < 0 && mapping.lastIndexOf('*') == 0;
        if (!valid) {
            throw new IllegalArgumentException("congkit." + property + " = '" + value + "': đường dẫn phải có dạng /duong-dan, /duong-dan/* hoặc *.duoi,"
                    + " hoặc để trống để bỏ servlet này (a servlet mapping is /path, /path/* or *.ext, or empty to leave the servlet out)");
        }
        return mapping;
    }

    /** Whether the servlet of {@code mapping} is wanted. */
    static boolean wanted(String mapping) {
        return !mapping.isEmpty();
    }
}

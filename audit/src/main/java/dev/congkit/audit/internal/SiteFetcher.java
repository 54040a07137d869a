package dev.congkit.audit.internal;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Every read of one audit goes through here: pages, robots.txt, sitemaps, images. It keeps the audit
 * on its site ({@link Scope}; for a saved page, the files beside it), asks robots.txt before every
 * fetch, stops at the site's deadline and stops reading once the site's byte budget is spent.
 */
public final class SiteFetcher {

    private final Fetcher fetcher;
    private final URI target;
    private final Scope scope;
    private final boolean ignoreRobots;
    private final Instant deadline;
    private final long budget;
    private final AtomicLong spent = new AtomicLong();

    public SiteFetcher(Fetcher fetcher, URI target, boolean ignoreRobots, boolean allowInternal, Duration siteTimeout,
                       long budgetBytes) {
        this.fetcher = fetcher;
        this.target = target;
        this.scope = Scope.of(target, allowInternal);
        this.ignoreRobots = ignoreRobots;
        this.deadline = Instant.now().plus(siteTimeout);
        this.budget = budgetBytes;
    }

    /** Whether this audit reads a saved file and the files beside it rather than a site. */
    public boolean savedFile() {
        return "file".equals(target.getScheme());
    }

    /** GET {@code uri} when it is on the site, robots.txt allows it, time is left and the byte budget is not spent. */
    public Fetcher.Response get(URI uri) {
        if (savedFile()) {
            return besideSavedPage(uri) ? fetcher.readFile(uri) : Fetcher.Response.failed(uri, "not beside the saved page");
        }
        if (!scope.admits(uri)) {
            return Fetcher.Response.failed(uri, "not on the audited site; not read");
        }
        Optional<String> refused = robotsRefusal(uri);
        if (refused.isPresent()) {
            return Fetcher.Response.failed(uri, refused.get());
        }
        if (expired()) {
            return Fetcher.Response.failed(uri, "the time allowed for this site has run out");
        }
        if (spent.get() >= budget) {
            return Fetcher.Response.failed(uri, "the bytes allowed for this site have been read");
        }
        Fetcher.Response response = fetcher.get(uri, scope, deadline, this::robotsRefusal);
        spent.addAndGet(response.body().length);
        return response;
    }

    /** Why robots.txt keeps CổngKit from {@code uri}, or empty when it does not (or robots are ignored). */
    public Optional<String> robotsRefusal(URI uri) {
        if (ignoreRobots || savedFile()) {
            return Optional.empty();
        }
        Robots rules = fetcher.robots(uri, scope, deadline);
        if (rules.unavailable() != null) {
            return Optional.of("robots.txt could not be read (" + rules.unavailable() + "), which forbids everything (RFC 9309)");
        }
        return rules.allows(pathOf(uri)) ? Optional.empty() : Optional.of("robots.txt forbids it");
    }

    /** Why the site's robots.txt could not be read (then nothing may be), or empty when it was read or is absent. */
    public Optional<String> robotsUnreadable() {
        return ignoreRobots || savedFile() ? Optional.empty()
                : Optional.ofNullable(fetcher.robots(target, scope, deadline).unavailable());
    }

    /** The sitemaps robots.txt announces on the site (robots.txt is read if it has not been). */
    public List<String> announcedSitemaps() {
        return ignoreRobots || savedFile() ? List.of() : fetcher.robots(target, scope, deadline).sitemaps();
    }

    /** Whether {@code uri} is on the audited site. */
    public boolean onSite(URI uri) {
        return savedFile() ? besideSavedPage(uri) : scope.admits(uri);
    }

    /** Whether the site's deadline has passed. */
    public boolean expired() {
        return Instant.now().isAfter(deadline);
    }

    /** Whether the site's byte budget is spent. */
    public boolean budgetSpent() {
        return spent.get() >= budget;
    }

    /** Whether {@code uri} names a file in the saved page's folder (or below it). */
    private boolean besideSavedPage(URI uri) {
        if (!"file".equals(uri.getScheme())) {
            return false;
        }
        try {
            java.nio.file.Path folder = java.nio.file.Path.of(target).getParent();
            return folder != null && java.nio.file.Path.of(uri).normalize().startsWith(folder);
        } catch (RuntimeException e) {
            return false;
        }
    }

    private static String pathOf(URI uri) {
        String path = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
        return uri.getRawQuery() == null ? path : path + "?" + uri.getRawQuery();
    }
}

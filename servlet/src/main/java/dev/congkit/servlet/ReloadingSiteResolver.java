package dev.congkit.servlet;

import dev.congkit.core.config.ConfigException;
import dev.congkit.core.config.SiteConfigLoader;
import dev.congkit.core.model.SiteConfig;
import jakarta.servlet.http.HttpServletRequest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Clock;
import java.time.Instant;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * Serves one site from a {@code site.json} that editors change while the server runs. The file's
 * modification time is looked at most once per {@code interval}; a good edit is served from the
 * next request after the change is seen; a bad edit is reported (every problem, through
 * {@code log}) and the last good configuration keeps being served. Thread-safe.
 *
 * <p>Example:
 * <pre>{@code
 * // site.json edited by the commune is picked up without a restart; a broken edit keeps the last good site
 * ReloadingSiteResolver resolver = ReloadingSiteResolver.watch(Path.of("/etc/congkit/site.json"),
 *         message -> servletContext.log(message));
 * context.addServlet("congkit", new WidgetServlet(WidgetRenderer.create(), resolver)).addMapping("/widgets/*");
 * }</pre>
 */
public final class ReloadingSiteResolver implements SiteResolver {

    private final Path file;
    private final SiteConfigLoader loader;
    private final Consumer<String> log;
    private final Clock clock;
    private final long intervalMillis;
    private volatile SiteConfig current;
    private volatile FileTime loadedTime;
    private volatile long size;
    private volatile Instant nextLook;

    private ReloadingSiteResolver(Path file, SiteConfigLoader loader, Consumer<String> log, Clock clock, long intervalMillis)
            throws ConfigException {
        this.file = file;
        this.loader = loader;
        this.log = log;
        this.clock = clock;
        this.intervalMillis = intervalMillis;
        this.current = loader.load(file);
        stamp();
        this.nextLook = clock.instant().plusMillis(intervalMillis);
    }

    /**
     * Loads {@code file} now (a bad file fails start-up with every problem) and watches it.
     *
     * @param log receives the problems of a bad edit, e.g. {@code servletContext::log}
     */
    public static ReloadingSiteResolver watch(Path file, Consumer<String> log) throws ConfigException {
        return new ReloadingSiteResolver(file, SiteConfigLoader.withRegisteredSections(), log, Clock.systemUTC(), 1000);
    }

    /** For tests and tuning: a given loader, clock and interval between looks at the file. */
    public static ReloadingSiteResolver watch(Path file, SiteConfigLoader loader, Consumer<String> log, Clock clock, long intervalMillis)
            throws ConfigException {
        return new ReloadingSiteResolver(file, loader, log, clock, intervalMillis);
    }

    @Override
    public SiteConfig resolve(HttpServletRequest request) {
        return current();
    }

    /** The configuration to serve now, reloaded first if the file changed since the last look. */
    public SiteConfig current() {
        Instant now = clock.instant();
        if (now.isBefore(nextLook)) {
            return current;
        }
        synchronized (this) {
            if (!now.isBefore(nextLook)) {
                nextLook = now.plusMillis(intervalMillis);
                reloadIfChanged();
            }
        }
        return current;
    }

    private void reloadIfChanged() {
        try {
            FileTime time = Files.getLastModifiedTime(file);
            long newSize = Files.size(file);
            if (Objects.equals(time, loadedTime) && newSize == size) {
                return;
            }
            loadedTime = time;
            size = newSize;
            current = loader.load(file);
            log.accept("CổngKit: reloaded " + file);
        } catch (ConfigException e) {
            log.accept("CổngKit: " + file + " has errors; still serving the last good configuration:\n" + e.getMessage());
        } catch (IOException e) {
            log.accept("CổngKit: cannot read " + file + " (" + e.getMessage() + "); still serving the last good configuration");
        }
    }

    private void stamp() {
        try {
            loadedTime = Files.getLastModifiedTime(file);
            size = Files.size(file);
        } catch (IOException e) {
            loadedTime = null;
        }
    }
}

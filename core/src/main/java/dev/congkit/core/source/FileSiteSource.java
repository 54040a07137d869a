package dev.congkit.core.source;

import dev.congkit.core.config.ConfigException;
import dev.congkit.core.config.SiteConfigLoader;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Clock;
import java.time.Instant;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;

/**
 * One site from a {@code site.json} that editors change while the server runs. The file's
 * modification time and size are looked at most once per interval; a good edit is served from the
 * next request after the change is seen, with a new version; a bad edit is reported (every problem,
 * through {@code log}) and the last good configuration keeps being served. Thread-safe.
 *
 * <p>Example:
 * <pre>{@code
 * SiteSource source = FileSiteSource.watch(Path.of("/etc/congkit/site.json"), servletContext::log);
 * context.addServlet("congkit", new WidgetServlet(WidgetRenderer.create(), SiteResolver.of(source)))
 *        .addMapping("/widgets/*");
 * }</pre>
 */
public final class FileSiteSource implements SiteSource {

    private static final AtomicLong SOURCES = new AtomicLong();

    private final Path file;
    private final SiteConfigLoader loader;
    private final Consumer<String> log;
    private final Clock clock;
    private final long intervalMillis;
    private final String prefix = "file-" + SOURCES.incrementAndGet() + "-";
    private long loads;
    private volatile SiteData current;
    private FileTime loadedTime;
    private long size;
    private volatile Instant nextLook;

    private FileSiteSource(Path file, SiteConfigLoader loader, Consumer<String> log, Clock clock, long intervalMillis)
            throws ConfigException {
        this.file = Objects.requireNonNull(file, "file");
        this.loader = loader;
        this.log = log;
        this.clock = clock;
        this.intervalMillis = intervalMillis;
        stamp();
        this.current = new SiteData(loader.load(file), prefix + (++loads));
        this.nextLook = clock.instant().plusMillis(intervalMillis);
    }

    /**
     * Loads {@code file} now (a bad file fails with every problem) and watches it once a second.
     *
     * @param log receives the problems of a bad edit, e.g. {@code servletContext::log}
     */
    public static FileSiteSource watch(Path file, Consumer<String> log) throws ConfigException {
        return new FileSiteSource(file, SiteConfigLoader.withRegisteredSections(), log, Clock.systemUTC(), 1000);
    }

    /** For tests and tuning: a given loader, clock and interval between looks at the file. */
    public static FileSiteSource watch(Path file, SiteConfigLoader loader, Consumer<String> log, Clock clock, long intervalMillis)
            throws ConfigException {
        return new FileSiteSource(file, loader, log, clock, intervalMillis);
    }

    public Path file() {
        return file;
    }

    /** Looks at the file on the next request, whatever the interval: a folder watcher saw it change. */
    void lookNow() {
        nextLook = Instant.MIN;
    }

    /** The configuration to serve now, reloaded first if the file changed since the last look. */
    @Override
    public SiteData current() {
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
            current = new SiteData(loader.load(file), prefix + (++loads));
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

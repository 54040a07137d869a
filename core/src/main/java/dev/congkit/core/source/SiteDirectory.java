package dev.congkit.core.source;

import dev.congkit.core.i18n.Bilingual;
import dev.congkit.core.config.ConfigException;
import dev.congkit.core.config.ConfigProblem;
import dev.congkit.core.config.SiteConfigLoader;

import java.io.IOException;
import java.net.URI;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * A folder of {@code *.json} site files, one commune each, served by the host of each file's
 * {@code agency.baseUrl} (and its {@code www.} twin). Every file is loaded at start: any bad file, or
 * two files naming the same host, fails with every problem of every file. The folder is then watched
 * (one thread, told of changes by the operating system): an edited file is read again on its next
 * request, a bad edit is reported and the last good site stays; without such notice each file is
 * looked at once a minute. A file added later needs a restart, and a file whose edit changes its base
 * URL keeps the host it started with. Requests never touch the disk while nothing changes, so routing
 * by host costs next to nothing (docs/benchmarks.md). Thread-safe; {@link #close()} stops the watcher.
 *
 * <p>Example:
 * <pre>{@code
 * SitesByHost sites = SiteDirectory.load(Path.of("/etc/congkit/sites"), servletContext::log);
 * SiteResolver resolver = SiteResolver.byHost(sites);   // unknown host: 404
 * }</pre>
 */
public final class SiteDirectory implements SitesByHost, AutoCloseable {

    /** How often each file is looked at when the watcher may have missed a change (a network share). */
    static final long FALLBACK_MILLIS = 60_000;

    private final Map<String, FileSiteSource> byHost;
    private final WatchService watcher;

    private SiteDirectory(Path folder, Map<String, FileSiteSource> byHost, Consumer<String> log) {
        this.byHost = Map.copyOf(byHost);
        this.watcher = watch(folder, byHost, log);
    }

    /** Loads every {@code *.json} file of {@code folder}, watching each once a second. */
    public static SiteDirectory load(Path folder, Consumer<String> log) throws ConfigException {
        return load(folder, SiteConfigLoader.withRegisteredSections(), log, Clock.systemUTC(), 1000);
    }

    /** For tests and tuning: a given loader, clock and interval between looks at each file unless the watcher sees a change. */
    public static SiteDirectory load(Path folder, SiteConfigLoader loader, Consumer<String> log, Clock clock, long intervalMillis)
            throws ConfigException {
        List<Path> files = new ArrayList<>();
        try (DirectoryStream<Path> stream = Files.newDirectoryStream(folder, "*.json")) {
            stream.forEach(files::add);
        } catch (IOException e) {
            throw ConfigException.of(folder.toString(), Bilingual.of("không liệt kê được thư mục các trang (" + e.getMessage() + ")", "cannot list the folder of sites (" + e.getMessage() + ")"));
        }
        files.sort(null);
        if (files.isEmpty()) {
            throw ConfigException.of(folder.toString(), Bilingual.of("thư mục các trang không có tệp *.json nào", "the folder of sites has no *.json file"));
        }
        List<ConfigProblem> problems = new ArrayList<>();
        Map<String, FileSiteSource> byHost = new HashMap<>();
        Map<String, Path> fileOfHost = new HashMap<>();
        for (Path file : files) {
            try {
                FileSiteSource source = FileSiteSource.watch(file, loader, log, clock, Math.max(intervalMillis, FALLBACK_MILLIS));
                String host = host(source.current().site().agency().baseUrl().value());
                if (host == null) {
                    problems.add(new ConfigProblem(file.toString(), "agency.baseUrl", Bilingual.of("phải có tên máy chủ, như https://mauson.thanhhoa.gov.vn", "must name a host, such as https://mauson.thanhhoa.gov.vn")));
                    continue;
                }
                Path earlier = fileOfHost.putIfAbsent(host, file);
                if (earlier != null) {
                    problems.add(new ConfigProblem(file.toString(), "agency.baseUrl",
                            Bilingual.of("ghi máy chủ '" + host + "', nhưng tệp " + earlier.getFileName() + " đã dùng máy chủ này",
                                    "names the host '" + host + "', which " + earlier.getFileName() + " already serves")));
                } else {
                    byHost.put(host, source);
                }
            } catch (ConfigException e) {
                problems.addAll(e.problems());
            }
        }
        if (!problems.isEmpty()) {
            throw new ConfigException(problems);
        }
        return new SiteDirectory(folder, byHost, log);
    }

    /** A daemon thread that has the source of a changed file look at it on its next request; {@code null} where the system gives no notice. */
    private static WatchService watch(Path folder, Map<String, FileSiteSource> byHost, Consumer<String> log) {
        Map<Path, FileSiteSource> byName = new HashMap<>();
        byHost.values().forEach(source -> byName.put(source.file().getFileName(), source));
        WatchService watcher;
        try {
            watcher = folder.getFileSystem().newWatchService();
            folder.register(watcher, StandardWatchEventKinds.ENTRY_CREATE, StandardWatchEventKinds.ENTRY_MODIFY);
        } catch (IOException | UnsupportedOperationException e) {
            log.accept("CổngKit: " + folder + " cannot be watched (" + e.getMessage() + "); each file is looked at once a minute");
            return null;
        }
        Thread thread = new Thread(() -> {
            try {
                while (true) {
                    WatchKey key = watcher.take();
                    for (WatchEvent<?> event : key.pollEvents()) {
                        if (event.kind() == StandardWatchEventKinds.OVERFLOW) {
                            byName.values().forEach(FileSiteSource::lookNow);
                        } else {
                            FileSiteSource source = byName.get((Path) event.context());
                            if (source != null) {
                                source.lookNow();
                            }
                        }
                    }
                    key.reset();
                }
            } catch (InterruptedException | ClosedWatchServiceException e) {
                // closed: the directory is no longer served
            }
        }, "congkit-site-directory");
        thread.setDaemon(true);
        thread.start();
        return watcher;
    }

    /** Stops watching the folder. */
    @Override
    public void close() {
        if (watcher != null) {
            try {
                watcher.close();
            } catch (IOException e) {
                // the watcher is gone either way
            }
        }
    }

    @Override
    public Optional<SiteData> forHost(String host) {
        if (host == null) {
            return Optional.empty();
        }
        String name = SitesByHost.key(host);
        FileSiteSource source = byHost.get(name);
        if (source == null) {
            source = byHost.get(SitesByHost.twin(name));
        }
        return source == null ? Optional.empty() : Optional.of(source.current());
    }

    /** The site of the first file by name (the folder is never empty). */
    public SiteData any() {
        return byHost.values().stream().min(java.util.Comparator.comparing(FileSiteSource::file)).orElseThrow().current();
    }

    /** How many sites the folder serves. */
    public int size() {
        return byHost.size();
    }

    private static String host(String baseUrl) {
        String host = URI.create(baseUrl).getHost();
        return host == null ? null : SitesByHost.key(host);
    }
}

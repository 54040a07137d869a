package dev.congkit.servlet;

import dev.congkit.servlet.internal.Fragment;
import dev.congkit.servlet.internal.Responses;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.io.InputStream;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * Serves CổngKit's static files ({@code congkit.css}, images, the optional {@code congkit.js}) from
 * {@code META-INF/resources/congkit/} on the class path. A Servlet 3+ container serves them by
 * itself from a jar in {@code WEB-INF/lib}; an embedded server started from a runnable jar does
 * not, so map this servlet to {@code /congkit/*} there.
 *
 * <p>Example:
 * <pre>{@code
 * // only for an embedded server started from a runnable jar; a container serves META-INF/resources itself
 * context.addServlet("congkit-css", new StaticResourceServlet()).addMapping("/congkit/*");
 * // <link rel="stylesheet" href="/congkit/congkit.css">
 * }</pre>
 */
public class StaticResourceServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    public static final String FOLDER = "META-INF/resources/congkit/";

    private static final Pattern SAFE_NAME = Pattern.compile("[a-z0-9][a-z0-9._-]*(/[a-z0-9][a-z0-9._-]*)*");
    private static final Map<String, String> TYPES = Map.ofEntries(
            Map.entry("css", "text/css;charset=UTF-8"), Map.entry("js", "text/javascript;charset=UTF-8"), Map.entry("svg", "image/svg+xml"),
            Map.entry("png", "image/png"), Map.entry("jpg", "image/jpeg"), Map.entry("webp", "image/webp"), Map.entry("woff2", "font/woff2"),
            Map.entry("ico", "image/x-icon"), Map.entry("pdf", "application/pdf"), Map.entry("mp4", "video/mp4"),
            Map.entry("webm", "video/webm"), Map.entry("vtt", "text/vtt;charset=UTF-8"));

    /** Longer names are not looked up: no file of ours has one. */
    private static final int MAX_NAME = 200;

    private final String folder;
    // only files that exist are kept, so the cache is bounded by the folder; unknown names are never remembered
    private final transient Map<String, Fragment> files = new ConcurrentHashMap<>();

    /** Serves CổngKit's own files from {@value #FOLDER}. */
    public StaticResourceServlet() {
        this(FOLDER);
    }

    /** Serves files from another class-path folder (ending in {@code /}), e.g. a portal's own assets. */
    public StaticResourceServlet(String classPathFolder) {
        if (!classPathFolder.endsWith("/") || classPathFolder.startsWith("/") || classPathFolder.contains("..")) {
            throw new IllegalArgumentException("a relative class-path folder ending in '/', but was '" + classPathFolder + "'");
        }
        this.folder = classPathFolder;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String name = request.getPathInfo() == null ? "" : request.getPathInfo().substring(1);
        String type = TYPES.get(name.substring(name.lastIndexOf('.') + 1));
        Optional<Fragment> file = name.length() <= MAX_NAME && type != null && SAFE_NAME.matcher(name).matches() && !name.contains("..")
                ? find(name) : Optional.empty();
        if (file.isEmpty()) {
            Responses.plain(response, HttpServletResponse.SC_NOT_FOUND, "Not found");
            return;
        }
        Responses.send(request, response, file.get(), type, "public, max-age=3600");
    }

    /** How many files are kept in memory: never more than the folder holds. */
    int cached() {
        return files.size();
    }

    private Optional<Fragment> find(String name) {
        Fragment known = files.get(name);
        if (known != null) {
            return Optional.of(known);
        }
        Optional<Fragment> found = read(name);
        found.ifPresent(file -> files.putIfAbsent(name, file));
        return found;
    }

    private Optional<Fragment> read(String name) {
        try (InputStream in = StaticResourceServlet.class.getClassLoader().getResourceAsStream(folder + name)) {
            return in == null ? Optional.empty() : Optional.of(Fragment.of(in.readAllBytes()));
        } catch (IOException e) {
            log("cannot read " + folder + name, e);
            return Optional.empty();
        }
    }
}

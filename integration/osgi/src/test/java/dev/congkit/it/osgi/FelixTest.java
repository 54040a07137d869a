package dev.congkit.it.osgi;

import aQute.bnd.header.Parameters;
import aQute.bnd.osgi.Analyzer;
import aQute.bnd.osgi.Jar;
import dev.congkit.core.config.SiteConfigLoader;
import dev.congkit.core.model.SiteConfig;
import dev.congkit.core.render.RenderContext;
import dev.congkit.core.render.WidgetRenderer;
import org.apache.felix.framework.FrameworkFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.Constants;
import org.osgi.framework.launch.Framework;

import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.jar.JarFile;
import java.util.jar.Manifest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * CổngKit's bundles in Apache Felix, as a Liferay or Eclipse container holds them: each with its own
 * class loader, none seeing another's {@code META-INF/services}. They resolve and start against the
 * bundles of Jackson, jsoup and the Servlet API (Mustache.java, which has no OSGi headers, wrapped
 * by bnd), and the header and footer render there exactly as on the class path.
 */
class FelixTest {

    private static final String SITE = """
            {"agency": {"fullName": "Ủy ban nhân dân xã Mẫu Sơn", "level": "XA",
              "address": "Thôn Trung Tâm, xã Mẫu Sơn, tỉnh Thanh Hóa", "phone": "0237 3 123 456",
              "email": "ubndmauson@thanhhoa.gov.vn", "baseUrl": "https://mauson.thanhhoa.gov.vn"},
             "footer": {"responsiblePerson": {"fullName": "Nguyễn Thị Hường", "position": "Phó Chủ tịch UBND xã"}}}
            """;

    @TempDir
    static Path work;
    private static Framework felix;
    private static final Map<String, Bundle> BUNDLES = new LinkedHashMap<>();

    @BeforeAll
    static void startFelix() throws Exception {
        felix = new FrameworkFactory().newFramework(Map.of(
                Constants.FRAMEWORK_STORAGE, work.resolve("felix-cache").toString(),
                Constants.FRAMEWORK_STORAGE_CLEAN, Constants.FRAMEWORK_STORAGE_CLEAN_ONFIRSTINIT));
        felix.start();
        BundleContext context = felix.getBundleContext();
        List<Bundle> installed = new ArrayList<>();
        for (Class<?> from : List.of(com.fasterxml.jackson.annotation.JsonProperty.class, com.fasterxml.jackson.core.JsonParser.class,
                com.fasterxml.jackson.databind.ObjectMapper.class, org.jsoup.Jsoup.class, jakarta.servlet.Servlet.class)) {
            installed.add(context.installBundle("reference:" + location(from).toUri()));
        }
        installed.add(context.installBundle(wrapped(location(com.github.mustachejava.Mustache.class)).toUri().toString()));
        for (Class<?> congkit : List.of(WidgetRenderer.class, dev.congkit.widgets.header.HeaderWidget.class,
                dev.congkit.sanitizer.JsoupHtmlSanitizer.class, dev.congkit.servlet.WidgetServlet.class)) {
            Bundle bundle = context.installBundle("reference:" + location(congkit).toUri());
            installed.add(bundle);
            BUNDLES.put(bundle.getSymbolicName(), bundle);
        }
        // the javax.servlet build of the servlets, for Liferay before 2025.Q3, with the Servlet 4 API
        try (var jars = Files.list(Path.of("target/javax-bundles"))) {
            for (Path jar : jars.sorted().toList()) {
                Bundle bundle = context.installBundle("reference:" + jar.toUri());
                installed.add(bundle);
                if (bundle.getSymbolicName().startsWith("dev.congkit")) {
                    BUNDLES.put(bundle.getSymbolicName(), bundle);
                }
            }
        }
        for (Bundle bundle : installed) {
            bundle.start();   // resolves it first: a missing import fails here, naming it
        }
    }

    @AfterAll
    static void stopFelix() throws Exception {
        if (felix != null) {
            felix.stop();
            felix.waitForStop(10_000);
        }
    }

    @Test
    void everyCongKitBundleResolvesAndStarts() {
        assertEquals(List.of("dev.congkit.core", "dev.congkit.widgets", "dev.congkit.sanitizer", "dev.congkit.servlet", "dev.congkit.servlet.javax"),
                List.copyOf(BUNDLES.keySet()));
        BUNDLES.values().forEach(bundle -> assertEquals(Bundle.ACTIVE, bundle.getState(), bundle.getSymbolicName()));
    }

    @Test
    void widgetsRenderInsideTheFrameworkAsOnTheClassPath() throws Exception {
        Bundle core = BUNDLES.get("dev.congkit.core");
        ClassLoader widgets = BUNDLES.get("dev.congkit.widgets").loadClass("dev.congkit.widgets.header.HeaderWidget").getClassLoader();
        Class<?> rendererType = core.loadClass("dev.congkit.core.render.WidgetRenderer");
        assertFalse(rendererType == WidgetRenderer.class, "the framework's own copy, not the test's");

        Object builder = call(rendererType, null, "builder");
        builder = call(builder.getClass(), builder, "classLoader", widgets);
        Object renderer = call(builder.getClass(), builder, "build");
        Class<?> registryType = core.loadClass("dev.congkit.core.config.SectionRegistry");
        Object sections = call(registryType, null, "discover", widgets);
        Class<?> loaderType = core.loadClass("dev.congkit.core.config.SiteConfigLoader");
        Object loader = call(loaderType, null, "of", sections);
        Object site = call(loaderType, loader, "load", "site.json", SITE.getBytes(StandardCharsets.UTF_8));
        Class<?> contextType = core.loadClass("dev.congkit.core.render.RenderContext");
        Object context = call(contextType, call(contextType, null, "of", site), "withPath", "/gioi-thieu");

        SiteConfig here = SiteConfigLoader.withRegisteredSections().load("site.json", SITE.getBytes(StandardCharsets.UTF_8));
        RenderContext hereContext = RenderContext.of(here).withPath("/gioi-thieu");
        for (String widget : List.of("header", "footer")) {
            String inFelix = (String) call(rendererType, renderer, "render", widget, context);
            assertTrue(inFelix.contains("Ủy ban nhân dân xã Mẫu Sơn") || inFelix.contains("Nguyễn Thị Hường"), inFelix);
            assertEquals(WidgetRenderer.create().render(widget, hereContext), inFelix, widget);
        }
    }

    @Test
    void theSanitizerIsFoundThroughTheContextClassLoader() throws Exception {
        Class<?> safeHtml = BUNDLES.get("dev.congkit.core").loadClass("dev.congkit.core.html.SafeHtml");
        Thread thread = Thread.currentThread();
        ClassLoader before = thread.getContextClassLoader();
        thread.setContextClassLoader(BUNDLES.get("dev.congkit.sanitizer").loadClass("dev.congkit.sanitizer.JsoupHtmlSanitizer").getClassLoader());
        try {
            Object clean = call(safeHtml, null, "sanitize", "<p onclick=\"x()\">Thông báo <script>alert(1)</script>lịch tiếp dân</p>");
            assertEquals("<p>Thông báo lịch tiếp dân</p>", call(safeHtml, clean, "html"));
        } finally {
            thread.setContextClassLoader(before);
        }
    }

    @Test
    void everyBundleNamesItselfAsItsJavaModule() throws Exception {
        for (Bundle bundle : BUNDLES.values()) {
            assertEquals(bundle.getSymbolicName(), bundle.getHeaders().get("Automatic-Module-Name"));
            Parameters exports = new Parameters(bundle.getHeaders().get(Constants.EXPORT_PACKAGE));
            assertFalse(exports.isEmpty(), bundle.getSymbolicName());
            exports.forEach((name, attributes) -> assertEquals(name.contains(".internal"), "true".equals(attributes.get("x-internal:")),
                    name + " in " + bundle.getSymbolicName() + ": internal packages, and only they, are marked x-internal"));
        }
    }

    // a jar (or, run without packaging, the classes folder bnd-process wrote its manifest into)
    private static Path location(Class<?> type) throws Exception {
        return Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI());
    }

    // what a vendor does with a plain jar before an OSGi container takes it
    private static Path wrapped(Path plain) throws Exception {
        Path out = work.resolve("wrapped-" + plain.getFileName());
        try (Jar jar = new Jar(plain.toFile()); Analyzer analyzer = new Analyzer(jar)) {
            String version;
            try (JarFile file = new JarFile(plain.toFile())) {
                Manifest manifest = file.getManifest();
                String declared = manifest == null ? null : manifest.getMainAttributes().getValue("Implementation-Version");
                version = declared == null ? "0.9.14" : declared;
            }
            analyzer.setProperty(Constants.BUNDLE_SYMBOLICNAME, "com.github.spullara.mustache.java.compiler");
            analyzer.setProperty(Constants.BUNDLE_VERSION, version.replace("-SNAPSHOT", ""));
            analyzer.setProperty(Constants.EXPORT_PACKAGE, "com.github.mustachejava.*");
            analyzer.setProperty(Constants.IMPORT_PACKAGE, "*;resolution:=optional");
            jar.setManifest(analyzer.calcManifest());
            jar.write(out.toFile());
        }
        return out;
    }

    private static Object call(Class<?> type, Object target, String name, Object... args) throws Exception {
        for (Method method : type.getMethods()) {
            if (method.getName().equals(name) && method.getParameterCount() == args.length && accepts(method.getParameterTypes(), args)) {
                return method.invoke(target, args);
            }
        }
        throw new NoSuchMethodException(type.getName() + "." + name + " for " + Arrays.toString(args));
    }

    private static boolean accepts(Class<?>[] types, Object[] args) {
        for (int i = 0; i < types.length; i++) {
            if (args[i] != null && !wrapper(types[i]).isInstance(args[i])) {
                return false;
            }
        }
        return true;
    }

    private static Class<?> wrapper(Class<?> type) {
        return type == int.class ? Integer.class : type == boolean.class ? Boolean.class : type;
    }
}

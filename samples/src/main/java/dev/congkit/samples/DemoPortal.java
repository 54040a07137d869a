package dev.congkit.samples;

import dev.congkit.core.check.CheckContext;
import dev.congkit.core.check.CheckRunner;
import dev.congkit.core.check.Finding;
import dev.congkit.core.config.ConfigException;
import dev.congkit.core.model.SiteConfig;
import dev.congkit.core.render.RenderContext;
import dev.congkit.core.render.WidgetRenderer;
import dev.congkit.core.rules.RuleSets;
import dev.congkit.core.source.FileSiteSource;
import dev.congkit.core.source.SiteDirectory;
import dev.congkit.store.SiteStore;
import dev.congkit.feedback.FeedbackOptions;
import dev.congkit.feedback.FeedbackServlet;
import dev.congkit.feedback.FeedbackStaffServlet;
import dev.congkit.feedback.FeedbackStore;
import dev.congkit.feedback.PageLayout;
import dev.congkit.feedback.RateLimiter;
import dev.congkit.feedback.RatingServlet;
import dev.congkit.feedback.RatingStore;
import dev.congkit.feedback.RatingWidget;
import dev.congkit.servlet.CalendarServlet;
import dev.congkit.servlet.FeedServlet;
import dev.congkit.servlet.SiteResolver;
import dev.congkit.servlet.VCardServlet;
import dev.congkit.servlet.SitemapXmlServlet;
import dev.congkit.image.ImageResizer;
import dev.congkit.image.Slot;
import dev.congkit.image.Slots;
import dev.congkit.servlet.StaticResourceServlet;
import dev.congkit.upload.UploadServlet;
import dev.congkit.servlet.WidgetServlet;
import jakarta.servlet.http.HttpServlet;
import org.apache.catalina.Context;
import org.apache.catalina.LifecycleException;
import org.apache.catalina.startup.Tomcat;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Stream;

/** The demo commune portal on embedded Tomcat: {@code java -jar congkit-demo.jar [--port N] [--site FILE | --sites DIR | --database URL]}. */
@Command(name = "congkit-demo", mixinStandardHelpOptions = true, version = "CổngKit demo portal",
        description = "Serves the CổngKit demo commune portal (sample data: UBND xã Mẫu Sơn).")
public final class DemoPortal implements Callable<Integer> {

    @Option(names = "--port", defaultValue = "8080", description = "TCP port (default: ${DEFAULT-VALUE}).")
    int port;

    @Option(names = "--host", defaultValue = "127.0.0.1", description = "Address to listen on (default: ${DEFAULT-VALUE}).")
    String host;

    @Option(names = "--site", paramLabel = "FILE", description = "Serve your own site.json instead of the sample.")
    Path siteFile;

    @Option(names = "--sites", paramLabel = "DIR",
            description = "Serve every *.json site file of DIR, each at the host of its agency.baseUrl (other hosts: 404).")
    Path sitesFolder;

    @Option(names = "--database", paramLabel = "JDBC-URL",
            description = "Serve the sites of this CổngKit store (jdbc:h2:file:…, jdbc:postgresql://…?user=…&password=…); "
                    + "an empty one is seeded with the sample. Default: a new embedded H2 database for this run.")
    String database;

    @Option(names = "--upload-password", paramLabel = "WORD",
            description = "Password of the demo's image upload page (default: a random one, printed at start).")
    String uploadPassword;

    /** Flyway tells each schema step at INFO; the demo's console keeps to what a visitor needs. */
    private static final java.util.logging.Logger FLYWAY = java.util.logging.Logger.getLogger("org.flywaydb");

    public static void main(String[] args) {
        FLYWAY.setLevel(java.util.logging.Level.WARNING);
        int code = new CommandLine(new DemoPortal()).execute(args);
        if (code != 0) {
            System.exit(code);
        }
    }

    @Override
    public Integer call() throws Exception {
        Clock clock = Clock.system(RenderContext.VIETNAM);
        SiteResolver sites;
        SiteConfig site;
        SiteStore store = null;
        Path databaseFolder = null;
        try {
            if (Stream.of(siteFile, sitesFolder, database).filter(java.util.Objects::nonNull).count() > 1) {
                System.err.println("congkit-demo: choose one of --site, --sites and --database");
                return 2;
            } else if (sitesFolder != null) {
                SiteDirectory folder = SiteDirectory.load(sitesFolder, System.err::println);
                sites = SiteResolver.byHost(folder);
                site = folder.any().site();
                System.err.println("congkit-demo: " + folder.size() + " sites from " + sitesFolder);
            } else if (siteFile != null) {
                // an editor's own site.json is re-read when it changes; a bad edit keeps the last good one
                FileSiteSource source = FileSiteSource.watch(siteFile, System.err::println);
                sites = SiteResolver.of(source);
                site = source.current().site();
            } else {
                if (database != null) {
                    store = SiteStore.open(database, null, null);
                } else {
                    // each run its own database, removed at stop
                    databaseFolder = Files.createTempDirectory("congkit-demo-db");
                    store = SiteStore.embedded(databaseFolder.resolve("congkit"));
                }
                if (store.hosts().isEmpty()) {
                    store.save(SampleSite.RESOURCE + " (sample)", SampleSite.tree(LocalDate.now(clock)));
                }
                List<String> hosts = store.hosts();
                // one site answers on any host (127.0.0.1 included); several are told apart by host
                sites = hosts.size() == 1 ? SiteResolver.of(store.source(hosts.get(0))) : SiteResolver.byHost(store);
                site = store.forHost(hosts.get(0)).orElseThrow().site();
                System.err.println("congkit-demo: " + hosts.size() + " site(s) from the " + (database != null ? "database " + database.replaceAll("(?i)password=[^&;]*", "password=…")
                        : "embedded database " + databaseFolder.resolve("congkit.mv.db")));
            }
        } catch (ConfigException e) {
            System.err.println(e.getMessage());
            closeQuietly(store, databaseFolder);
            return 2;
        } catch (dev.congkit.store.StoreException e) {
            System.err.println("congkit-demo: " + e.getMessage());
            closeQuietly(store, databaseFolder);
            return 2;
        }
        if (sitesFolder == null) {
            report(site, clock, System.err);
        }
        String password = uploadPassword != null ? uploadPassword : java.util.HexFormat.of().formatHex(java.security.SecureRandom.getSeed(6));
        Running running = start(sites, site, host, port, clock, password, store);
        SiteStore openStore = store;
        Path openFolder = databaseFolder;
        // Ctrl+C or a stop signal: stop Tomcat, close the database and remove the demo's temporary folders
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                running.close();
            } catch (LifecycleException e) {
                System.err.println("congkit-demo: " + e.getMessage());
            }
            closeQuietly(openStore, openFolder);
        }, "congkit-demo-stop"));
        System.out.println("CổngKit demo portal: http://" + host + ":" + running.port() + "/  (Ctrl+C to stop)");
        System.out.println("Image upload page: http://" + host + ":" + running.port() + "/tai-anh-len  (demo password: " + password + ")");
        System.out.println("Staff pages of the feedback form: http://" + host + ":" + running.port() + "/dang-nhap  (the same password)");
        running.tomcat().getServer().await();
        return 0;
    }

    /**
     * A started demo server, the database it opened for citizens' messages when it was given none
     * ({@code null} otherwise), and the temporary folders it removes when closed.
     */
    public record Running(Tomcat tomcat, int port, List<Path> temporary, SiteStore ownStore) implements AutoCloseable {
        public Running {
            temporary = List.copyOf(temporary);
        }

        @Override
        public synchronized void close() throws LifecycleException {
            if (tomcat.getServer().getState() != org.apache.catalina.LifecycleState.DESTROYED) {
                tomcat.stop();
                tomcat.destroy();
            }
            if (ownStore != null) {
                ownStore.close();
            }
            temporary.forEach(DemoPortal::deleteTree);
        }
    }

    private static void closeQuietly(SiteStore store, Path databaseFolder) {
        if (store != null) {
            store.close();
        }
        if (databaseFolder != null) {
            deleteTree(databaseFolder);
        }
    }

    private static void deleteTree(Path folder) {
        if (!Files.exists(folder)) {
            return;
        }
        try (java.util.stream.Stream<Path> paths = Files.walk(folder)) {
            paths.sorted(java.util.Comparator.reverseOrder()).forEach(path -> {
                try {
                    Files.deleteIfExists(path);
                } catch (IOException e) {
                    // a file still held open: left for the system's own clean-up of its temporary folder
                }
            });
        } catch (IOException | UncheckedIOException e) {
            // as above
        }
    }

    /** The demo's JSP page, copied out of the jar into a folder Jasper reads and compiles from. */
    private static Path jspFolder(Path folder) {
        try {
            Files.createDirectories(folder);
            try (var in = DemoPortal.class.getClassLoader().getResourceAsStream("demo/jsp/trang-jsp.jsp")) {
                Files.copy(java.util.Objects.requireNonNull(in, "demo/jsp/trang-jsp.jsp"), folder.resolve("trang-jsp.jsp"));
            }
            return folder;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Jasper for {@code *.jsp}, and the CổngKit tags rendering with the demo's renderer and site. */
    private static void jsp(Context context, WidgetRenderer renderer, SiteResolver resolver) {
        context.addServletContainerInitializer(new org.apache.jasper.servlet.JasperInitializer(), null);
        context.addServletContainerInitializer((classes, servletContext) ->
                dev.congkit.servlet.jsp.CongKitWeb.install(servletContext, renderer, resolver), null);
        if (context.getJarScanner() instanceof org.apache.tomcat.util.scan.StandardJarScanner scanner) {
            // the tag library's TLD is found in the CổngKit jar, or in its classes folder during a build
            scanner.setScanAllDirectories(true);
        }
        org.apache.catalina.Wrapper jsp = Tomcat.addServlet(context, "jsp", new org.apache.jasper.servlet.JspServlet());
        jsp.addInitParameter("development", "false");
        jsp.setLoadOnStartup(3);   // initialised at start: Tomcat's background task asks every JSP servlet instance for its periodic check
        context.addServletMappingDecoded("*.jsp", "jsp");
    }

    /** Starts the demo for {@code site}; port 0 picks a free port; uploads need a password no one knows. */
    public static Running start(SiteConfig site, String host, int port, Clock clock) throws LifecycleException {
        return start(site, host, port, clock, java.util.HexFormat.of().formatHex(java.security.SecureRandom.getSeed(16)));
    }

    /** Starts the demo; the upload page accepts {@code uploadPassword}, from loopback addresses only. */
    public static Running start(SiteConfig site, String host, int port, Clock clock, String uploadPassword) throws LifecycleException {
        return start(SiteResolver.single(site), site, host, port, clock, uploadPassword);
    }

    /**
     * Starts the demo over the sites {@code resolver} gives (one, or many by host); {@code site} is one
     * of them, whose rule set sizes the upload page's image slots.
     */
    public static Running start(SiteResolver resolver, SiteConfig site, String host, int port, Clock clock, String uploadPassword)
            throws LifecycleException {
        return start(resolver, site, host, port, clock, uploadPassword, null);
    }

    /**
     * As above, keeping citizens' messages and ratings in {@code store} beside its sites, or, when it
     * is {@code null}, in an embedded database of this run.
     */
    public static Running start(SiteResolver resolver, SiteConfig site, String host, int port, Clock clock, String uploadPassword,
                                SiteStore store) throws LifecycleException {
        Tomcat tomcat = new Tomcat();
        Path base;
        try {
            base = Files.createTempDirectory("congkit-demo");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        tomcat.setBaseDir(base.toString());
        tomcat.setHostname(host);
        tomcat.setPort(port);
        tomcat.getConnector().setProperty("address", host);
        // error pages name no server and no version, and show no exception
        org.apache.catalina.valves.ErrorReportValve errors = new org.apache.catalina.valves.ErrorReportValve();
        errors.setShowServerInfo(false);
        errors.setShowReport(false);
        tomcat.getHost().getPipeline().addValve(errors);
        Context context = tomcat.addContext("", jspFolder(base.resolve("jsp")).toString());
        headers(context);
        WidgetRenderer renderer = WidgetRenderer.create();
        jsp(context, renderer, resolver);
        PageServlet pages = new PageServlet(renderer, resolver, clock);
        add(context, "pages", pages, "/");
        SiteStore ownStore = store == null ? SiteStore.embedded(base.resolve("feedback").resolve("congkit")) : null;
        SiteStore kept = store != null ? store : ownStore;
        DemoPassword password = new DemoPassword(uploadPassword);
        feedback(context, resolver, FeedbackStore.on(kept), RatingStore.on(kept), pages.layout(), password, clock);
        add(context, "sitemap-xml", new SitemapXmlServlet(resolver, clock), "/sitemap.xml");
        add(context, "vcards", new VCardServlet(resolver), "*.vcf");
        add(context, "leader-ics", CalendarServlet.leaders(resolver, renderer), "/lich-lam-viec.ics");
        add(context, "reception-ics", CalendarServlet.reception(resolver, renderer), "/lich-tiep-cong-dan.ics");
        add(context, "widgets", new WidgetServlet(renderer, resolver).withClock(clock), "/widgets/*");
        add(context, "congkit", new StaticResourceServlet(), "/congkit/*");
        add(context, "demo-assets", new StaticResourceServlet("public/demo/"), "/demo/*");
        add(context, "demo-media", new StaticResourceServlet("public/media/"), "/media/*");
        add(context, "documents-atom", FeedServlet.documents(resolver, renderer), "/van-ban/xa.atom");
        add(context, "news-atom", FeedServlet.news(resolver, renderer), "/tin-tuc.atom");
        Path uploads = base.resolve("uploads");
        try {
            Files.createDirectories(uploads);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Map<String, Slot> slots = Slots.forSite(site, RuleSets.builtIn().effective(site.ruleSet(), LocalDate.now(clock.withZone(RenderContext.VIETNAM))));
        UploadServlet upload = new UploadServlet(ImageResizer.create(), slots, uploads, "/uploads", password);
        Tomcat.addServlet(context, "upload", upload).setMultipartConfigElement(UploadServlet.multipartConfig(15L << 20));
        context.addServletMappingDecoded("/tai-anh-len/gui", "upload");
        Context files = tomcat.addContext("/uploads", uploads.toString());
        headers(files);
        for (Context each : new Context[] {context, files}) {
            if (each instanceof org.apache.catalina.core.StandardContext standard) {
                // the demo runs from the class path, not a WEB-INF/lib: no web application's leaks to hunt at stop
                standard.setClearReferencesThreadLocals(false);
                standard.setClearReferencesRmiTargets(false);
            }
        }
        Tomcat.addServlet(files, "files", new org.apache.catalina.servlets.DefaultServlet());
        files.addServletMappingDecoded("/", "files");
        tomcat.start();
        return new Running(tomcat, tomcat.getConnector().getLocalPort(), List.of(base), ownStore);
    }

    /**
     * "Liên hệ – góp ý" at {@code /lien-he-gop-y} (form, status page, Q&A), its staff pages at
     * {@code /lien-he-gop-y/quan-ly}, and the ratings posted to {@code /danh-gia}.
     */
    private static void feedback(Context context, SiteResolver resolver, FeedbackStore messages, RatingStore ratings, PageLayout layout,
                                 DemoPassword password, Clock clock) {
        FeedbackOptions options = FeedbackOptions.defaults();
        Tomcat.addServlet(context, "feedback", new FeedbackServlet(resolver, messages, messages, layout, options, clock))
                .setMultipartConfigElement(FeedbackServlet.multipartConfig(options));
        context.addServletMappingDecoded("/lien-he-gop-y", "feedback");
        context.addServletMappingDecoded("/lien-he-gop-y/*", "feedback");
        add(context, "feedback-staff", new FeedbackStaffServlet(resolver, messages, ratings, password, layout, clock), "/lien-he-gop-y/quan-ly/*");
        add(context, "rating", new RatingServlet(resolver, ratings, RateLimiter.perMinute(options.postsPerMinute()), clock), RatingWidget.ACTION);
    }

    static DemoPortal parse(String... args) {
        DemoPortal portal = new DemoPortal();
        new CommandLine(portal).parseArgs(args);
        return portal;
    }

    private static void headers(Context context) {
        org.apache.tomcat.util.descriptor.web.FilterDef def = new org.apache.tomcat.util.descriptor.web.FilterDef();
        def.setFilterName("security-headers");
        def.setFilter(new SecurityHeaders());
        context.addFilterDef(def);
        org.apache.tomcat.util.descriptor.web.FilterMap map = new org.apache.tomcat.util.descriptor.web.FilterMap();
        map.setFilterName("security-headers");
        map.addURLPattern("/*");
        context.addFilterMap(map);
    }

    private static void add(Context context, String name, HttpServlet servlet, String mapping) {
        Tomcat.addServlet(context, name, servlet);
        context.addServletMappingDecoded(mapping, name);
    }

    /** Prints what {@code congkit check} would say, so a vendor sees problems at start-up. */
    static void report(SiteConfig site, Clock clock, PrintStream err) {
        LocalDate today = LocalDate.now(clock.withZone(RenderContext.VIETNAM));
        CheckContext context = new CheckContext(clock, RuleSets.builtIn().effective(site.ruleSet(), today), null);
        List<Finding> findings = CheckRunner.discover().run(site, context);
        findings.forEach(f -> err.println(f.format("site.json")));
    }
}

package dev.congkit.samples;

import dev.congkit.core.model.SiteConfig;
import dev.congkit.core.render.Locales;
import dev.congkit.core.render.RenderContext;
import dev.congkit.widgets.document.DocumentWidget;
import dev.congkit.core.render.WidgetRenderer;
import dev.congkit.core.source.SiteData;
import dev.congkit.feedback.PageLayout;
import dev.congkit.feedback.RatingWidget;
import dev.congkit.servlet.SiteResolver;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The demo portal's pages: a complete HTML page (header, main menu on the left, content in the
 * centre, banners on the right, footer) around the widgets, as the directive's Phụ lục 2 lays out.
 */
final class PageServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    private final transient WidgetRenderer renderer;
    private final transient SiteResolver sites;
    private final transient Clock clock;
    private final transient WidgetGallery gallery;
    /** Each site version's pages (one behind every menu entry), the most recently used kept. */
    private final transient Map<Object, Map<String, DemoPage>> pagesBySite = java.util.Collections.synchronizedMap(
            new java.util.LinkedHashMap<>(16, 0.75f, true) {
                private static final long serialVersionUID = 1L;

                @Override
                protected boolean removeEldestEntry(Map.Entry<Object, Map<String, DemoPage>> eldest) {
                    return size() > 512;
                }
            });

    PageServlet(WidgetRenderer renderer, SiteResolver sites, Clock clock) {
        this.renderer = renderer;
        this.sites = sites;
        this.clock = clock;
        this.gallery = new WidgetGallery(renderer);
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        SiteData data = sites.resolve(request);
        if (data == null) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        SiteConfig site = data.site();
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (path.startsWith(WidgetGallery.PREVIEW)) {
            preview(request, response, site, path.substring(WidgetGallery.PREVIEW.length()));
            return;
        }
        DemoPage page = pagesBySite.computeIfAbsent(data.cacheKey(), key -> DemoPages.of(site, java.time.LocalDate.now(clock.withZone(RenderContext.VIETNAM)))
                .stream().collect(Collectors.toUnmodifiableMap(DemoPage::path, Function.identity()))).get(path.isEmpty() ? "/" : path);
        int status = HttpServletResponse.SC_OK;
        if (page == null) {
            page = DemoPages.detail(site, path, renderer.labels(DocumentWidget.ID, RenderContext.VIETNAMESE),
                    renderer.labels(DocumentWidget.ID, java.util.Locale.ENGLISH)).orElse(null);
        }
        if (page == null) {
            page = new DemoPage(path, "Không tìm thấy trang", "Page not found", "not-found");
            status = HttpServletResponse.SC_NOT_FOUND;
        }
        boolean english = "en".equals(Locales.fromTag(request.getParameter("lang")).getLanguage());
        RenderContext context = RenderContext.of(site).withPath(page.path()).withClock(clock)
                .withLocale(english ? java.util.Locale.ENGLISH : RenderContext.VIETNAMESE);
        response.setStatus(status);
        DemoPage shown = page;
        shell(response, context, page.title(english), out -> {
            if (!shown.widgetHeading()) {
                out.write("<h1>" + Html.escape(shown.title(english)) + "</h1>\n");
            }
            boolean home = shown.path().equals("/");
            if (home) {
                // the directive's Phụ lục 2: at the top of the centre column, the digital-transformation banner, the feedback banner under it
                renderer.render("banners", context.withParam("slot", "centre"), out);
                renderer.render("feedback-banner", context, out);
            }
            // a planned suspension is announced on every page (MAINTENANCE-NOTICE), under the page's title where it writes one
            renderer.render("maintenance-notice", context, out);
            java.time.LocalDate monday = weekStart();
            out.write(content(shown, english, request).replace("{{weekStartIso}}", monday.toString())
                    .replace("{{weekStart}}", monday.format(java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy"))));
            if (home) {
                renderer.render("leader-schedule", context, out);
            }
            if (shown.path().equals(WidgetGallery.PATH)) {
                gallery.write(out, context);
            }
            if (shown.widget() != null) {
                Map<String, String> params = widgetParams(request);
                params.putAll(shown.params());
                renderer.render(shown.widget(), context.withParams(params), out);
                if (RATED.contains(shown.widget())) {
                    // "was this useful?" under every document and article (SATISFACTION-RATING)
                    renderer.render(RatingWidget.ID, context.withParams(ratingParams(request)), out);
                }
            }
        });
    }

    // one widget of the gallery on a page of its own
    private void preview(HttpServletRequest request, HttpServletResponse response, SiteConfig site, String id) throws IOException {
        var example = gallery.example(site, id);
        if (example.isEmpty()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        boolean english = "en".equals(Locales.fromTag(request.getParameter("lang")).getLanguage());
        RenderContext context = RenderContext.of(site).withClock(clock).withLocale(english ? java.util.Locale.ENGLISH : RenderContext.VIETNAMESE);
        response.setContentType("text/html;charset=UTF-8");
        response.setHeader("X-Content-Type-Options", "nosniff");
        gallery.writePreview(response.getWriter(), context, example.get());
    }

    /** The widgets whose pages end with the rating. */
    private static final java.util.Set<String> RATED = java.util.Set.of(DocumentWidget.ID, dev.congkit.widgets.news.ArticleWidget.ID);

    /**
     * The demo's page around {@code main}: header, top menu, main menu, banners and footer; also the
     * layout of the feedback pages, so they look like every other page.
     */
    void shell(HttpServletResponse response, RenderContext context, String title, Main main) throws IOException {
        SiteConfig site = context.site();
        boolean english = context.isEnglish();
        response.setContentType("text/html;charset=UTF-8");
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Referrer-Policy", "strict-origin-when-cross-origin");
        PrintWriter out = response.getWriter();
        String agency = english && site.agency().englishName() != null ? site.agency().englishName() : site.agency().displayShortName();
        out.write("<!DOCTYPE html>\n<html lang=\"" + context.lang() + "\">\n<head>\n<meta charset=\"utf-8\">\n"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
                + "<title>" + Html.escape(title + " | " + agency) + "</title>\n"
                + "<link rel=\"stylesheet\" href=\"/congkit/congkit.css\">\n"
                + "<link rel=\"stylesheet\" href=\"/demo/demo.css\">\n"
                + "<link rel=\"icon\" href=\"/demo/logo.svg\" type=\"image/svg+xml\">\n"
                + "<link rel=\"alternate\" type=\"application/atom+xml\" href=\"/van-ban/xa.atom\" title=\""
                + (english ? "New documents" : "Văn bản mới") + "\">\n"
                + "<link rel=\"alternate\" type=\"application/atom+xml\" href=\"/tin-tuc.atom\" title=\""
                + (english ? "News" : "Tin tức") + "\">\n"
                + "<script src=\"/congkit/congkit.js\" defer></script>\n</head>\n<body>\n");
        renderer.render("header", context, out);
        // on a phone both menus wait behind one "Menu" button: a checkbox and its label, no script needed
        out.write("<input type=\"checkbox\" id=\"demo-menu-toggle\" class=\"demo-menu-toggle\">\n"
                + "<label for=\"demo-menu-toggle\" class=\"demo-menu-button\">" + (english ? "Menu" : "Danh mục") + "</label>\n");
        out.write("<div class=\"demo-topbar\">\n");
        renderer.render("top-menu", context, out);
        out.write("</div>\n<div class=\"demo-layout\">\n<div class=\"demo-nav\">\n");
        renderer.render("menu", context, out);
        out.write("</div>\n<main id=\"noi-dung\" class=\"demo-main\" tabindex=\"-1\">\n");
        main.write(out);
        out.write("\n</main>\n<aside class=\"demo-aside\" aria-label=\"" + (english ? "Banners" : "Biểu ngữ") + "\">\n");
        renderer.render("banners", context.withParam("slot", "right"), out);
        out.write("</aside>\n</div>\n");
        renderer.render("footer", context, out);
        out.write("</body>\n</html>\n");
    }

    /** The feedback pages in the demo's page: the maintenance notice under their h1, as on every page. */
    PageLayout layout() {
        return (request, response, context, title, main) -> shell(response, context, title, out -> {
            int heading = main.indexOf("</h1>");
            out.write(heading < 0 ? main : main.substring(0, heading + 5) + "\n");
            renderer.render("maintenance-notice", context, out);
            out.write(heading < 0 ? "" : main.substring(heading + 5));
        });
    }

    /** Writes a page's content into {@code main}. */
    @FunctionalInterface
    interface Main {
        void write(PrintWriter out) throws IOException;
    }

    /** The rating's own parameters: the thanks after a rating, the reminder to choose a score. */
    private static Map<String, String> ratingParams(HttpServletRequest request) {
        Map<String, String> params = new java.util.TreeMap<>();
        if ("1".equals(request.getParameter("da-danh-gia"))) {
            params.put("da-danh-gia", "1");
        }
        if ("thieu".equals(request.getParameter("danh-gia"))) {
            params.put("danh-gia", "thieu");
        }
        return params;
    }

    /** The Monday of the current week: sample news is dated in the week the demo runs. */
    private java.time.LocalDate weekStart() {
        return java.time.LocalDate.now(clock.withZone(RenderContext.VIETNAM))
                .with(java.time.temporal.TemporalAdjusters.previousOrSame(java.time.DayOfWeek.MONDAY));
    }

    /** The widget parameters a demo page passes on from its query string. */
    private static Map<String, String> widgetParams(HttpServletRequest request) {
        Map<String, String> params = new java.util.TreeMap<>();
        for (String name : List.of("tuan", "lanh-dao", "official", "loai", "nam", "co-quan", "linh-vuc", "q", "trang", "album")) {
            String value = request.getParameter(name);
            if (value != null && value.length() <= 64) {
                params.put(name, value);
            }
        }
        return params;
    }

    private static String content(DemoPage page, boolean english, HttpServletRequest request) {
        String name = page.content();
        if (name == null) {
            return "";
        }
        String text = read("demo/pages/" + name + (english ? ".en.html" : ".vi.html"));
        if (text == null) {
            text = read("demo/pages/" + name + ".vi.html");
        }
        if (text == null) {
            throw new IllegalStateException("demo page content " + name + " is missing");
        }
        if (text.contains("{{csrf}}")) {
            text = text.replace("{{csrf}}", dev.congkit.servlet.CsrfTokens.token(request));
        }
        String uploaded = request.getParameter("uploaded");
        boolean shown = uploaded != null && uploaded.matches("/uploads/[a-z0-9-]+\\.(jpg|png)");
        text = text.replace("{{uploaded}}", shown ? "<figure class=\"ck-figure\"><img src=\"" + uploaded + "\" alt=\"" + Html.escape(
                english ? "The uploaded banner" : "Ảnh vừa tải lên") + "\"><figcaption>" + Html.escape(uploaded) + "</figcaption></figure>" : "");
        String query = request.getParameter("q");
        return text.replace("{{query}}", Html.escape(query == null ? "" : query)).replace("{{title}}", Html.escape(page.title(english)));
    }

    /** Sample page texts, read from the jar once. */
    private static final Map<String, java.util.Optional<String>> TEXTS = new java.util.concurrent.ConcurrentHashMap<>();

    private static String read(String resource) {
        return TEXTS.computeIfAbsent(resource, name -> {
            try (InputStream in = PageServlet.class.getClassLoader().getResourceAsStream(name)) {
                return java.util.Optional.ofNullable(in == null ? null : new String(in.readAllBytes(), StandardCharsets.UTF_8));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }).orElse(null);
    }
}

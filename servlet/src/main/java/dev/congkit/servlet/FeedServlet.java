package dev.congkit.servlet;

import dev.congkit.core.render.Labels;
import dev.congkit.core.render.Locales;
import dev.congkit.core.render.RenderContext;
import dev.congkit.core.render.WidgetRenderer;
import dev.congkit.core.source.SiteData;
import dev.congkit.servlet.internal.ContextSetup;
import dev.congkit.servlet.internal.Fragment;
import dev.congkit.servlet.internal.Responses;
import dev.congkit.widgets.document.DocumentFeed;
import dev.congkit.widgets.document.DocumentListWidget;
import dev.congkit.widgets.news.News;
import dev.congkit.widgets.news.NewsFeed;
import dev.congkit.widgets.news.NewsListWidget;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.util.regex.Pattern;

/**
 * Serves the Atom feeds (RFC 4287) that feed readers, the district and the press follow:
 * {@link #documents} at {@code /van-ban/xa.atom} and {@link #news} at {@code /tin-tuc.atom}
 * ({@code ?chuyen-muc=ID} for one category). {@code ?lang=en} gives English labels.
 *
 * <p>Example:
 * <pre>{@code
 * // in a ServletContextListener or an initializer (servlet is a jakarta.servlet.ServletContext)
 * servlet.addServlet("documents-atom", FeedServlet.documents(resolver, renderer)).addMapping("/van-ban/xa.atom");
 * servlet.addServlet("news-atom", FeedServlet.news(resolver, renderer)).addMapping("/tin-tuc.atom");
 * }</pre>
 */
public class FeedServlet extends SiteServlet {

    private static final long serialVersionUID = 1L;
    private static final Pattern ID = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

    /** Init parameter choosing the feed when the servlet is declared in web.xml: {@code documents} or {@code news}. */
    public static final String FEED_PARAM = "congkit.feed";

    private transient WidgetRenderer renderer;
    private boolean documents;

    /**
     * For web.xml: the feed comes from the {@value #FEED_PARAM} init parameter, the site from the
     * {@code congkit.site} init parameter, else the context parameter.
     */
    public FeedServlet() {
        this(null, null, true);
    }

    private FeedServlet(SiteResolver resolver, WidgetRenderer renderer, boolean documents) {
        super(resolver);
        this.renderer = renderer;
        this.documents = documents;
    }

    /** The commune's documents. */
    public static FeedServlet documents(SiteResolver resolver, WidgetRenderer renderer) {
        return new FeedServlet(resolver, renderer, true);
    }

    /** The news, of every category or of the one named by {@code ?chuyen-muc=}. */
    public static FeedServlet news(SiteResolver resolver, WidgetRenderer renderer) {
        return new FeedServlet(resolver, renderer, false);
    }

    @Override
    public void init() throws ServletException {
        if (renderer != null) {
            return;
        }
        documents = initChoice(FEED_PARAM, "documents", "news");
        renderer = ContextSetup.renderer(getServletContext());
        super.init();
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        SiteData data = site(request, response);
        if (data == null) {
            return;
        }
        RenderContext context = RenderContext.of(data.site()).withLocale(Locales.fromTag(request.getParameter("lang")));
        String body;
        if (documents) {
            Labels labels = renderer.labels(DocumentListWidget.ID, context.locale());
            body = DocumentFeed.atom(context, labels);
        } else {
            String category = request.getParameter(NewsListWidget.CATEGORY_PARAM);
            if (category != null && (!ID.matcher(category).matches() || category.length() > 64
                    || data.site().section(News.SECTION).flatMap(news -> news.category(category)).isEmpty())) {
                Responses.plain(response, HttpServletResponse.SC_NOT_FOUND, NewsListWidget.CATEGORY_PARAM + ": must be the id of a news category");
                return;
            }
            body = NewsFeed.atom(context, renderer.labels(NewsListWidget.ID, context.locale()), category);
        }
        Responses.send(request, response, Fragment.of(body), DocumentFeed.MEDIA_TYPE, "public, max-age=300");
    }
}

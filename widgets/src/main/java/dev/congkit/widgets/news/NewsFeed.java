package dev.congkit.widgets.news;

import dev.congkit.core.model.SiteConfig;
import dev.congkit.core.render.Labels;
import dev.congkit.core.render.RenderContext;
import dev.congkit.widgets.internal.Atom;

import java.time.LocalDateTime;
import java.util.List;

/**
 * The news as an Atom feed (RFC 4287), of every category or of one (its sub-categories included):
 * the newest {@value #ENTRIES} articles with title, summary, author or source, category and link.
 *
 * <p>Example:
 * <pre>{@code
 * response.setContentType(NewsFeed.MEDIA_TYPE);
 * String all = NewsFeed.atom(RenderContext.of(site), renderer.labels(NewsListWidget.ID, RenderContext.VIETNAMESE), null);
 * String tourism = NewsFeed.atom(RenderContext.of(site), labels, "du-lich-le-hoi");
 * }</pre>
 */
public final class NewsFeed {

    public static final String MEDIA_TYPE = "application/atom+xml;charset=UTF-8";
    /** Entries in the feed: the newest ones. */
    public static final int ENTRIES = 50;

    private NewsFeed() {
    }

    /**
     * The feed of {@code context}'s site, of {@code categoryId} when not {@code null}.
     *
     * @throws IllegalArgumentException when no category has that id
     */
    public static String atom(RenderContext context, Labels labels, String categoryId) {
        SiteConfig site = context.site();
        News news = site.section(News.SECTION).orElse(new News(null, null, null, null, null, null));
        NewsCategory category = categoryId == null ? null : news.category(categoryId)
                .orElseThrow(() -> new IllegalArgumentException("chuyen-muc: no category has the id '" + categoryId + "'"));
        boolean english = context.isEnglish();
        List<Article> articles = (category == null ? news.newestFirst() : news.inCategory(category.id())).stream().limit(ENTRIES).toList();
        LocalDateTime updated = articles.stream().map(Article::lastChanged).max(LocalDateTime::compareTo)
                .orElse(site.updated() != null ? site.updated().atStartOfDay() : LocalDateTime.of(2000, 1, 1, 0, 0));
        String agency = english && site.agency().englishName() != null ? site.agency().englishName() : site.agency().fullName();
        String self = context.absolute(news.feedPath().value() + (category == null ? "" : "?" + NewsListWidget.CATEGORY_PARAM + "=" + category.id()));
        String title = (category == null ? labels.get("news.title") : category.nameIn(english)) + " – " + agency;
        Atom feed = new Atom(context.lang(), self, title, null, updated, agency, self,
                context.absolute(category == null ? news.pagePath().value() : news.pathOf(category)));
        for (Article article : articles) {
            String url = context.absolute(news.pathOf(article));
            feed.entry(new Atom.Entry(url, article.title(), article.lastChanged(), article.published(), url, article.summary(),
                    article.author() != null ? article.author() : article.source(),
                    news.category(article.category()).map(c -> c.nameIn(english)).orElse(null), List.of()));
        }
        return feed.end();
    }
}

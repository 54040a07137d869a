package dev.congkit.widgets.news;

import dev.congkit.core.render.Labels;
import dev.congkit.core.render.RenderContext;
import dev.congkit.core.render.Widget;
import dev.congkit.widgets.internal.Atom;
import dev.congkit.widgets.internal.Dates;
import dev.congkit.widgets.internal.Links;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One article's page ({@code article}, NEWS-COMPLETE, NEWS-CAPTION): the title as the page's
 * {@code h1}, publication and update times, category, author or source, the summary, the lead
 * image in a captioned {@code figure}, the sanitised body, and related articles of the same
 * category; JSON-LD {@code NewsArticle}. Parameter {@code bai}: the article's slug; an unknown one
 * renders nothing.
 *
 * <p>Example:
 * <pre>{@code
 * String page = renderer.render(ArticleWidget.ID, RenderContext.of(site).withParam(ArticleWidget.SLUG_PARAM, "le-hoi-den-mau-son"));
 * }</pre>
 */
public final class ArticleWidget implements Widget {

    public static final String ID = "article";
    public static final String SLUG_PARAM = "bai";
    /** Related articles shown under an article. */
    public static final int RELATED = 3;

    @Override
    public String id() {
        return ID;
    }

    @Override
    public List<String> requirements() {
        return List.of("NEWS-COMPLETE", "NEWS-CAPTION");
    }

    @Override
    public Object model(RenderContext context, Labels labels) {
        News news = context.site().section(News.SECTION).orElse(null);
        String slug = context.param(SLUG_PARAM);
        Article article = news == null || slug == null ? null : news.article(slug).orElse(null);
        if (article == null) {
            return null;
        }
        boolean english = context.isEnglish();
        NewsCategory category = news.category(article.category()).orElseThrow();
        List<NewsListWidget.Item> related = news.inCategory(category.id()).stream().filter(other -> other != article).limit(RELATED)
                .map(other -> NewsListWidget.Item.of(other, news, english)).toList();
        String updated = article.updated() == null ? "" : Dates.at(article.updated(), null);
        return new View(article, Atom.time(article.published()), Dates.at(article.published(), null),
                article.updated() == null ? "" : Atom.time(article.updated()), updated, category.nameIn(english),
                Links.inLanguage(news.pathOf(category), english), related);
    }

    @Override
    public Object jsonLd(RenderContext context, Object model) {
        View view = (View) model;
        Article article = view.article();
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("@context", "https://schema.org");
        data.put("@type", "NewsArticle");
        data.put("headline", article.title());
        if (article.summary() != null) {
            data.put("description", article.summary());
        }
        data.put("datePublished", view.publishedIso());
        data.put("dateModified", view.updatedIso().isEmpty() ? view.publishedIso() : view.updatedIso());
        data.put("articleSection", view.category());
        data.put("inLanguage", "vi");
        News news = context.site().section(News.SECTION).orElseThrow();
        data.put("url", context.absolute(news.pathOf(article)));
        if (article.author() != null) {
            data.put("author", ordered("@type", "Person", "name", article.author()));
        } else {
            data.put("author", ordered("@type", "Organization", "name", article.source()));
        }
        data.put("publisher", ordered("@type", "GovernmentOrganization", "name", context.site().agency().fullName(),
                "url", context.site().agency().baseUrl().value()));
        if (article.image() != null) {
            data.put("image", context.absolute(article.image().src().value()));
        }
        return data;
    }

    /** A JSON-LD object whose keys keep their order, so that the output is the same on every run. */
    private static Map<String, Object> ordered(String... keysAndValues) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            map.put(keysAndValues[i], keysAndValues[i + 1]);
        }
        return map;
    }

    /**
     * What the template reads: the article and what is worked out for it.
     *
     * <p>Example:
     * <pre>{@code
     * <h1>{{article.title}}</h1><time datetime="{{publishedIso}}">{{published}}</time><div class="ck-article__body">{{article.body}}</div>
     * }</pre>
     */
    public record View(Article article, String publishedIso, String published, String updatedIso, String updated, String category,
                       String categoryUrl, List<NewsListWidget.Item> related) {

        public boolean hasUpdated() {
            return !updated.isEmpty();
        }

        public boolean hasRelated() {
            return !related.isEmpty();
        }
    }
}

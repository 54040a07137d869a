package dev.congkit.widgets.news;

import dev.congkit.core.render.Labels;
import dev.congkit.core.render.Pagination;
import dev.congkit.core.render.RenderContext;
import dev.congkit.core.render.Widget;
import dev.congkit.widgets.internal.Dates;
import dev.congkit.widgets.internal.Links;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The news list ({@code news-list}): the newest articles first, of every category or of one
 * ({@code chuyen-muc}: a category id, its sub-categories included), with the categories open today
 * as links (a campaign column leaves them when its window ends, MENU-CAMPAIGN), page links
 * ({@code trang}) and the feed.
 *
 * <p>Example:
 * <pre>{@code
 * String tourism = renderer.render(NewsListWidget.ID, RenderContext.of(site).withPath("/du-lich-le-hoi")
 *         .withParam(NewsListWidget.CATEGORY_PARAM, "du-lich-le-hoi"));
 * }</pre>
 */
public final class NewsListWidget implements Widget {

    public static final String ID = "news-list";
    public static final String CATEGORY_PARAM = "chuyen-muc";
    public static final String PAGE_PARAM = "trang";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public List<String> requirements() {
        return List.of("NEWS-COMPLETE", "MENU-CAMPAIGN");
    }

    @Override
    public Object model(RenderContext context, Labels labels) {
        News news = context.site().section(News.SECTION).orElse(null);
        if (news == null) {
            return null;
        }
        boolean english = context.isEnglish();
        NewsCategory category = news.category(context.param(CATEGORY_PARAM)).orElse(null);
        List<Article> articles = category == null ? news.newestFirst() : news.inCategory(category.id());
        String base = category == null || category.pagePath() == null ? news.pagePath().value() : category.pagePath().value();
        String categoryParam = category != null && category.pagePath() == null ? category.id() : null;
        Pagination pagination = Pagination.of(articles.size(), news.pageSize(), Links.pageNumber(context.param(PAGE_PARAM)), page -> {
            Map<String, String> query = new LinkedHashMap<>();
            query.put(CATEGORY_PARAM, categoryParam);
            query.put(PAGE_PARAM, page > 1 ? Integer.toString(page) : null);
            query.put("lang", english ? "en" : null);
            return Links.withQuery(base, query);
        });
        List<Item> items = articles.subList(pagination.from(), pagination.until()).stream()
                .map(article -> Item.of(article, news, english)).toList();
        List<CategoryLink> categories = news.openOn(context.today()).stream()
                .map(c -> new CategoryLink(c.nameIn(english), Links.inLanguage(news.pathOf(c), english), category != null && c.id().equals(category.id())))
                .toList();
        String heading = category == null ? labels.get("news.title") : category.nameIn(english);
        String feed = news.feedPath().value() + (category == null ? "" : "?" + CATEGORY_PARAM + "=" + category.id());
        return new View(heading, categories, items, pagination, feed);
    }

    /**
     * What the template reads.
     *
     * <p>Example:
     * <pre>{@code
     * <h2>{{heading}}</h2>{{#items}}<article><h3><a href="{{url}}">{{article.title}}</a></h3></article>{{/items}}
     * }</pre>
     */
    public record View(String heading, List<CategoryLink> categories, List<Item> items, Pagination pagination, String feedUrl) {

        public boolean hasItems() {
            return !items.isEmpty();
        }

        public boolean hasCategories() {
            return categories.size() > 1;
        }
    }

    /**
     * A category in the list's navigation.
     *
     * <p>Example:
     * <pre>{@code
     * {{#categories}}<a href="{{url}}"{{#current}} aria-current="page"{{/current}}>{{name}}</a>{{/categories}}
     * }</pre>
     */
    public record CategoryLink(String name, String url, boolean current) {
    }

    /**
     * One article in a list: the article and what is worked out for it.
     *
     * <p>Example:
     * <pre>{@code
     * {{#items}}<h3><a href="{{url}}">{{article.title}}</a></h3><time datetime="{{publishedIso}}">{{published}}</time>{{/items}}
     * }</pre>
     */
    public record Item(Article article, String url, String publishedIso, String published, String category, String categoryUrl) {

        static Item of(Article article, News news, boolean english) {
            NewsCategory category = news.category(article.category()).orElseThrow();
            return new Item(article, Links.inLanguage(news.pathOf(article), english), dev.congkit.widgets.internal.Atom.time(article.published()),
                    Dates.day(article.published().toLocalDate()), category.nameIn(english), Links.inLanguage(news.pathOf(category), english));
        }

        public boolean hasImage() {
            return article.image() != null;
        }
    }
}

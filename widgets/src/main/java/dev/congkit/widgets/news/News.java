package dev.congkit.widgets.news;

import dev.congkit.core.i18n.Bilingual;
import dev.congkit.core.model.Doc;
import dev.congkit.core.model.SectionKey;
import dev.congkit.core.model.WebLink;
import dev.congkit.core.validation.Check;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import java.util.stream.Collectors;

/**
 * The {@code news} section: categories and articles ("Tin tức sự kiện", "Du lịch – lễ hội", the
 * propaganda and campaign columns), where the news page and its feed are served, and how long the
 * news may go without a new article (FRESHNESS).
 *
 * <p>Example:
 * <pre>{@code
 * // site.json: "news": { "categories": [ { "id": "tin-tuc-su-kien", "name": "Tin tức sự kiện" } ], "articles": [ ... ] }
 * News news = site.section(News.SECTION).orElseThrow();
 * news.inCategory("tin-tuc-su-kien");   // its articles and its sub-categories', newest first
 * }</pre>
 */
@Doc(value = "News and articles.", vi = "Tin tức và bài viết.")
public record News(
        @Doc(value = "Where the news list is served; each article at this path + /slug; default /tin-tuc.", vi = "Đường dẫn của danh sách tin; mỗi bài ở đường dẫn này + /slug; mặc định /tin-tuc.") WebLink pagePath,
        @Doc(value = "Where the Atom feed is served (?chuyen-muc=id for one category); default /tin-tuc.atom.", vi = "Đường dẫn của nguồn tin Atom (?chuyen-muc=mã cho một chuyên mục); mặc định /tin-tuc.atom.") WebLink feedPath,
        @Doc(value = "Articles per page, 5 to 50; default 10.", vi = "Số bài mỗi trang, từ 5 đến 50; mặc định 10.") Integer pageSize,
        @Doc(value = "Days the news may go without a new article before check warns (FRESHNESS); default 30.", vi = "Số ngày tin tức có thể không có bài mới trước khi bị cảnh báo (FRESHNESS); mặc định 30.") Integer staleAfterDays,
        @Doc(value = "The categories (chuyên mục).", vi = "Các chuyên mục.") List<NewsCategory> categories,
        @Doc(value = "The articles, in any order: lists show the newest first.", vi = "Các bài viết, thứ tự bất kỳ: danh sách hiện bài mới nhất trước.") List<Article> articles) {

    /** The key of this section in {@code site.json}: {@code site.section(News.SECTION)}. */
    public static final SectionKey<News> SECTION = SectionKey.of("news", News.class);

    private static final Comparator<Article> NEWEST_FIRST = Comparator.comparing(Article::published).reversed();

    public News {
        var check = new Check();
        check.that("pagePath", pagePath, WebLink::isPagePath, Bilingual.of("một đường dẫn trong trang như /tin-tuc", "a site path such as /tin-tuc"));
        check.that("feedPath", feedPath, WebLink::isPagePath, Bilingual.of("một đường dẫn trong trang như /tin-tuc.atom", "a site path such as /tin-tuc.atom"));
        check.that("pageSize", pageSize, size -> size >= 5 && size <= 50, Bilingual.of("từ 5 đến 50", "from 5 to 50"));
        check.that("staleAfterDays", staleAfterDays, days -> days >= 1 && days <= 365, Bilingual.of("từ 1 đến 365 ngày", "from 1 to 365 days"));
        // without the categories (absent, or refused by their own rules) the articles' references are not judged twice
        boolean categoriesGiven = categories != null;
        categories = check.list("categories", categories);
        articles = check.list("articles", articles);
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < categories.size(); i++) {
            if (!ids.add(categories.get(i).id())) {
                check.fail("categories[" + i + "].id", Check.notUnique(categories.get(i).id(), Bilingual.of("được dùng hai lần", "is used twice")));
            }
        }
        for (int i = 0; i < categories.size(); i++) {
            String parent = categories.get(i).parent();
            if (parent != null && (!ids.contains(parent) || parent.equals(categories.get(i).id()))) {
                check.fail("categories[" + i + "].parent", Check.mustBe(Bilingual.of("mã của một chuyên mục khác (" + String.join(", ", ids) + ")",
                        "the id of another category (" + String.join(", ", ids) + ")"), parent));
            }
        }
        if (!categoriesGiven && !articles.isEmpty()) {
            check.fail("categories", Bilingual.of("không được để trống: mỗi bài ghi mã chuyên mục của nó", "is required: each article names the id of its category"));
        }
        Set<String> slugs = new HashSet<>();
        for (int i = 0; i < articles.size(); i++) {
            Article article = articles.get(i);
            if (categoriesGiven && !ids.contains(article.category())) {
                check.fail("articles[" + i + "].category", Check.mustBe(Bilingual.of("mã của một chuyên mục (" + String.join(", ", ids) + ")",
                        "the id of one of the categories (" + String.join(", ", ids) + ")"), article.category()));
            }
            if (!slugs.add(article.slug())) {
                check.fail("articles[" + i + "].slug", Check.notUnique(article.slug(), Bilingual.of("đã dùng cho một bài trước đó; hãy đặt slug riêng",
                        "is taken by an earlier article; give this one its own slug")));
            }
        }
        pagePath = pagePath == null ? WebLink.of("/tin-tuc") : pagePath;
        feedPath = feedPath == null ? WebLink.of("/tin-tuc.atom") : feedPath;
        pageSize = pageSize == null ? 10 : pageSize;
        staleAfterDays = staleAfterDays == null ? 30 : staleAfterDays;
        check.done();
    }

    public Optional<NewsCategory> category(String id) {
        return categories.stream().filter(c -> c.id().equals(id)).findFirst();
    }

    public Optional<Article> article(String slug) {
        return articles.stream().filter(a -> a.slug().equals(slug)).findFirst();
    }

    /** Every article, the newest first. */
    public List<Article> newestFirst() {
        return articles.stream().sorted(NEWEST_FIRST).toList();
    }

    /** The articles of a category and of the categories under it (at any depth), the newest first. */
    public List<Article> inCategory(String id) {
        Set<String> family = family(id);
        return articles.stream().filter(a -> family.contains(a.category())).sorted(NEWEST_FIRST).toList();
    }

    /** The categories under {@code id}, the top-level ones for {@code null}. */
    public List<NewsCategory> children(String id) {
        return categories.stream().filter(c -> java.util.Objects.equals(c.parent(), id)).toList();
    }

    /** A category's page: its own path, else the news page filtered to it. */
    public String pathOf(NewsCategory category) {
        return category.pagePath() != null ? category.pagePath().value() : pagePath.value() + "?chuyen-muc=" + category.id();
    }

    /** An article's page: {@code /tin-tuc/xa-mau-son-trien-khai-chuyen-doi-so}. */
    public String pathOf(Article article) {
        return pagePath.value() + "/" + article.slug();
    }

    /** Articles published per month ({@code 2026-11} → 7), for the officer's counts. */
    public Map<String, Long> perMonth() {
        return articles.stream().collect(Collectors.groupingBy(a -> a.published().toLocalDate().withDayOfMonth(1).toString().substring(0, 7),
                java.util.TreeMap::new, Collectors.counting()));
    }

    /** The categories shown in navigation on {@code day}: inside their windows (MENU-CAMPAIGN). */
    public List<NewsCategory> openOn(LocalDate day) {
        return categories.stream().filter(c -> c.openOn(day)).toList();
    }

    private Set<String> family(String id) {
        Map<String, List<NewsCategory>> byParent = categories.stream().filter(c -> c.parent() != null)
                .collect(Collectors.groupingBy(NewsCategory::parent));
        Set<String> family = new HashSet<>();
        List<String> queue = new ArrayList<>(List.of(id));
        while (!queue.isEmpty()) {
            String next = queue.remove(queue.size() - 1);
            if (family.add(next)) {
                byParent.getOrDefault(next, List.of()).stream().map(NewsCategory::id).forEach(queue::add);
            }
        }
        return family;
    }


    /** A builder: the required parts now, the rest by name; {@link Builder#build()} validates as the constructor does. */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Builds a {@link News} by name instead of by position; what is not set takes the record's default.
     *
     * <pre>{@code
     * News.builder().pagePath(…).feedPath(…).pageSize(…).build()
     * }</pre>
     */
    public static final class Builder {
        private WebLink pagePath;
        private WebLink feedPath;
        private Integer pageSize;
        private Integer staleAfterDays;
        private List<NewsCategory> categories;
        private List<Article> articles;

        private Builder() {
        }

        /** Where the news list is served; each article at this path + /slug; default /tin-tuc. */
        public Builder pagePath(WebLink pagePath) {
            this.pagePath = pagePath;
            return this;
        }

        /** Where the Atom feed is served (?chuyen-muc=id for one category); default /tin-tuc.atom. */
        public Builder feedPath(WebLink feedPath) {
            this.feedPath = feedPath;
            return this;
        }

        /** Articles per page, 5 to 50; default 10. */
        public Builder pageSize(Integer pageSize) {
            this.pageSize = pageSize;
            return this;
        }

        /** Days the news may go without a new article before check warns (FRESHNESS); default 30. */
        public Builder staleAfterDays(Integer staleAfterDays) {
            this.staleAfterDays = staleAfterDays;
            return this;
        }

        /** The categories (chuyên mục). */
        public Builder categories(List<NewsCategory> categories) {
            this.categories = categories;
            return this;
        }

        /** The articles, in any order: lists show the newest first. */
        public Builder articles(List<Article> articles) {
            this.articles = articles;
            return this;
        }

        /** The News; a {@link dev.congkit.core.model.ValidationException} names every rule the parts break. */
        public News build() {
            return new News(pagePath, feedPath, pageSize, staleAfterDays, categories, articles);
        }
    }
}

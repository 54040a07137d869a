package dev.congkit.widgets.news;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.SyndFeedInput;
import dev.congkit.core.TestSites;
import dev.congkit.core.check.CheckContext;
import dev.congkit.core.check.CheckRunner;
import dev.congkit.core.html.SafeHtml;
import dev.congkit.core.model.SiteConfig;
import dev.congkit.core.model.ValidationException;
import dev.congkit.core.model.WebLink;
import dev.congkit.core.render.RenderContext;
import dev.congkit.core.rules.RuleSets;
import dev.congkit.widgets.Fixture;
import dev.congkit.widgets.HtmlSafety;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import java.io.StringReader;
import java.text.Normalizer;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** NEWS-COMPLETE, NEWS-CAPTION, MENU-CAMPAIGN, FRESHNESS: the news list, the article page, the feed and the checks. */
class NewsWidgetsTest {

    private static final Clock TODAY = Clock.fixed(java.time.Instant.parse("2026-11-23T03:00:00Z"), RenderContext.VIETNAM);
    private static final List<NewsCategory> CATEGORIES = List.of(
            NewsCategory.builder("tin-tuc-su-kien", "Tin tức sự kiện").build(),
            NewsCategory.builder("du-lich-le-hoi", "Du lịch – lễ hội").parent("tin-tuc-su-kien").pagePath(WebLink.of("/du-lich-le-hoi")).build(),
            NewsCategory.builder("bau-cu", "Chuyên mục bầu cử").parent("tin-tuc-su-kien").pagePath(WebLink.of("/bau-cu"))
                    .from(LocalDate.of(2026, 1, 5)).until(LocalDate.of(2026, 3, 31)).build());

    private static Article article(int number, String category, LocalDateTime published) {
        return Article.builder("Lễ hội đền Mẫu Sơn, bài " + number, published, category, SafeHtml.sanitize(
                        "<p>Hàng nghìn du khách về dự lễ hội.</p><figure><img src=\"/media/" + number + ".jpg\" alt=\"Đoàn rước\">"
                                + "<figcaption>Đoàn rước kiệu (ảnh: Văn phòng).</figcaption></figure>"))
                .summary("Tóm tắt bài " + number).author("Hoàng Văn Nam")
                .image(NewsImage.builder(WebLink.of("/media/lead-" + number + ".jpg"), "Toàn cảnh lễ hội", "Lễ hội năm nay.").width(800).height(450).build())
                .build();
    }

    static SiteConfig site() {
        List<Article> articles = new ArrayList<>();
        for (int i = 1; i <= 25; i++) {
            articles.add(article(i, i % 5 == 0 ? "bau-cu" : i % 2 == 0 ? "du-lich-le-hoi" : "tin-tuc-su-kien",
                    LocalDateTime.of(2026, 11, 22, 9, 0).minusDays(i)));
        }
        return SiteConfig.builder(TestSites.mauSon()).section(News.SECTION, News.builder().categories(CATEGORIES).articles(articles).build()).build();
    }

    private static Document render(String widget, Map<String, String> params, LocalDate day) {
        Clock clock = Clock.fixed(day.atTime(10, 0).atZone(RenderContext.VIETNAM).toInstant(), RenderContext.VIETNAM);
        return HtmlSafety.assertSafe(widget, Fixture.RENDERER.render(widget, RenderContext.of(site()).withClock(clock).withParams(params)));
    }

    @Test
    void listShowsTheNewestTenWithDatesAndLinksTheNextPage() {
        Document list = render(NewsListWidget.ID, Map.of(), LocalDate.of(2026, 11, 23));
        assertEquals(10, list.select(".ck-news__item").size());
        assertEquals("Lễ hội đền Mẫu Sơn, bài 1", list.select(".ck-news__title a").first().text());
        assertEquals("/tin-tuc/le-hoi-den-mau-son-bai-1", list.select(".ck-news__title a").first().attr("href"));
        assertEquals("2026-11-21T09:00:00+07:00", list.select(".ck-news__meta time").first().attr("datetime"));
        assertEquals("/tin-tuc?trang=2", list.select("a[rel=next]").attr("href"));
        assertEquals("", list.select(".ck-news__thumb").first().attr("alt"), "a thumbnail beside its linked title is decorative");
        Document third = render(NewsListWidget.ID, Map.of("trang", "3"), LocalDate.of(2026, 11, 23));
        assertEquals(5, third.select(".ck-news__item").size());
        assertTrue(third.select("a[rel=next]").isEmpty());
    }

    @Test
    void aCategoryListsItsOwnAndItsSubCategoriesArticlesOnItsOwnPage() {
        Document tourism = render(NewsListWidget.ID, Map.of("chuyen-muc", "du-lich-le-hoi"), LocalDate.of(2026, 11, 23));
        assertEquals("Du lịch – lễ hội", tourism.select("h2").first().text());
        assertEquals(10, tourism.select(".ck-news__item").size());
        assertTrue(tourism.select("a[rel=next]").isEmpty(), "ten articles fill one page");
        assertEquals("/du-lich-le-hoi", tourism.select(".ck-news__categories a[aria-current=page]").attr("href"));
        Document all = render(NewsListWidget.ID, Map.of("chuyen-muc", "tin-tuc-su-kien"), LocalDate.of(2026, 11, 23));
        assertEquals("/tin-tuc?chuyen-muc=tin-tuc-su-kien&trang=2", all.select("a[rel=next]").attr("href"));
        assertEquals(3, all.select(".ck-pagination a:not([rel])").size(), "25 articles, the sub-categories' included");
    }

    @Test
    void aCampaignColumnLeavesTheNavigationWhenItsWindowEnds() {
        assertTrue(render(NewsListWidget.ID, Map.of(), LocalDate.of(2026, 2, 1)).select(".ck-news__categories a").eachText()
                .contains("Chuyên mục bầu cử"));
        assertFalse(render(NewsListWidget.ID, Map.of(), LocalDate.of(2026, 4, 1)).select(".ck-news__categories a").eachText()
                .contains("Chuyên mục bầu cử"));
        assertEquals(5, render(NewsListWidget.ID, Map.of("chuyen-muc", "bau-cu"), LocalDate.of(2026, 4, 1)).select(".ck-news__item").size(),
                "its articles stay readable");
    }

    @Test
    void articlePageIsCompleteWithCaptionedImagesAndJsonLd() throws Exception {
        Document page = render(ArticleWidget.ID, Map.of("bai", "le-hoi-den-mau-son-bai-2"), LocalDate.of(2026, 11, 23));
        assertEquals("Lễ hội đền Mẫu Sơn, bài 2", page.select("h1").text());
        assertEquals("2026-11-20T09:00:00+07:00", page.select(".ck-article__meta time").attr("datetime"));
        assertEquals("Tác giả: Hoàng Văn Nam", page.select(".ck-article__author").text());
        for (Element image : page.select(".ck-article img")) {
            assertFalse(image.attr("alt").isBlank());
            assertFalse(image.closest("figure").select("figcaption").text().isBlank());
        }
        assertEquals(2, page.select(".ck-article figure").size());
        assertEquals(3, page.select(".ck-article__related li").size());
        JsonNode data = new ObjectMapper().readTree(page.select("script[type=application/ld+json]").html());
        assertEquals("NewsArticle", data.path("@type").asText());
        assertEquals("2026-11-20T09:00:00+07:00", data.path("datePublished").asText());
        assertEquals("https://mauson.thanhhoa.gov.vn/media/lead-2.jpg", data.path("image").asText());
        assertEquals("", Fixture.RENDERER.render(ArticleWidget.ID, RenderContext.of(site()).withParam("bai", "khong-co")));
    }

    @Test
    void anArticleWithoutCaptionAuthorOrBodyCannotBeBuilt() {
        ValidationException uncaptioned = assertThrows(ValidationException.class, () -> Article.builder("Tin", LocalDateTime.of(2026, 11, 1, 8, 0),
                "tin-tuc-su-kien", SafeHtml.sanitize("<p>x</p><img src=\"/a.jpg\" alt=\"a\">")).author("A").build());
        assertTrue(uncaptioned.getMessage().contains("body: ảnh thứ 1 (/a.jpg): chưa có chú thích"), uncaptioned.getMessage());
        ValidationException anonymous = assertThrows(ValidationException.class, () -> Article.builder("Tin", LocalDateTime.of(2026, 11, 1, 8, 0),
                "tin-tuc-su-kien", SafeHtml.sanitize("<p>x</p>")).build());
        assertTrue(anonymous.getMessage().contains("author: is required when there is no source"), anonymous.getMessage());
        ValidationException empty = assertThrows(ValidationException.class, () -> Article.builder("Tin", LocalDateTime.of(2026, 11, 1, 8, 0),
                "tin-tuc-su-kien", SafeHtml.sanitize("<script>x</script>")).source("Báo Thanh Hóa").build());
        assertTrue(empty.getMessage().contains("body: is empty"), empty.getMessage());
        ValidationException unknown = assertThrows(ValidationException.class, () -> News.builder().categories(CATEGORIES)
                .articles(List.of(article(1, "khong-co", LocalDateTime.of(2026, 11, 1, 8, 0)))).build());
        assertTrue(unknown.getMessage().contains("articles[0].category: must be the id of one of the categories"), unknown.getMessage());
    }

    @Test
    void slugsComeFromVietnameseTitlesInAnyNormalForm() {
        Article nfd = Article.builder(Normalizer.normalize("Đón Tết Nguyên đán ở Mẫu Sơn", Normalizer.Form.NFD), LocalDateTime.of(2026, 11, 1, 8, 0),
                "tin-tuc-su-kien", SafeHtml.sanitize("<p>x</p>")).source("UBND xã").build();
        assertEquals("don-tet-nguyen-dan-o-mau-son", nfd.slug());
        assertEquals("Đón Tết Nguyên đán ở Mẫu Sơn", nfd.title());
    }

    @Test
    void atomFeedsParseForEveryArticleAndPerCategory() throws Exception {
        RenderContext context = RenderContext.of(site()).withClock(TODAY);
        var labels = Fixture.RENDERER.labels(NewsListWidget.ID, RenderContext.VIETNAMESE);
        SyndFeed all = new SyndFeedInput().build(new StringReader(NewsFeed.atom(context, labels, null)));
        assertEquals(25, all.getEntries().size());
        assertEquals("Lễ hội đền Mẫu Sơn, bài 1", all.getEntries().get(0).getTitle());
        assertEquals("Hoàng Văn Nam", all.getEntries().get(0).getAuthor());
        SyndFeed campaign = new SyndFeedInput().build(new StringReader(NewsFeed.atom(context, labels, "bau-cu")));
        assertEquals(5, campaign.getEntries().size());
        assertEquals("Chuyên mục bầu cử – Ủy ban nhân dân xã Mẫu Sơn", campaign.getTitle());
        assertThrows(IllegalArgumentException.class, () -> NewsFeed.atom(context, labels, "khong-co"));
    }

    @Test
    void checkWarnsOfStaleNewsAndOfAnEndedColumnStillInTheMenu() {
        SiteConfig site = site();
        List<String> findings = CheckRunner.discover().run(site, new CheckContext(Clock.fixed(java.time.Instant.parse("2027-01-15T03:00:00Z"),
                        RenderContext.VIETNAM), RuleSets.builtIn().effective("thanhhoa-camthuy-2023", LocalDate.of(2027, 1, 15)), null)).stream()
                .filter(f -> f.path().startsWith("news")).map(f -> f.requirementId() + " " + f.path()).toList();
        assertEquals(List.of("FRESHNESS news.articles[0].published"), findings);
        assertEquals(List.of(), CheckRunner.discover().run(site, new CheckContext(TODAY,
                RuleSets.builtIn().effective("thanhhoa-camthuy-2023", LocalDate.of(2026, 11, 23)), null)).stream()
                .filter(f -> f.path().startsWith("news")).toList());
    }
}

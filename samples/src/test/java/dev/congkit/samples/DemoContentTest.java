package dev.congkit.samples;

import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.SyndFeedInput;
import dev.congkit.core.model.SiteConfig;
import dev.congkit.widgets.document.Documents;
import dev.congkit.widgets.news.News;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import java.io.StringReader;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.List;
import java.time.ZoneId;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** DOCS-LIST, NEWS-COMPLETE, NEWS-CAPTION, NO-MOTION: the demo's documents, news, library and feeds over HTTP, as others rely on them. */
class DemoContentTest extends DemoServer {

    private static Document page(String path) throws Exception {
        HttpResponse<String> response = get(path);
        assertEquals(200, response.statusCode(), path);
        return Jsoup.parse(response.body(), uri(path).toString());
    }

    @Test
    void theDocumentListShowsTenOrMoreWithSiteRelativeLinksAndANextPage() throws Exception {
        Document list = page("/van-ban/xa");
        assertTrue(list.select(".ck-documents__table tbody tr").size() >= 10);
        for (Element link : list.select(".ck-documents__table a[href], .ck-pagination a[href]")) {
            assertTrue(link.attr("href").startsWith("/"), "site-relative: " + link.attr("href"));
        }
        String next = list.select("a[rel=next]").attr("href");
        assertEquals("/van-ban/xa?trang=2", next);
        Document second = page(next);
        assertFalse(second.select(".ck-documents__table tbody tr").isEmpty());
        assertEquals("/van-ban/xa", second.select("a[rel=prev]").attr("href"));
    }

    @Test
    void theFiltersAndSearchAnswerAPlainGet() throws Exception {
        int year = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh")).getYear();
        Document decisions = page("/van-ban/xa?loai=quyet-dinh&nam=" + year);
        assertFalse(decisions.select(".ck-documents__table tbody tr").isEmpty());
        for (Element row : decisions.select(".ck-documents__table tbody tr")) {
            assertEquals("Quyết định", row.select(".ck-documents__type").text());
            assertTrue(row.select("time").attr("datetime").startsWith(year + "-"), row.text());
        }
        Document found = page("/van-ban/xa?q=ngan+sach");
        assertTrue(found.select(".ck-documents__count").text().startsWith("Tìm thấy"));
        for (Element row : found.select(".ck-documents__table tbody tr")) {
            assertTrue(row.text().toLowerCase().contains("ngân sách"), row.text());
        }
    }

    @Test
    void everyDocumentAndArticleHasItsPage() throws Exception {
        SiteConfig site = SampleSite.load(LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh")));
        Documents documents = site.section(Documents.SECTION).orElseThrow();
        for (var document : documents.items()) {
            Document detail = page(documents.pathOf(document));
            assertEquals(1, detail.select("h1").size());
            assertTrue(detail.select("h1").text().endsWith(document.number()), detail.select("h1").text());
            assertTrue(detail.select(".ck-document__facts").text().contains("Ngày ban hành"));
            assertRated(detail, documents.pathOf(document));
        }
        News news = site.section(News.SECTION).orElseThrow();
        for (var article : news.articles()) {
            Document detail = page(news.pathOf(article));
            assertEquals(article.title(), detail.select("h1").text());
            assertEquals(article.title() + " | UBND xã Mẫu Sơn (dữ liệu mẫu)", detail.title());
            assertRated(detail, news.pathOf(article));
            for (Element image : detail.select("main img")) {
                assertFalse(image.attr("alt").isBlank());
                assertFalse(image.closest("figure").select("figcaption").text().isBlank(), "NEWS-CAPTION: " + image.attr("src"));
            }
        }
        assertEquals(404, get("/van-ban/xa/khong-co-van-ban-nay").statusCode());
        assertEquals(404, get("/tin-tuc/khong-co-bai-nay").statusCode());
    }

    /** SATISFACTION-RATING: the page ends with a plain POST form rating it from 1 to 5, asking nothing personal. */
    private static void assertRated(Document page, String path) {
        Element form = page.selectFirst("main .ck-rating form[method=post][action=/danh-gia]");
        assertTrue(form != null, path + " has the rating");
        assertEquals(path, form.select("input[name=trang]").val());
        assertEquals(List.of("1", "2", "3", "4", "5"), form.select("input[type=radio][name=diem]").eachAttr("value"));
        assertEquals(List.of("trang", "diem", "diem", "diem", "diem", "diem", "y-kien"), form.select("input, textarea").eachAttr("name"));
    }

    @Test
    void theRatingIsOnDocumentsAndArticlesOnlyAndTheTopMenuEmailOpensTheWebmail() throws Exception {
        assertEquals(0, page("/").select(".ck-rating").size());
        assertEquals(List.of("https://mail.thanhhoa.gov.vn"), page("/").select("nav.ck-menu--top a:containsOwn(Email)").eachAttr("href"));
    }

    @Test
    void theNewsListAndItsCategoriesShowTenOrMore() throws Exception {
        Document news = page("/tin-tuc");
        assertTrue(news.select(".ck-news__item").size() >= 10);
        assertEquals("/tin-tuc?trang=2", news.select("a[rel=next]").attr("href"));
        for (String category : new String[] {"/du-lich-le-hoi", "/pho-bien-phap-luat", "/chuyen-doi-so"}) {
            Document list = page(category);
            assertFalse(list.select(".ck-news__item").isEmpty(), category);
            assertEquals(category, list.select(".ck-news__categories a[aria-current=page]").attr("href"));
        }
    }

    @Test
    void theFeedsAreValidAtomWithTenOrMoreEntries() throws Exception {
        for (String feed : new String[] {"/van-ban/xa.atom", "/tin-tuc.atom", "/tin-tuc.atom?chuyen-muc=du-lich-le-hoi"}) {
            HttpResponse<String> response = get(feed);
            assertEquals(200, response.statusCode(), feed);
            assertTrue(response.headers().firstValue("Content-Type").orElseThrow().startsWith("application/atom+xml"), feed);
            SyndFeed parsed = new SyndFeedInput().build(new StringReader(response.body()));
            assertEquals("atom_1.0", parsed.getFeedType());
            assertTrue(parsed.getEntries().size() >= (feed.contains("chuyen-muc") ? 3 : 10), feed + ": " + parsed.getEntries().size());
            parsed.getEntries().forEach(entry -> assertTrue(entry.getLink().startsWith("https://mauson.thanhhoa.gov.vn/"), entry.getLink()));
        }
        assertEquals(404, get("/tin-tuc.atom?chuyen-muc=khong-co").statusCode());
        assertTrue(page("/").select("link[rel=alternate][type=application/atom+xml]").size() == 2, "pages announce the feeds");
    }

    @Test
    void theLibraryShowsCaptionedPhotosAndAVideoThatWaitsToBePlayed() throws Exception {
        Document photos = page("/thu-vien/anh");
        assertTrue(photos.select("main figure img").size() >= 4, "at least four captioned photos, album covers counting");
        photos.select("main figure").forEach(f -> assertFalse(f.select("figcaption").text().isBlank()));
        Document album = page(photos.select(".ck-gallery__album figcaption a").first().attr("href"));
        assertTrue(album.select("main figure img").size() >= 3);
        for (Element image : album.select("main figure img")) {
            assertFalse(image.attr("alt").isBlank());
            assertFalse(image.closest("figure").select("figcaption").text().isBlank());
            assertEquals(200, get(image.attr("src")).statusCode(), image.attr("src"));
            assertEquals(200, get(image.closest("a").attr("href")).statusCode());
        }
        Document videos = page("/thu-vien/video");
        Element video = videos.selectFirst("main video");
        assertFalse(video.hasAttr("autoplay"), "NO-MOTION");
        assertEquals(200, get(video.select("source").attr("src")).statusCode());
        HttpResponse<String> captions = get(video.select("track[kind=captions]").attr("src"));
        assertEquals(200, captions.statusCode());
        assertTrue(captions.body().startsWith("WEBVTT"));
        assertTrue(captions.headers().firstValue("Content-Type").orElseThrow().startsWith("text/vtt"));
    }

    @Test
    void theProvincePageLinksTheProvincesDocuments() throws Exception {
        Document province = page("/van-ban/tinh");
        assertFalse(province.select("main a[href^=https://vbpl]").isEmpty());
    }

    /** CONTACT-ENGLISH: every page's header links the page in the other language. */
    @Test
    void everyPageLinksItselfInTheOtherLanguageFromItsHeader() throws Exception {
        for (String path : new String[] {"/", "/van-ban/xa", "/tin-tuc/hoi-nghi-chuyen-doi-so", "/lien-he"}) {
            Document vi = page(path);
            assertEquals(java.util.List.of(path, path + "?lang=en"), vi.select("header nav.ck-languages a").eachAttr("href"), path);
            assertEquals("vi", vi.select("header nav.ck-languages a[aria-current=true]").attr("hreflang"));
            Document en = page(path + "?lang=en");
            assertEquals("en", en.select("header nav.ck-languages a[aria-current=true]").attr("hreflang"), path);
        }
    }
}

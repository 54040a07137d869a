package dev.congkit.samples;

import dev.congkit.core.model.SiteConfig;
import dev.congkit.core.render.Labels;
import dev.congkit.widgets.document.DocumentWidget;
import dev.congkit.widgets.document.Documents;
import dev.congkit.widgets.document.OfficialDocument;
import dev.congkit.widgets.news.Article;
import dev.congkit.widgets.news.ArticleWidget;
import dev.congkit.widgets.news.News;
import dev.congkit.widgets.news.NewsCategory;
import dev.congkit.widgets.menu.MenuPage;
import dev.congkit.widgets.menu.MenuResolver;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The pages of the demo portal: a few written ones, the content pages, and a sample page behind every menu entry. */
final class DemoPages {

    private static final List<DemoPage> WRITTEN = List.of(
            new DemoPage("/", "Trang chủ", "Home", "home"),
            new DemoPage("/so-do-trang", "Sơ đồ trang", "Sitemap", "so-do-trang", "sitemap"),
            new DemoPage("/tim-kiem", "Tìm kiếm", "Search", "tim-kiem"),
            new DemoPage("/dang-nhap", "Đăng nhập", "Log in", "dang-nhap"),
            new DemoPage("/lich-lam-viec", "Lịch làm việc", "Work schedule", "lich-lam-viec", "leader-schedule"),
            new DemoPage("/lich-tiep-cong-dan", "Lịch tiếp công dân", "Citizen reception", "lich-tiep-cong-dan", "reception-schedule"),
            new DemoPage("/danh-ba", "Danh bạ cơ quan chức năng", "Directory", "danh-ba", "directory"),
            new DemoPage("/he-thong-chinh-tri", "Hệ thống chính trị", "Political system", "he-thong-chinh-tri", "directory"),
            new DemoPage("/lien-he", "Liên hệ", "Contact", "lien-he", "contact-card"),
            new DemoPage("/van-ban/xa", "Văn bản của xã", "Documents of the commune", "van-ban-xa", "document-list"),
            new DemoPage("/van-ban/tinh", "Văn bản của tỉnh", "Documents of the province", "van-ban-tinh"),
            new DemoPage("/tin-tuc", "Tin tức sự kiện", "News and events", null, "news-list"),
            new DemoPage("/thu-vien", "Thư viện", "Library", "thu-vien", "photo-gallery"),
            new DemoPage("/thu-vien/anh", "Thư viện ảnh", "Photo library", null, "photo-gallery"),
            new DemoPage("/thu-vien/video", "Thư viện video", "Video library", null, "video-gallery"),
            new DemoPage("/tai-anh-len", "Tải ảnh biểu ngữ lên", "Upload a banner", "tai-anh-len"),
            new DemoPage(WidgetGallery.PATH, "Thư viện thành phần", "Widget gallery", null));

    private DemoPages() {
    }

    /** Every page, so that no menu link into the site is dead; documents and articles are found by {@link #detail}. */
    static List<DemoPage> of(SiteConfig site, LocalDate today) {
        Map<String, DemoPage> pages = new LinkedHashMap<>();
        WRITTEN.forEach(page -> pages.put(page.path(), page));
        // each news category with a page of its own lists its articles there
        site.section(News.SECTION).ifPresent(news -> news.categories().stream().filter(c -> c.pagePath() != null)
                .forEach(c -> pages.putIfAbsent(c.pagePath().value(), categoryPage(c))));
        for (MenuPage page : MenuResolver.pages(site, today)) {
            pages.putIfAbsent(page.path(), new DemoPage(page.path(), page.label(), page.labelEn(), "generic"));
        }
        return List.copyOf(pages.values());
    }

    private static DemoPage categoryPage(NewsCategory category) {
        return new DemoPage(category.pagePath().value(), category.name(), category.nameIn(true), null, "news-list",
                Map.of("chuyen-muc", category.id()), false);
    }

    /** A document's page ({@code /van-ban/xa/SLUG}) or an article's ({@code /tin-tuc/SLUG}); the widget gives its heading. */
    static Optional<DemoPage> detail(SiteConfig site, String path, Labels vietnamese, Labels english) {
        Optional<Documents> documents = site.section(Documents.SECTION);
        if (documents.isPresent() && path.startsWith(documents.get().pagePath().value() + "/")) {
            Optional<OfficialDocument> document = documents.get().bySlug(path.substring(documents.get().pagePath().value().length() + 1));
            return document.map(d -> {
                String type = "documentType." + d.type().name();
                return new DemoPage(path, vietnamese.get(type) + " số " + d.number(), english.get(type) + " " + d.number(), null, DocumentWidget.ID,
                        Map.of(DocumentWidget.SLUG_PARAM, d.slug()), true);
            });
        }
        Optional<News> news = site.section(News.SECTION);
        if (news.isPresent() && path.startsWith(news.get().pagePath().value() + "/")) {
            Optional<Article> article = news.get().article(path.substring(news.get().pagePath().value().length() + 1));
            return article.map(a -> new DemoPage(path, a.title(), a.title(), null, ArticleWidget.ID, Map.of(ArticleWidget.SLUG_PARAM, a.slug()), true));
        }
        return Optional.empty();
    }
}

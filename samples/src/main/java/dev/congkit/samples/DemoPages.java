package dev.congkit.samples;

import dev.congkit.core.model.SiteConfig;
import dev.congkit.widgets.menu.MenuPage;
import dev.congkit.widgets.menu.MenuResolver;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The pages of the demo portal: a few written ones, and a sample page behind every menu entry. */
final class DemoPages {

    private static final List<DemoPage> WRITTEN = List.of(
            new DemoPage("/", "Trang chủ", "Home", "home"),
            new DemoPage("/so-do-trang", "Sơ đồ trang", "Sitemap", "so-do-trang", "sitemap"),
            new DemoPage("/lien-he-gop-y", "Liên hệ - Góp ý", "Contact and feedback", "lien-he-gop-y"),
            new DemoPage("/tim-kiem", "Tìm kiếm", "Search", "tim-kiem"),
            new DemoPage("/dang-nhap", "Đăng nhập", "Log in", "dang-nhap"),
            new DemoPage("/lich-lam-viec", "Lịch làm việc", "Work schedule", "lich-lam-viec", "leader-schedule"),
            new DemoPage("/lich-tiep-cong-dan", "Lịch tiếp công dân", "Citizen reception", "lich-tiep-cong-dan", "reception-schedule"),
            new DemoPage("/danh-ba", "Danh bạ cơ quan chức năng", "Directory", "danh-ba", "directory"),
            new DemoPage("/he-thong-chinh-tri", "Hệ thống chính trị", "Political system", "he-thong-chinh-tri", "directory"),
            new DemoPage("/lien-he", "Liên hệ", "Contact", "lien-he", "contact-card"),
            new DemoPage("/tin-tuc/hoi-nghi-chuyen-doi-so", "Xã Mẫu Sơn triển khai nhiệm vụ chuyển đổi số cấp xã",
                    "Mau Son commune sets out its digital transformation tasks", "tin-chuyen-doi-so", "figure"),
            new DemoPage("/tai-anh-len", "Tải ảnh biểu ngữ lên", "Upload a banner", "tai-anh-len"));

    private DemoPages() {
    }

    /** Every page, so that no menu link into the site is dead. */
    static List<DemoPage> of(SiteConfig site, LocalDate today) {
        Map<String, DemoPage> pages = new LinkedHashMap<>();
        WRITTEN.forEach(page -> pages.put(page.path(), page));
        for (MenuPage page : MenuResolver.pages(site, today)) {
            pages.putIfAbsent(page.path(), new DemoPage(page.path(), page.label(), page.labelEn(), "generic"));
        }
        return List.copyOf(pages.values());
    }
}

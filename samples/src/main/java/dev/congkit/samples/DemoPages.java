package dev.congkit.samples;

import dev.congkit.core.model.SiteConfig;
import dev.congkit.widgets.menu.MenuResolver;
import dev.congkit.widgets.menu.MenuView;
import dev.congkit.widgets.menu.ShownItem;

import java.time.LocalDate;
import java.util.ArrayList;
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
        List<List<ShownItem>> vi = MenuResolver.shown(site, today, false);
        List<List<ShownItem>> en = MenuResolver.shown(site, today, true);
        for (int menu = 0; menu < 2; menu++) {
            List<ShownItem[]> pairs = new ArrayList<>();
            pair(vi.get(menu), en.get(menu), pairs);
            for (ShownItem[] pair : pairs) {
                String path = pair[0].url() == null ? null : MenuView.sitePath(pair[0].url(), site.agency().baseUrl().value());
                if (path != null && !pages.containsKey(path)) {
                    pages.put(path, new DemoPage(path, pair[0].label(), pair[1].label(), "generic"));
                }
            }
        }
        return List.copyOf(pages.values());
    }

    private static void pair(List<ShownItem> vi, List<ShownItem> en, List<ShownItem[]> into) {
        for (int i = 0; i < vi.size(); i++) {
            into.add(new ShownItem[] {vi.get(i), en.get(i)});
            pair(vi.get(i).children(), en.get(i).children(), into);
        }
    }
}

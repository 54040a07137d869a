package dev.congkit.samples;

import java.util.List;

/** The pages of the demo portal. */
final class DemoPages {

    static final List<DemoPage> ALL = List.of(
            new DemoPage("/", "Trang chủ", "Home", "home"),
            new DemoPage("/so-do-trang", "Sơ đồ trang", "Sitemap", "so-do-trang"),
            new DemoPage("/lien-he-gop-y", "Liên hệ - Góp ý", "Contact and feedback", "lien-he-gop-y"),
            new DemoPage("/tim-kiem", "Tìm kiếm", "Search", "tim-kiem"));

    private DemoPages() {
    }
}

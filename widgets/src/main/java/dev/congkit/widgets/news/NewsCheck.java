package dev.congkit.widgets.news;

import dev.congkit.core.i18n.Bilingual;
import dev.congkit.core.check.CheckContext;
import dev.congkit.core.check.Finding;
import dev.congkit.core.check.SiteCheck;
import dev.congkit.core.model.SiteConfig;
import dev.congkit.widgets.internal.Dates;
import dev.congkit.widgets.menu.MenuPage;
import dev.congkit.widgets.menu.MenuResolver;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * News rules: the news is kept current (FRESHNESS: an article within {@code staleAfterDays}), and
 * a campaign column whose window has ended is no longer in the menu (MENU-CAMPAIGN). Articles are
 * complete and their images captioned by construction (NEWS-COMPLETE, NEWS-CAPTION).
 *
 * <p>Example:
 * <pre>{@code
 * // listed by the widget's Extension: no article for 45 days becomes a FRESHNESS warning
 * List<Finding> findings = CheckRunner.discover().run(site, context);
 * }</pre>
 */
public final class NewsCheck implements SiteCheck {

    @Override
    public List<Finding> check(SiteConfig site, CheckContext context) {
        Optional<News> found = site.section(News.SECTION);
        if (found.isEmpty()) {
            return List.of();
        }
        News news = found.get();
        LocalDate today = context.today();
        List<Finding> findings = new ArrayList<>();
        news.articles().stream().max(Comparator.comparing(Article::published)).ifPresentOrElse(newest -> {
            long age = ChronoUnit.DAYS.between(newest.published().toLocalDate(), today);
            if (age > news.staleAfterDays()) {
                findings.add(Finding.warning("FRESHNESS", News.SECTION.name() + ".articles[" + news.articles().indexOf(newest) + "].published",
                        Bilingual.of("bài mới nhất đăng ngày " + Dates.day(newest.published().toLocalDate()) + ", cách đây " + age
                                + " ngày; hãy đưa tin của xã ngay khi có (staleAfterDays: " + news.staleAfterDays() + ")",
                                "the newest article was published on " + Dates.day(newest.published().toLocalDate()) + ", " + age
                                + " days ago; publish the commune's news as it happens (staleAfterDays: " + news.staleAfterDays() + ")")));
            }
        }, () -> findings.add(Finding.warning("FRESHNESS", News.SECTION.name() + ".articles", Bilingual.of("trống: hãy đưa tin tức, sự kiện của xã", "is empty: publish the commune's news and events"))));
        List<String> menuPaths = MenuResolver.pages(site, today).stream().map(MenuPage::path).toList();
        for (int i = 0; i < news.categories().size(); i++) {
            NewsCategory category = news.categories().get(i);
            if (category.until() != null && category.until().isBefore(today) && category.pagePath() != null
                    && menuPaths.contains(category.pagePath().value())) {
                findings.add(Finding.warning("MENU-CAMPAIGN", News.SECTION.name() + ".categories[" + i + "].until", Bilingual.of("chuyên mục '"
                        + category.name() + "' đã kết thúc ngày " + Dates.day(category.until()) + " nhưng menu vẫn trỏ tới "
                        + category.pagePath().value() + "; hãy cho mục menu kết thúc cùng ngày", "the column '"
                        + category.name() + "' ended on " + Dates.day(category.until()) + " but the menu still links "
                        + category.pagePath().value() + "; end the menu item with it")));
            }
        }
        return findings;
    }
}

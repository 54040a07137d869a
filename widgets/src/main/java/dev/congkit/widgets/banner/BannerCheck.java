package dev.congkit.widgets.banner;

import dev.congkit.core.i18n.Bilingual;
import dev.congkit.core.check.CheckContext;
import dev.congkit.core.check.Finding;
import dev.congkit.core.check.SiteCheck;
import dev.congkit.core.model.SiteConfig;
import dev.congkit.core.rules.Rule;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Banner rules judged from the configuration: the feedback system is linked (BANNER-FEEDBACK with
 * the rule set's URL, FEEDBACK-FUNCTION in any form), and ended campaign banners are not left
 * configured (BANNER-EXPIRY: they are no longer shown, but should be changed or removed).
 *
 * <p>Example:
 * <pre>{@code
 * // listed by the widget's Extension: `congkit check`, CheckRunner.discover() and the servlet's start-up run it
 * List<Finding> findings = CheckRunner.discover().run(site, context);
 * // warning [BANNER-EXPIRY] site.json: banners.items[1].validUntil: the banner 'bau-cu' (...) ended on 2026-03-31 and is no longer shown: change or remove it
 * }</pre>
 */
public final class BannerCheck implements SiteCheck {

    @Override
    public List<Finding> check(SiteConfig site, CheckContext context) {
        List<Finding> findings = new ArrayList<>();
        Optional<FeedbackBanner> feedback = FeedbackPresets.resolve(site);
        if (feedback.isEmpty()) {
            findings.add(Finding.warning("FEEDBACK-FUNCTION", FeedbackBanner.SECTION.name(), Bilingual.of("chưa khai báo: hãy liên kết một hệ thống "
                    + "góp ý mà người dân theo dõi được việc xử lý (của tỉnh, hoặc của Cổng dịch vụ công quốc gia)", "is not configured: link a feedback system "
                    + "whose processing people can follow (the province's, or the national public-service portal's)")));
        }
        context.rules().rule("BANNER-FEEDBACK").map(Rule::params).map(p -> p.path("url").asText(null)).ifPresent(url -> {
            if (feedback.isEmpty() || !same(feedback.get().link().value(), url)) {
                findings.add(Finding.error("BANNER-FEEDBACK", FeedbackBanner.SECTION.name(), Bilingual.of("phải liên kết " + url + " như bộ quy tắc yêu cầu, nhưng "
                        + feedback.map(f -> "đang liên kết " + f.link().value()).orElse("chưa có băng-rôn góp ý"), "must link " + url + " as the rule set requires, but "
                        + feedback.map(f -> "links " + f.link().value()).orElse("there is no feedback banner"))));
            }
        });
        List<Banner> banners = site.section(Banners.SECTION).map(Banners::items).orElse(List.of());
        for (int i = 0; i < banners.size(); i++) {
            Banner banner = banners.get(i);
            if (banner.expiredOn(context.today())) {
                findings.add(Finding.warning("BANNER-EXPIRY", Banners.SECTION.name() + ".items[" + i + "].validUntil", Bilingual.of("băng-rôn '" + banner.key()
                        + "' (" + banner.image().altText() + ") đã hết hạn ngày " + banner.validUntil() + " và không còn hiện: hãy sửa hoặc bỏ", "the banner '" + banner.key()
                        + "' (" + banner.image().altText() + ") ended on " + banner.validUntil() + " and is no longer shown: change or remove it")));
            }
        }
        return findings;
    }

    private static boolean same(String a, String b) {
        return a.replaceAll("/+$", "").equalsIgnoreCase(b.replaceAll("/+$", ""));
    }
}

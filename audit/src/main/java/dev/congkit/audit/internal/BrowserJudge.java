package dev.congkit.audit.internal;

import com.fasterxml.jackson.databind.JsonNode;
import dev.congkit.audit.Evidence;
import dev.congkit.audit.internal.browser.Browser;
import dev.congkit.audit.internal.browser.Rendering;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * What only a browser shows: MULTI-DEVICE (the home page at 320 CSS px), PERFORMANCE (the load's
 * timings against the rule set's thresholds) and A11Y by axe-core's WCAG 2.1 A/AA rules. Without a
 * rendering, PERFORMANCE cannot be judged and the others are left to the HTML judges.
 */
public final class BrowserJudge implements Judge {

    /** A page whose small targets are fewer than this share of all its targets is still easy to tap. */
    private static final double SMALL_TARGETS_SHARE = 0.25;

    @Override
    public void judge(SiteAudit site) {
        Optional<Rendering> rendering = site.rendering();
        if (rendering.isEmpty()) {
            if (site.asks("PERFORMANCE")) {
                site.verdicts().cannotJudge("PERFORMANCE", site.say().t("perf.noBrowser"));
            }
            return;
        }
        if (site.asks("MULTI-DEVICE")) {
            phone(site, rendering.get().phone());
        }
        if (site.asks("PERFORMANCE")) {
            performance(site, rendering.get().timings());
        }
        if (site.asks("A11Y") && rendering.get().axe().isPresent()) {
            axe(site, rendering.get().axe().get());
        }
    }

    private static void phone(SiteAudit site, Rendering.Phone phone) {
        List<String> problems = new ArrayList<>();
        if (!phone.viewportDeclared()) {
            problems.add(site.say().t("phone.noViewport"));
        }
        if (phone.overflow() > 0) {
            problems.add(site.say().t("phone.overflow", phone.overflow(), Browser.PHONE_WIDTH));
        }
        boolean manySmall = phone.targets() > 0 && phone.small().size() > SMALL_TARGETS_SHARE * phone.targets();
        if (manySmall) {
            problems.add(site.say().t("phone.smallTargets", phone.small().size(), phone.targets()));
        }
        List<Evidence> evidence = phone.small().stream().limit(3)
                .map(t -> new Evidence(site.home().url(), "", site.say().t("phone.target", t.name(), t.width(), t.height()))).toList();
        String small = phone.small().isEmpty() || manySmall ? "" : " " + site.say().t("phone.someSmall", phone.small().size(), phone.targets());
        site.verdicts().judge("MULTI-DEVICE", problems.isEmpty(), problems.isEmpty()
                ? site.say().t("phone.ok", Browser.PHONE_WIDTH) + small
                : site.say().t("phone.problems", Browser.PHONE_WIDTH, String.join("; ", problems)), evidence);
    }

    private static void performance(SiteAudit site, Rendering.Timings timings) {
        JsonNode params = site.rule("PERFORMANCE").orElseThrow().params();
        double firstLimit = params.path("firstContentSeconds").asDouble(3.0);
        double largestLimit = params.path("largestContentSeconds").asDouble(4.0);
        double blockingLimit = params.path("blockingSeconds").asDouble(0.6);
        double speedLimit = params.path("speedIndexSeconds").asDouble(5.8);
        if (timings.firstContent() < 0) {
            site.verdicts().cannotJudge("PERFORMANCE", site.say().t("perf.nothingPainted"));
            return;
        }
        List<String> slow = new ArrayList<>();
        List<String> figures = new ArrayList<>();
        measure(site, "perf.first", timings.firstContent(), firstLimit, figures, slow);
        if (timings.largestContent() >= 0) {
            measure(site, "perf.largest", timings.largestContent(), largestLimit, figures, slow);
        }
        if (timings.speedIndex() >= 0) {
            measure(site, "perf.speed", timings.speedIndex(), speedLimit, figures, slow);
        }
        if (timings.blocking() >= 0) {
            measure(site, "perf.blocking", timings.blocking(), blockingLimit, figures, slow);
        }
        if (timings.loaded() >= 0) {
            figures.add(site.say().t("perf.loaded", seconds(site, timings.loaded())));
        }
        String said = String.join("; ", figures) + ". " + site.say().t("perf.how", Browser.WIDTH);
        site.verdicts().judge("PERFORMANCE", slow.isEmpty(), slow.isEmpty() ? site.say().t("perf.ok", said)
                : site.say().t("perf.slow", site.say().list(slow), said), List.of());
    }

    private static void measure(SiteAudit site, String key, long millis, double limitSeconds, List<String> figures, List<String> slow) {
        figures.add(site.say().t(key, seconds(site, millis), seconds(site, Math.round(limitSeconds * 1000))));
        if (millis >= limitSeconds * 1000) {
            slow.add(site.say().t(key + "Name"));
        }
    }

    /** Milliseconds as seconds with one decimal, written as the report's language writes them ("2,4" / "2.4"). */
    static String seconds(SiteAudit site, long millis) {
        String text = String.format(Locale.ROOT, "%.1f", millis / 1000.0);
        return site.say().locale().getLanguage().equals("vi") ? text.replace('.', ',') : text;
    }

    /** What an axe-core rule checks, in the report's language where the bundle names it, else axe's own English. */
    private static String help(SiteAudit site, Rendering.AxeRule rule) {
        return site.say().find("axe." + rule.id()).orElse(rule.help());
    }

    private static void axe(SiteAudit site, List<Rendering.AxeRule> rules) {
        if (rules.isEmpty()) {
            site.verdicts().met("A11Y", site.say().t("a11y.axeOk", Browser.WIDTH), List.of());
            return;
        }
        int elements = rules.stream().mapToInt(Rendering.AxeRule::count).sum();
        List<String> each = rules.stream().map(r -> site.say().t("a11y.axeRule", r.id(), r.count(), help(site, r))).toList();
        List<Evidence> evidence = rules.stream().limit(5)
                .map(r -> new Evidence(site.home().url(), r.examples().isEmpty() ? "" : r.examples().get(0), help(site, r))).toList();
        site.verdicts().notMet("A11Y", site.say().t("a11y.axe", rules.size(), elements, String.join("; ", each)), evidence);
    }
}

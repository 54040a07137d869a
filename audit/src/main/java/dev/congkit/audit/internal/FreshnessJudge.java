package dev.congkit.audit.internal;

import dev.congkit.core.rules.Rule;
import org.jsoup.nodes.Element;

import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * FRESHNESS (and UPDATE-ON-CHANGE, which rests on it): the newest dated item on the target page,
 * outside the footer and not in the future, is no older than the rule set's {@code maxAgeDays}.
 */
public final class FreshnessJudge implements Judge {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    /** A class or id of a clock or of today's date, as portals name them. */
    private static final java.util.regex.Pattern CLOCK = java.util.regex.Pattern.compile(
            "(?i)clock|today|time-?now|date-?now|current-?(date|time)|ngay-?(hom-?nay|hien-?tai)|hom-?nay|thoi-?gian|datetime|lich-?am|weather");

    /**
     * Whether a date is the page telling the time, not content: in the header, in an element named for
     * a clock or today's date, or after the words "Hôm nay".
     */
    static boolean clock(Element element, Element header) {
        int depth = 0;
        for (Element e = element; e != null && depth < 4; e = e.parent(), depth++) {
            if (e == header || CLOCK.matcher(e.className() + " " + e.id()).find()) {
                return true;
            }
        }
        if (header != null && element.parents().contains(header)) {
            return true;
        }
        return Html.lower(element.ownText()).contains("hôm nay");
    }

    @Override
    public void judge(SiteAudit site) {
        Optional<Rule> rule = site.rule("FRESHNESS").or(() -> site.rule("UPDATE-ON-CHANGE"));
        if (rule.isEmpty()) {
            return;
        }
        int maxAge = rule.get().params().path("maxAgeDays").asInt(30);
        Element footer = site.regions().footer().orElse(null);
        Element header = site.regions().header().orElse(null);
        Optional<Dates.Seen> newest = Dates.under(site.home().body(), footer).stream()
                .filter(d -> !d.date().isAfter(site.today()))
                .filter(d -> !clock(d.element(), header))
                .max(Comparator.comparing(Dates.Seen::date));
        for (String id : List.of("FRESHNESS", "UPDATE-ON-CHANGE")) {
            String prefix = "UPDATE-ON-CHANGE".equals(id) ? site.say().t("freshness.basis") + " " : "";
            if (newest.isEmpty()) {
                site.verdicts().cannotJudge(id, prefix + site.say().t("freshness.undated"));
                continue;
            }
            long age = ChronoUnit.DAYS.between(newest.get().date(), site.today());
            site.verdicts().judge(id, age <= maxAge, prefix + site.say().t(age <= maxAge ? "freshness.ok" : "freshness.stale",
                    DAY.format(newest.get().date()), age, maxAge), List.of(site.evidence(site.home(), newest.get().element())));
        }
    }
}

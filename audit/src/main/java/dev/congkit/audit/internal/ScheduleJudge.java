package dev.congkit.audit.internal;

import dev.congkit.core.model.WorkCalendar;
import dev.congkit.core.rules.Rule;
import dev.congkit.core.time.WorkingDays;
import org.jsoup.nodes.Element;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * SCHEDULE-LEADER (a leaders' work schedule, current) and SCHEDULE-RECEPTION (citizen reception
 * schedule with place and times, posted ahead), found on the target or the pages it links to.
 */
public final class ScheduleJudge implements Judge {

    private static final Pattern LEADER = Pattern.compile("lịch (công tác|làm việc)");
    private static final Pattern RECEPTION = Pattern.compile("lịch tiếp (công )?dân|tiếp công dân");
    private static final Pattern ATTACHMENT = Pattern.compile("(?i).*\\.(pdf|docx?|xlsx?)([?#].*)?$");
    private static final Pattern WEEKDAY = Pattern.compile("thứ (hai|ba|tư|năm|sáu|bảy|2|3|4|5|6|7)|chủ nhật|hằng tuần|hàng tuần|định kỳ");
    private static final Pattern PLACE = Pattern.compile("địa điểm|phòng tiếp|trụ sở|hội trường|nhà văn hóa|bộ phận|\\btại\\b");
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    /** What a schedule page says when its week is empty. */
    private static final Pattern EMPTY_NOTICE = Pattern.compile(
            "(chưa|không) có (lịch|dữ liệu|nội dung|sự kiện)|chưa cập nhật lịch|lịch (đang|chưa) (được )?cập nhật|không tìm thấy (lịch|dữ liệu)");
    /** A session's time: 7h30, 07:30, 14g00, 8 giờ. */
    private static final Pattern TIME_OF_DAY = Pattern.compile("(?iu)(?<![\\d/])([01]?\\d|2[0-3])\\s?(h|g|giờ|:)\\s?[0-5]?\\d?(?![\\d/])");

    private record Found(Page page, Element heading, Element content) {
    }

    @Override
    public void judge(SiteAudit site) {
        leader(site);
        reception(site);
    }

    private static void leader(SiteAudit site) {
        Optional<Rule> rule = site.rule("SCHEDULE-LEADER");
        if (rule.isEmpty()) {
            return;
        }
        int maxAge = rule.get().params().path("maxAgeDays").asInt(7);
        Optional<Found> found = find(site, LEADER);
        if (found.isEmpty()) {
            site.absent("SCHEDULE-LEADER", "leader.none", LEADER);
            return;
        }
        Found schedule = found.get();
        List<Dates.Seen> dates = Dates.under(schedule.content(), null);
        boolean table = hasRows(schedule.content());
        boolean attached = attachment(schedule.content()).isPresent();
        if (!table && !attached && dates.size() < 2) {
            site.verdicts().notMet("SCHEDULE-LEADER", site.say().t("leader.empty", schedule.page().url()),
                    List.of(site.evidence(schedule.page(), schedule.heading())));
            return;
        }
        if (!attached && EMPTY_NOTICE.matcher(Html.lower(Html.text(schedule.content()))).find()
                && !TIME_OF_DAY.matcher(Html.text(schedule.content())).find()) {
            // a week shown with "Chưa có lịch…" and no session in it: dated, but nothing scheduled
            site.verdicts().notMet("SCHEDULE-LEADER", site.say().t("leader.noEntries", schedule.page().url()),
                    List.of(site.evidence(schedule.page(), schedule.heading())));
            return;
        }
        if (dates.isEmpty()) {
            // an undated table: the page's own dates (its publication date) tell how old it is
            dates = Dates.under(schedule.page().body(), schedule.page().regions().footer().orElse(null));
        }
        Optional<LocalDate> newest = dates.stream().map(Dates.Seen::date).filter(d -> !d.isAfter(site.today().plusDays(14)))
                .max(LocalDate::compareTo);
        if (newest.isEmpty()) {
            site.verdicts().cannotJudge("SCHEDULE-LEADER", site.say().t("leader.undated", schedule.page().url()));
        } else if (newest.get().isBefore(site.today().minusDays(maxAge))) {
            site.verdicts().notMet("SCHEDULE-LEADER", site.say().t("leader.stale", DAY.format(newest.get()), maxAge),
                    List.of(site.evidence(schedule.page(), schedule.heading())));
        } else {
            site.verdicts().met("SCHEDULE-LEADER", site.say().t(attached && !table ? "leader.attached" : "leader.current",
                    schedule.page().url(), DAY.format(newest.get())), List.of(site.evidence(schedule.page(), schedule.heading())));
        }
    }

    private static void reception(SiteAudit site) {
        Optional<Rule> rule = site.rule("SCHEDULE-RECEPTION");
        if (rule.isEmpty()) {
            return;
        }
        int ahead = rule.get().params().path("minWorkingDaysAhead").asInt(5);
        Optional<Found> found = find(site, RECEPTION);
        if (found.isEmpty()) {
            site.absent("SCHEDULE-RECEPTION", "reception.none", RECEPTION);
            return;
        }
        Found schedule = found.get();
        String text = Html.lower(Html.text(schedule.content()));
        List<Dates.Seen> dates = Dates.under(schedule.content(), null);
        boolean when = !dates.isEmpty() || WEEKDAY.matcher(text).find();
        boolean where = PLACE.matcher(text).find();
        boolean attached = attachment(schedule.content()).isPresent();
        if (!(when && where) && !attached) {
            site.verdicts().notMet("SCHEDULE-RECEPTION", site.say().t("reception.empty", schedule.page().url()),
                    List.of(site.evidence(schedule.page(), schedule.heading())));
            return;
        }
        Optional<LocalDate> last = dates.stream().map(Dates.Seen::date).max(LocalDate::compareTo);
        boolean recurring = WEEKDAY.matcher(text).find() && text.matches("(?s).*(hằng tuần|hàng tuần|định kỳ|thường xuyên).*");
        if (last.isPresent() && !recurring) {
            WorkingDays days = WorkingDays.of(WorkCalendar.empty());
            if (last.get().isBefore(site.today()) || days.between(site.today(), last.get()) < ahead) {
                site.verdicts().notMet("SCHEDULE-RECEPTION", site.say().t("reception.notAhead", DAY.format(last.get()), ahead),
                        List.of(site.evidence(schedule.page(), schedule.heading())));
                return;
            }
        }
        site.verdicts().met("SCHEDULE-RECEPTION", site.say().t("reception.found", schedule.page().url()),
                List.of(site.evidence(schedule.page(), schedule.heading())));
    }

    /**
     * The schedule: a heading naming it that heads the page (its {@code h1}, the article's title, or
     * any heading of a page reached by a link so named) or that introduces a filled table.
     */
    private static Optional<Found> find(SiteAudit site, Pattern kind) {
        for (Page page : site.pages()) {
            Optional<Element> article = ArticleJudge.find(page).map(a -> a.title());
            boolean linkedAs = page.depth() > 0 && kind.matcher(Html.lower(page.reachedBy())).find();
            for (Element heading : page.body().select("h1, h2, h3, h4, caption, .title, .Title, [class*=title], [class*=Title]")) {
                String text = Html.text(heading);
                if (text.length() > 120 || !kind.matcher(Html.lower(text)).find() || Html.hidden(heading)
                        || heading.closest("nav, a, footer, header, li") != null || !heading.select("a, ul, table").isEmpty()) {
                    continue;
                }
                Element content = content(heading);
                boolean headsPage = "h1".equals(heading.normalName()) || linkedAs || article.filter(heading::equals).isPresent();
                if (headsPage || hasRows(content)) {
                    return Optional.of(new Found(page, heading, content));
                }
            }
        }
        for (Page page : site.pages()) {
            if (page.depth() > 0 && kind.matcher(Html.lower(page.reachedBy() + " " + page.title())).find()) {
                Element content = page.regions().main().orElse(page.body());
                return Optional.of(new Found(page, content, content));
            }
        }
        return Optional.empty();
    }

    /** The block a schedule heading introduces: its section, else the nearest ancestor with a table or more text. */
    private static Element content(Element heading) {
        Element block = heading;
        while (block.parent() != null && !"body".equals(block.parent().normalName())) {
            block = block.parent();
            if ("section".equals(block.normalName()) || "article".equals(block.normalName()) || "main".equals(block.normalName())
                    || Html.text(block).length() > Html.text(heading).length() + 80 || !block.select("table, a[href]").isEmpty()) {
                return block;
            }
        }
        return block;
    }

    private static boolean hasRows(Element content) {
        for (Element table : content.select("table")) {
            long filled = table.select("tr").stream().filter(tr -> tr.select("td").stream()
                    .filter(td -> !Html.text(td).isEmpty()).count() >= 2).count();
            if (filled >= 1) {
                return true;
            }
        }
        return false;
    }

    private static Optional<Element> attachment(Element content) {
        return content.select("a[href]").stream().filter(a -> ATTACHMENT.matcher(a.attr("href")).matches()).findFirst();
    }

}

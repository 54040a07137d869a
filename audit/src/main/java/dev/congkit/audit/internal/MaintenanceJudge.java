package dev.congkit.audit.internal;

import org.jsoup.nodes.Element;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * MAINTENANCE-NOTICE: when a page announces that the portal will be suspended ("tạm ngừng hoạt
 * động", "bảo trì"), the notice must give when service is expected back. When it was announced
 * cannot be read from a page; a portal with no notice showing is not applicable (there may be no
 * suspension planned).
 */
public final class MaintenanceJudge implements Judge {

    private static final Pattern NOTICE = Pattern.compile("tạm (ngừng|dừng) (hoạt động|cung cấp|truy cập)|bảo trì (hệ thống|cổng|trang)|"
            + "planned (suspension|maintenance)");
    /** A notice is a short block; a longer one is a page that merely mentions a suspension. */
    private static final int LONGEST = 800;
    private static final Pattern RESTORED = Pattern.compile("khôi phục|hoạt động (lại|trở lại)|đến \\d{1,2}[:h]|until|restor");

    @Override
    public void judge(SiteAudit site) {
        if (!site.asks("MAINTENANCE-NOTICE")) {
            return;
        }
        Optional<Element> notice = find(site);
        if (notice.isEmpty()) {
            site.verdicts().notApplicable("MAINTENANCE-NOTICE", site.say().t("maintenance.none"));
            return;
        }
        String text = Html.lower(Html.text(notice.get()));
        List<LocalDate> dates = Dates.in(text);
        Page page = site.pages().stream().filter(p -> Html.within(notice.get(), p.body())).findFirst().orElse(site.home());
        if (RESTORED.matcher(text).find() && !dates.isEmpty()) {
            site.verdicts().met("MAINTENANCE-NOTICE", site.say().t("maintenance.found", page.url()), List.of(site.evidence(page, notice.get())));
        } else {
            site.verdicts().notMet("MAINTENANCE-NOTICE", site.say().t("maintenance.noRestoration", page.url()),
                    List.of(site.evidence(page, notice.get())));
        }
    }

    /** The whole notice: the largest visible block under {@value #LONGEST} characters whose text announces a suspension. */
    private static Optional<Element> find(SiteAudit site) {
        for (Page page : site.pages()) {
            Element best = null;
            int bestLength = 0;
            for (Element block : page.body().select("section, article, div, p, aside")) {
                String text = Html.text(block, LONGEST);
                if (text.length() < LONGEST && text.length() > bestLength && !Html.hidden(block) && NOTICE.matcher(Html.lower(text)).find()) {
                    best = block;
                    bestLength = text.length();
                }
            }
            if (best != null) {
                return Optional.of(best);
            }
        }
        return Optional.empty();
    }
}

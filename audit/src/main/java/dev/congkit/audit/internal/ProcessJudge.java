package dev.congkit.audit.internal;

/**
 * The requirements no page can show: they concern hosting, process or the report itself, and are
 * reported as not applicable with the reason.
 */
public final class ProcessJudge implements Judge {

    @Override
    public void judge(SiteAudit site) {
        boolean viewport = site.home().document().selectFirst("meta[name=viewport]") != null;
        site.verdicts().notApplicable("MULTI-DEVICE", site.say().t("na.multiDevice") + " "
                + site.say().t(viewport ? "na.viewport" : "na.noViewport"));
        site.verdicts().notApplicable("DOMAIN", site.say().t("na.domain"));
        site.verdicts().notApplicable("MONITORING", site.say().t("na.monitoring"));
        site.verdicts().notApplicable("REPORT", site.say().t("na.report"));
    }
}

package dev.congkit.audit.internal;

/** Judges a few related requirements of one site from its pages and records verdicts. */
public interface Judge {

    void judge(SiteAudit site);
}

package dev.congkit.spring.internal;

/** Neither {@code congkit.site} nor a {@code SiteSource} bean: the starter has no site to serve. Internal. */
public final class SiteNotConfiguredException extends IllegalStateException {

    private static final long serialVersionUID = 1L;

    public SiteNotConfiguredException() {
        super("CổngKit: chưa khai báo congkit.site (đường dẫn tệp site.json) hoặc bean SiteSource"
                + " (congkit.site, the path of site.json, or a SiteSource bean is needed)");
    }
}

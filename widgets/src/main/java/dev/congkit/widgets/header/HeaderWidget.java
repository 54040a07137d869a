package dev.congkit.widgets.header;

import dev.congkit.core.model.Agency;
import dev.congkit.core.model.ImageRef;
import dev.congkit.core.model.WebLink;
import dev.congkit.core.render.Labels;
import dev.congkit.core.render.RenderContext;
import dev.congkit.core.render.Widget;
import dev.congkit.widgets.internal.Text;

/** The page header widget ({@code header}); see the package documentation. */
public final class HeaderWidget implements Widget {

    public static final String ID = "header";
    private static final WebLink DEFAULT_SEARCH = WebLink.of("/tim-kiem");

    @Override
    public String id() {
        return ID;
    }

    @Override
    public Object model(RenderContext context, Labels labels) {
        Agency agency = context.site().agency();
        Header header = context.site().section(HeaderSection.NAME, Header.class).orElse(Header.defaults());
        boolean en = context.isEnglish();
        String name = en ? Text.first(agency.englishName(), agency.fullName()) : agency.fullName();
        String secondName = en || !header.showEnglishName() ? null : agency.englishName();
        String parent = agency.parent() == null ? null
                : en ? Text.first(agency.parent().englishName(), agency.parent().fullName()) : agency.parent().fullName();
        WebLink search = header.searchUrl() != null ? header.searchUrl()
                : context.site().link("search").orElse(DEFAULT_SEARCH);
        ImageRef logo = agency.logo();
        return new HeaderView(parent, name, secondName,
                logo == null ? null : new Logo(logo.src().value(), logo.altText()),
                "#" + header.mainContentId(), search.value(), header.searchParam());
    }

    /** What the header template reads. */
    public record HeaderView(String parentName, String name, String englishName, Logo logo,
                             String skipTarget, String searchUrl, String searchParam) {
    }

    /** The emblem or logo image. */
    public record Logo(String src, String alt) {
    }
}

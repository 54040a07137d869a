package dev.congkit.widgets.header;

import java.util.List;

import dev.congkit.widgets.language.LanguageSwitcherWidget;
import dev.congkit.core.model.Agency;
import dev.congkit.core.model.ImageRef;
import dev.congkit.core.model.WebLink;
import dev.congkit.core.render.Labels;
import dev.congkit.core.render.RenderContext;
import dev.congkit.core.render.Widget;
import dev.congkit.widgets.internal.Text;

/**
 * The page header widget ({@code header}); see the package documentation.
 *
 * <p>Example:
 * <pre>{@code
 * String header = renderer.render(HeaderWidget.ID, RenderContext.of(site));
 * // <header class="ck-header"> skip link, emblem, "Ủy ban nhân dân tỉnh Thanh Hóa",
 * // "Ủy ban nhân dân xã Mẫu Sơn" as text, search form </header>
 * }</pre>
 */
public final class HeaderWidget implements Widget {

    public static final String ID = "header";
    private static final WebLink DEFAULT_SEARCH = WebLink.of("/tim-kiem");

    @Override
    public String id() {
        return ID;
    }

    @Override
    public List<String> requirements() {
        return List.of("HEADER-NAME", "A11Y-SHORTCUTS");
    }

    @Override
    public Object model(RenderContext context, Labels labels) {
        Agency agency = context.site().agency();
        Header header = context.site().section(Header.SECTION).orElse(Header.defaults());
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
                "#" + header.mainContentId(), search.value(), header.searchParam(),
                header.languageSwitcher() ? LanguageSwitcherWidget.view(context, labels.get("header.languages")) : null);
    }

    /**
     * What the header template reads.
     *
     * <p>Example:
     * <pre>{@code
     * <span class="ck-header__name">{{name}}</span>
     * {{#englishName}}<span lang="en">{{englishName}}</span>{{/englishName}}
     * }</pre>
     */
    public record HeaderView(String parentName, String name, String englishName, Logo logo,
                             String skipTarget, String searchUrl, String searchParam, LanguageSwitcherWidget.View languages) {
    }

    /**
     * The emblem or logo image.
     *
     * <p>Example:
     * <pre>{@code
     * {{#logo}}<img class="ck-header__logo" src="{{src}}" alt="{{alt}}">{{/logo}}
     * }</pre>
     */
    public record Logo(String src, String alt) {
    }
}

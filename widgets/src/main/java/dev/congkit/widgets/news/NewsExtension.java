package dev.congkit.widgets.news;

import dev.congkit.core.Extension;
import dev.congkit.core.check.SiteCheck;
import dev.congkit.core.config.SiteSection;
import dev.congkit.core.render.Widget;

import java.util.List;

/**
 * News and articles (NEWS-COMPLETE, NEWS-CAPTION): the list and article widgets, the {@code news}
 * section and its checks; listed in {@code META-INF/services/dev.congkit.core.Extension}.
 *
 * <p>Example:
 * <pre>{@code
 * new NewsExtension().widgets();   // NewsListWidget, ArticleWidget
 * }</pre>
 */
public final class NewsExtension implements Extension {

    @Override
    public List<Widget> widgets() {
        return List.of(new NewsListWidget(), new ArticleWidget());
    }

    @Override
    public List<SiteSection<?>> sections() {
        return List.of(SiteSection.of(News.SECTION, "News and articles (NEWS-COMPLETE, NEWS-CAPTION)."));
    }

    @Override
    public List<SiteCheck> checks() {
        return List.of(new NewsCheck());
    }
}

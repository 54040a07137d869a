package dev.congkit.core;

import dev.congkit.core.check.SiteCheck;
import dev.congkit.core.config.SiteSection;
import dev.congkit.core.render.Widget;

import java.util.ArrayList;
import java.util.List;
import java.util.ServiceLoader;

/**
 * Everything one widget brings, in one place: the widgets it renders, the section of
 * {@code site.json} it owns and the checks it runs. One class per widget, listed in
 * {@code META-INF/services/dev.congkit.core.Extension}; the renderer, the loader and
 * {@code congkit check} all find it there. A vendor's own widget is added the same way.
 *
 * <p>Example:
 * <pre>{@code
 * // listed in META-INF/services/dev.congkit.core.Extension
 * public final class NoticeExtension implements Extension {
 *     public List<Widget> widgets() { return List.of(new NoticeWidget()); }
 *     public List<SiteSection<?>> sections() { return List.of(SiteSection.of(Notice.SECTION, "A notice under the header.")); }
 *     public List<SiteCheck> checks() { return List.of(new NoticeCheck()); }
 * }
 * }</pre>
 */
public interface Extension {

    default List<Widget> widgets() {
        return List.of();
    }

    default List<SiteSection<?>> sections() {
        return List.of();
    }

    default List<SiteCheck> checks() {
        return List.of();
    }

    /** Every extension on the class path of {@code loader}. */
    static List<Extension> discover(ClassLoader loader) {
        List<Extension> found = new ArrayList<>();
        ServiceLoader.load(Extension.class, loader).forEach(found::add);
        return found;
    }
}

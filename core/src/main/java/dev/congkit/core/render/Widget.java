package dev.congkit.core.render;

import java.util.List;

/**
 * A server-rendered widget: a Mustache template and the view model it is filled from. A widget's
 * {@link dev.congkit.core.Extension} lists it (one listed in
 * {@code META-INF/services/dev.congkit.core.render.Widget} is still found); widgets are stateless and thread-safe.
 *
 * <p>Example:
 * <pre>{@code
 * // listed by the widget's Extension, template notice.mustache beside it
 * public final class NoticeWidget implements Widget {
 *     public String id() { return "notice"; }
 *     public Object model(RenderContext context, Labels labels) {
 *         return context.site().section(Notice.SECTION).orElse(null);   // null renders nothing
 *     }
 * }
 * }</pre>
 */
public interface Widget {

    /** Kebab-case id used in URLs and by {@link WidgetRenderer#render}, e.g. {@code contact-card}. */
    String id();

    /**
     * The class-path folder holding the widget's templates, e.g. {@code dev/congkit/widgets/footer/}.
     * The main template is {@code id() + ".mustache"}; partials live beside it.
     */
    default String templateFolder() {
        return getClass().getPackageName().replace('.', '/') + "/";
    }

    /** Base names of the widget's own message bundles, layered over the core bundle. */
    default List<String> bundles() {
        return List.of(getClass().getPackageName() + ".messages");
    }

    /**
     * The view model for {@code context}, read by the template next to {@code msg} (labels),
     * {@code site} and {@code page}; {@code null} renders nothing (say, a banner out of its window).
     */
    Object model(RenderContext context, Labels labels);

    /**
     * The IDs of the requirement catalogue this widget serves (e.g. {@code SCHEDULE-LEADER}), for
     * documentation, the demo's gallery and auditors; empty when it serves none directly.
     */
    default List<String> requirements() {
        return List.of();
    }

    /**
     * Whether the widget's HTML may be cached and served to other visitors. A widget that shows a
     * visitor's own input or a token of their session (a form) answers {@code false}; fragment
     * caches then render it afresh for each request and tell browsers not to keep it.
     */
    default boolean cacheable() {
        return true;
    }

    /**
     * A widget whose model a function builds from data the caller holds (a database, a form's
     * state): for servlets that render pages of their own with a renderer built from such widgets.
     * It is never cached.
     *
     * @param templateFolder the class-path folder of {@code id + ".mustache"}, e.g. {@code dev/congkit/monitor/}
     * @param bundle         the base name of its message bundle, e.g. {@code dev.congkit.monitor.messages}
     */
    static Widget of(String id, String templateFolder, String bundle, java.util.function.BiFunction<RenderContext, Labels, Object> model) {
        return new dev.congkit.core.render.internal.FunctionWidget(id, templateFolder, bundle, model);
    }

    /**
     * Structured data to emit after the HTML as {@code <script type="application/ld+json">}, or
     * {@code null}. The renderer serialises it so that no value can close the element.
     */
    default Object jsonLd(RenderContext context, Object model) {
        return null;
    }
}

package dev.congkit.core.render;

import com.github.mustachejava.DefaultMustacheFactory;
import com.github.mustachejava.Mustache;
import dev.congkit.core.i18n.Messages;
import dev.congkit.core.internal.Json;
import dev.congkit.core.render.internal.JoinedClassLoader;
import dev.congkit.core.render.internal.SafeHtmlAwareFactory;
import dev.congkit.core.render.internal.TemplateResolver;
import dev.congkit.core.render.internal.TextBuffer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.Set;

/**
 * Renders widgets to HTML fragments. One renderer per application: every template is compiled when
 * it is built (a broken or unsafe template fails at start, not on the first visitor), and
 * {@link #render} is thread-safe.
 *
 * <pre>{@code
 * WidgetRenderer renderer = WidgetRenderer.create();
 * RenderContext ctx = RenderContext.of(site).withPath("/");
 * renderer.render("footer", ctx, writer);
 * }</pre>
 */
public final class WidgetRenderer {

    private final Map<String, Compiled> widgets;

    private WidgetRenderer(List<Widget> widgets, Path overrideFolder, ClassLoader loader) {
        List<String> folders = new ArrayList<>();
        widgets.forEach(w -> folders.add(w.templateFolder()));
        folders.add("dev/congkit/core/templates/");
        DefaultMustacheFactory factory = new SafeHtmlAwareFactory(new TemplateResolver(overrideFolder, folders, loader));
        Map<String, Compiled> compiled = new LinkedHashMap<>();
        for (Widget widget : widgets) {
            if (compiled.containsKey(widget.id())) {
                throw new IllegalStateException("two widgets share the id '" + widget.id() + "'");
            }
            compiled.put(widget.id(), new Compiled(widget, compile(factory, widget), labels(widget, loader)));
        }
        this.widgets = Collections.unmodifiableMap(compiled);
    }

    /** A renderer for every widget on the class path, with the templates shipped in the jars. */
    public static WidgetRenderer create() {
        return builder().build();
    }

    public static Builder builder() {
        return new Builder();
    }

    public Set<String> widgetIds() {
        return widgets.keySet();
    }

    public boolean has(String widgetId) {
        return widgets.containsKey(widgetId);
    }

    /** The widget of {@code widgetId}, to ask it what it serves ({@link Widget#requirements()}) and the like. */
    public java.util.Optional<Widget> widget(String widgetId) {
        Compiled compiled = widgets.get(widgetId);
        return compiled == null ? java.util.Optional.empty() : java.util.Optional.of(compiled.widget());
    }

    /**
     * Writes the widget's HTML to {@code out} (nothing when the widget has nothing to show).
     *
     * @throws UnknownWidgetException when no widget has that id
     */
    public void render(String widgetId, RenderContext context, Writer out) throws IOException {
        Compiled entry = widgets.get(widgetId);
        if (entry == null) {
            throw new UnknownWidgetException(widgetId, widgets.keySet());
        }
        Messages messages = entry.labels.get(context.locale());
        Object model = entry.widget.model(context, Labels.of(messages));
        if (model == null) {
            return;
        }
        Map<String, Object> common = Map.of("msg", messages.tree(), "site", context.site(), "page", new PageView(context));
        entry.template.execute(out, List.of(common, model));
        Object data = entry.widget.jsonLd(context, model);
        if (data != null) {
            out.write("<script type=\"application/ld+json\">");
            out.write(Json.toHtmlSafeJson(data));
            out.write("</script>\n");
        }
    }

    /** The widget's HTML as a string. */
    public String render(String widgetId, RenderContext context) {
        TextBuffer out = new TextBuffer(4096);
        try {
            render(widgetId, context, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    /** Whether the widget's HTML may be cached and shared between visitors ({@link Widget#cacheable()}). */
    public boolean cacheable(String widgetId) {
        Compiled entry = widgets.get(widgetId);
        if (entry == null) {
            throw new UnknownWidgetException(widgetId, widgets.keySet());
        }
        return entry.widget.cacheable();
    }

    /** The labels a widget renders with, for code that composes text around it. */
    public Labels labels(String widgetId, Locale locale) {
        Compiled entry = widgets.get(widgetId);
        if (entry == null) {
            throw new UnknownWidgetException(widgetId, widgets.keySet());
        }
        return Labels.of(entry.labels.get(Locales.supported(locale)));
    }

    private static Mustache compile(DefaultMustacheFactory factory, Widget widget) {
        String name = widget.id() + ".mustache";
        try {
            return factory.compile(name);
        } catch (RuntimeException e) {
            throw new IllegalStateException("widget '" + widget.id() + "': cannot compile " + name + ": " + e.getMessage(), e);
        }
    }

    private static Map<Locale, Messages> labels(Widget widget, ClassLoader loader) {
        Map<Locale, Messages> byLocale = new LinkedHashMap<>();
        List<String> bundles = new ArrayList<>();
        bundles.add(Messages.CORE_BUNDLE);
        bundles.addAll(widget.bundles());
        for (Locale locale : Locales.SUPPORTED) {
            byLocale.put(locale, Messages.load(locale, bundles, loader));
        }
        return byLocale;
    }

    private record Compiled(Widget widget, Mustache template, Map<Locale, Messages> labels) {
    }

    /**
     * What templates see as {@code page}: the current path, language and date.
     *
     * <p>Example:
     * <pre>{@code
     * // in a template overridden by a vendor
     * <p lang="{{page.lang}}">{{msg.footer.owner}}: ...</p>   <!-- page.path, page.today too -->
     * }</pre>
     */
    public record PageView(String path, String lang, String today) {
        PageView(RenderContext context) {
            this(context.path(), context.lang(), context.today().toString());
        }
    }

    /**
     * Configures a renderer.
     *
     * <p>Example:
     * <pre>{@code
     * WidgetRenderer renderer = WidgetRenderer.builder()
     *         .overrideFolder(Path.of("/etc/congkit/templates"))   // a vendor's footer.mustache wins
     *         .build();
     * }</pre>
     */
    public static final class Builder {
        private final List<Widget> widgets = new ArrayList<>();
        private boolean discover = true;
        private Path overrideFolder;
        private ClassLoader loader = WidgetRenderer.class.getClassLoader();

        private Builder() {
        }

        /** A folder whose templates replace the shipped ones of the same file name. */
        public Builder overrideFolder(Path folder) {
            this.overrideFolder = folder == null ? null : folder.toAbsolutePath().normalize();
            return this;
        }

        /** Renders only these widgets instead of discovering them on the class path. */
        public Builder widgets(List<? extends Widget> chosen) {
            widgets.clear();
            widgets.addAll(chosen);
            discover = false;
            return this;
        }

        /**
         * Where widgets are discovered ({@code META-INF/services}); under OSGi, the widgets bundle's loader
         * (e.g. {@code HeaderWidget.class.getClassLoader()}), as no bundle sees another's services.
         */
        public Builder classLoader(ClassLoader classLoader) {
            this.loader = classLoader;
            return this;
        }

        public WidgetRenderer build() {
            List<Widget> all = new ArrayList<>(widgets);
            if (discover) {
                dev.congkit.core.Extension.discover(loader).forEach(extension -> all.addAll(extension.widgets()));
                ServiceLoader.load(Widget.class, loader).forEach(widget -> {
                    if (all.stream().noneMatch(known -> known.getClass() == widget.getClass())) {
                        all.add(widget);
                    }
                });
                all.sort((a, b) -> a.id().compareTo(b.id()));
            }
            // templates and labels are looked up where each widget's class came from, then in core
            List<ClassLoader> loaders = new ArrayList<>();
            loaders.add(loader);
            all.forEach(widget -> loaders.add(widget.getClass().getClassLoader()));
            loaders.add(WidgetRenderer.class.getClassLoader());
            return new WidgetRenderer(all, overrideFolder, JoinedClassLoader.of(loaders));
        }
    }
}

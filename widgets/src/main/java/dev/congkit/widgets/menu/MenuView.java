package dev.congkit.widgets.menu;

import dev.congkit.core.render.RenderContext;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * What the menu templates read. Strings are never {@code null} and presence is a boolean, so a
 * nested entry can never pick up its parent's value through Mustache's context lookup.
 *
 * <p>Example:
 * <pre>{@code
 * <nav class="ck-menu ck-menu--{{variant}}" aria-label="{{ariaLabel}}"><ul>{{#items}}...{{/items}}</ul></nav>
 * }</pre>
 */
public record MenuView(String variant, String ariaLabel, List<Entry> items) {

    /**
     * One entry: a link, a text, or a group that opens a sub-list.
     *
     * <p>Example:
     * <pre>{@code
     * {{#items}}<li>{{#link}}<a href="{{url}}"{{#current}} aria-current="page"{{/current}}>{{label}}</a>{{/link}}</li>{{/items}}
     * }</pre>
     */
    public record Entry(String label, boolean link, String url, boolean current, boolean hasAccessKey, String accessKey,
                        boolean group, boolean open, List<Entry> children) {
    }

    static MenuView of(String variant, String ariaLabel, List<ShownItem> items, RenderContext context) {
        List<Entry> entries = new ArrayList<>();
        for (ShownItem item : items) {
            if (item.children().isEmpty()) {
                entries.add(leaf(item, context));
                continue;
            }
            List<Entry> children = new ArrayList<>();
            if (item.url() != null) {
                children.add(leaf(new ShownItem(item.key(), item.label(), item.url(), null, item.updated(), List.of()), context));
            }
            flatten(item.children(), children, context);
            boolean open = children.stream().anyMatch(Entry::current);
            entries.add(new Entry(item.label(), false, "", false, item.accessKey() != null,
                    item.accessKey() == null ? "" : item.accessKey(), true, open, children));
        }
        return new MenuView(variant, ariaLabel, entries);
    }

    /** Deeper levels are listed in the sub-list, depth first: no link is lost (the check warns). */
    private static void flatten(List<ShownItem> items, List<Entry> into, RenderContext context) {
        for (ShownItem item : items) {
            into.add(leaf(item, context));
            flatten(item.children(), into, context);
        }
    }

    private static Entry leaf(ShownItem item, RenderContext context) {
        boolean link = item.url() != null;
        return new Entry(item.label(), link, link ? item.url() : "", link && isCurrent(item.url(), context),
                item.accessKey() != null, item.accessKey() == null ? "" : item.accessKey(), false, false, List.of());
    }

    /** Whether {@code url} points at the page being rendered (same path on this site). */
    static boolean isCurrent(String url, RenderContext context) {
        String path = sitePath(url, context.baseUrl());
        return path != null && trim(path).equals(trim(context.path()));
    }

    /** The path of a link into this site, or {@code null} for another site or scheme. */
    public static String sitePath(String url, String baseUrl) {
        try {
            URI uri = new URI(url.replace(" ", "%20"));
            if (uri.getScheme() == null) {
                String path = uri.getRawPath();
                return path == null || path.isEmpty() ? null : path.startsWith("/") ? path : "/" + path;
            }
            URI base = new URI(baseUrl);
            boolean sameHost = uri.getHost() != null && uri.getHost().toLowerCase(Locale.ROOT).equals(base.getHost().toLowerCase(Locale.ROOT));
            boolean web = uri.getScheme().equalsIgnoreCase("https") || uri.getScheme().equalsIgnoreCase("http");
            return web && sameHost ? (uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath()) : null;
        } catch (URISyntaxException e) {
            return null;
        }
    }

    private static String trim(String path) {
        return path.length() > 1 && path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
    }
}

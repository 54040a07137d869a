package dev.congkit.widgets.sitemap;

import dev.congkit.core.render.Labels;
import dev.congkit.core.render.RenderContext;
import dev.congkit.core.render.Widget;
import dev.congkit.widgets.menu.MenuResolver;
import dev.congkit.widgets.menu.ShownItem;

import java.util.ArrayList;
import java.util.List;

/**
 * The sitemap page ({@code sitemap}): every entry of both menus as a nested list (SITEMAP).
 *
 * <p>Example:
 * <pre>{@code
 * String sitemap = renderer.render(SitemapWidget.ID, RenderContext.of(site));
 * // <nav class="ck-sitemap"> every menu item shown today, nested as in the menus </nav>
 * }</pre>
 */
public final class SitemapWidget implements Widget {

    public static final String ID = "sitemap";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public List<String> requirements() {
        return List.of("MENU-LAW", "A11Y-SHORTCUTS");
    }

    @Override
    public Object model(RenderContext context, Labels labels) {
        List<List<ShownItem>> menus = MenuResolver.shown(context.site(), context.today(), context.isEnglish());
        List<Node> nodes = new ArrayList<>();
        menus.get(1).forEach(item -> nodes.add(node(item)));
        menus.get(0).forEach(item -> nodes.add(node(item)));
        return new View(labels.get("sitemap.label"), nodes);
    }

    private static Node node(ShownItem item) {
        List<Node> children = item.children().stream().map(SitemapWidget::node).toList();
        return new Node(item.label(), item.url() != null, item.url() == null ? "" : item.url(), !children.isEmpty(), children);
    }

    /**
     * What the template reads.
     *
     * <p>Example:
     * <pre>{@code
     * <nav class="ck-sitemap" aria-label="{{ariaLabel}}"><ul>{{#nodes}}{{> sitemap-node.mustache}}{{/nodes}}</ul></nav>
     * }</pre>
     */
    public record View(String ariaLabel, List<Node> nodes) {
    }

    /**
     * One entry; booleans for presence, so nested entries never read their parent's values.
     *
     * <p>Example:
     * <pre>{@code
     * <li>{{#link}}<a href="{{url}}">{{label}}</a>{{/link}}{{^link}}{{label}}{{/link}}{{#hasChildren}}<ul>...</ul>{{/hasChildren}}</li>
     * }</pre>
     */
    public record Node(String label, boolean link, String url, boolean hasChildren, List<Node> children) {
    }
}

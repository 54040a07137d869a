package dev.congkit.widgets.menu;

import java.time.LocalDate;
import java.util.List;

/**
 * A menu entry as shown on one date in one language: its label, its resolved link ({@code null}
 * for a parent that only opens its sub-menu) and its shown children.
 *
 * <p>Example:
 * <pre>{@code
 * for (ShownItem item : MenuResolver.shownMain(site, LocalDate.now(RenderContext.VIETNAM), false)) {
 *     System.out.println(item.label() + " " + item.url() + " " + item.children().size());
 * }
 * }</pre>
 */
public record ShownItem(String key, String label, String url, String accessKey, LocalDate updated, List<ShownItem> children) {

    public ShownItem {
        children = List.copyOf(children);
    }
}

package dev.congkit.core.render;

import java.util.Collection;

/**
 * No widget is registered under the requested id.
 *
 * <p>Example:
 * <pre>{@code
 * try {
 *     renderer.render("menus", context);
 * } catch (UnknownWidgetException e) {
 *     e.widgetId();   // "menus"; the message lists the known ids
 * }
 * }</pre>
 */
public final class UnknownWidgetException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    private final String widgetId;

    public UnknownWidgetException(String widgetId, Collection<String> known) {
        super("unknown widget '" + widgetId + "' (known: " + String.join(", ", known) + ")");
        this.widgetId = widgetId;
    }

    public String widgetId() {
        return widgetId;
    }
}

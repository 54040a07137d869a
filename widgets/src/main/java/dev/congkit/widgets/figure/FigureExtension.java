package dev.congkit.widgets.figure;

import dev.congkit.core.Extension;
import dev.congkit.core.render.Widget;

import java.util.List;

/**
 * The captioned figure:
 * the widgets, their section of {@code site.json} and their checks, in one place; listed in
 * {@code META-INF/services/dev.congkit.core.Extension}.
 *
 * <p>Example:
 * <pre>{@code
 * new FigureExtension().widgets();   // FigureWidget
 * }</pre>
 */
public final class FigureExtension implements Extension {

    @Override
    public List<Widget> widgets() {
        return List.of(new FigureWidget());
    }
}

package dev.congkit.feedback;

import dev.congkit.core.Extension;
import dev.congkit.core.render.Widget;

import java.util.List;

/**
 * The feedback module's widgets, found by every renderer on the class path: {@code feedback-form}
 * and {@code rating}. Listed in {@code META-INF/services/dev.congkit.core.Extension}.
 *
 * <p>Example:
 * <pre>{@code
 * WidgetRenderer.create().has(RatingWidget.ID);   // true with congkit-feedback on the class path
 * }</pre>
 */
public final class FeedbackExtension implements Extension {

    @Override
    public List<Widget> widgets() {
        return List.of(new FeedbackFormWidget(), new RatingWidget());
    }
}

package dev.congkit.feedback.internal;

import dev.congkit.core.render.Labels;
import dev.congkit.core.render.RenderContext;
import dev.congkit.core.render.Widget;

import java.util.List;
import java.util.function.BiFunction;

/** A page part the feedback servlets render with their own data (the status, the Q&A, the staff's pages). */
public record ViewWidget(String id, BiFunction<RenderContext, Labels, Object> models) implements Widget {

    @Override
    public String templateFolder() {
        return "dev/congkit/feedback/";
    }

    @Override
    public List<String> bundles() {
        return List.of("dev.congkit.feedback.messages");
    }

    @Override
    public Object model(RenderContext context, Labels labels) {
        return models.apply(context, labels);
    }
}

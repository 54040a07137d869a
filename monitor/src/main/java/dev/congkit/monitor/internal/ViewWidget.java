package dev.congkit.monitor.internal;

import dev.congkit.core.render.Labels;
import dev.congkit.core.render.RenderContext;
import dev.congkit.core.render.Widget;

import java.util.List;
import java.util.function.BiFunction;

/** A dashboard part rendered from the monitor's own data. */
public record ViewWidget(String id, BiFunction<RenderContext, Labels, Object> models) implements Widget {

    @Override
    public String templateFolder() {
        return "dev/congkit/monitor/";
    }

    @Override
    public List<String> bundles() {
        return List.of("dev.congkit.monitor.messages");
    }

    @Override
    public boolean cacheable() {
        return false;
    }

    @Override
    public Object model(RenderContext context, Labels labels) {
        return models.apply(context, labels);
    }
}

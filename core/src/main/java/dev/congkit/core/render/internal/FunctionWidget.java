package dev.congkit.core.render.internal;

import dev.congkit.core.render.Labels;
import dev.congkit.core.render.RenderContext;
import dev.congkit.core.render.Widget;

import java.util.List;
import java.util.Objects;
import java.util.function.BiFunction;

/** The widget {@link Widget#of} makes: a template, a bundle and a function over data of its own; never cached. */
public record FunctionWidget(String id, String templateFolder, String bundle, BiFunction<RenderContext, Labels, Object> models) implements Widget {

    public FunctionWidget {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(templateFolder, "templateFolder");
        Objects.requireNonNull(bundle, "bundle");
        Objects.requireNonNull(models, "models");
    }

    @Override
    public List<String> bundles() {
        return List.of(bundle);
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

package dev.congkit.core.render;

import java.util.List;
import java.util.Map;

/** A small widget for renderer tests: labels, site data, model data, JSON-LD. */
public final class GreetingWidget implements Widget {

    @Override
    public String id() {
        return "greeting";
    }

    @Override
    public String templateFolder() {
        return "dev/congkit/core/render/testwidget/";
    }

    @Override
    public List<String> bundles() {
        return List.of("dev.congkit.core.render.testwidget.messages");
    }

    @Override
    public Object model(RenderContext context, Labels labels) {
        String who = context.param("who");
        return "nobody".equals(who) ? null : new Model(who == null ? context.site().agency().fullName() : who,
                List.of("Trang chủ", "Giới thiệu"));
    }

    @Override
    public Object jsonLd(RenderContext context, Object model) {
        Map<String, Object> data = new java.util.LinkedHashMap<>();
        data.put("@context", "https://schema.org");
        data.put("name", ((Model) model).who());
        return data;
    }

    public record Model(String who, List<String> items) {
    }
}

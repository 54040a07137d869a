package dev.congkit.store.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import dev.congkit.core.model.SiteConfig;

import java.lang.reflect.RecordComponent;
import java.util.List;

/**
 * What the content rows take from the validated site rather than from the input: a slug left to
 * its default (the number and year of a document, the title of an article or album) becomes the
 * row's key, and an article body is stored as the sanitiser left it. The store knows the sections
 * by their JSON names only, so the bound records are read by their component names. Internal.
 */
final class ContentRows {

    /** Section, list and the fields each row takes from the bound record. */
    private static final List<String[]> FROM_BOUND = List.of(
            new String[] {"documents", "items", "slug"},
            new String[] {"news", "articles", "slug", "body"},
            new String[] {"gallery", "albums", "slug"});

    private ContentRows() {
    }

    static void normalise(ObjectNode site, SiteConfig bound) {
        for (String[] spec : FROM_BOUND) {
            Object section = bound.sections().get(spec[0]);
            JsonNode rows = site.path(spec[0]).path(spec[1]);
            if (section == null || !rows.isArray() || !(component(section, spec[1]) instanceof List<?> records)) {
                continue;
            }
            for (int i = 0; i < rows.size() && i < records.size(); i++) {
                for (int f = 2; f < spec.length; f++) {
                    Object value = component(records.get(i), spec[f]);
                    if (value != null) {
                        ((ObjectNode) rows.get(i)).set(spec[f], TextNode.valueOf(value.toString()));
                    }
                }
            }
        }
    }

    /** A record's component by name, or {@code null}. */
    private static Object component(Object record, String name) {
        if (!record.getClass().isRecord()) {
            return null;
        }
        for (RecordComponent component : record.getClass().getRecordComponents()) {
            if (component.getName().equals(name)) {
                try {
                    return component.getAccessor().invoke(record);
                } catch (ReflectiveOperationException e) {
                    throw new IllegalStateException("cannot read " + name + " of " + record.getClass().getName(), e);
                }
            }
        }
        return null;
    }
}

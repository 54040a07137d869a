package dev.congkit.core.check.internal;

import dev.congkit.core.model.SiteConfig;
import dev.congkit.core.model.TextValue;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;

/** Every text value of a site with its path as the loader names it ({@code officials[0].fullName}). Internal. */
public final class TextFields {

    private TextFields() {
    }

    public static void each(SiteConfig site, BiConsumer<String, String> visitor) {
        for (RecordComponent component : SiteConfig.class.getRecordComponents()) {
            if (!component.getName().equals("sections")) {
                walk(read(component, site), component.getName(), visitor);
            }
        }
        site.sections().forEach((name, section) -> walk(section, name, visitor));
    }

    private static void walk(Object value, String path, BiConsumer<String, String> visitor) {
        if (value instanceof String text) {
            visitor.accept(path, text);
        } else if (value instanceof TextValue text) {
            visitor.accept(path, text.value());   // written as one JSON string: the path ends here
        } else if (value instanceof Record record) {
            for (RecordComponent component : record.getClass().getRecordComponents()) {
                walk(read(component, record), path + "." + component.getName(), visitor);
            }
        } else if (value instanceof List<?> list) {
            for (int i = 0; i < list.size(); i++) {
                walk(list.get(i), path + "[" + i + "]", visitor);
            }
        } else if (value instanceof Map<?, ?> map) {
            map.forEach((key, item) -> walk(item, path + "." + key, visitor));
        }
    }

    private static Object read(RecordComponent component, Object record) {
        try {
            return component.getAccessor().invoke(record);
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException("cannot read " + component, e);
        }
    }
}

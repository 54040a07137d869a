package dev.congkit.widgets.internal;

import java.util.Map;

/** Small text helpers shared by widgets. Internal: no compatibility promise. */
public final class Text {

    private Text() {
    }

    /** The first argument that is not {@code null}. */
    public static String first(String... candidates) {
        for (String candidate : candidates) {
            if (candidate != null) {
                return candidate;
            }
        }
        return null;
    }

    public static void putIfPresent(Map<String, Object> map, String key, Object value) {
        if (value != null) {
            map.put(key, value);
        }
    }
}

package dev.congkit.core.render;

import dev.congkit.core.i18n.Messages;

/**
 * The labels of one widget in the language being rendered, for models that compose text.
 *
 * <p>Example:
 * <pre>{@code
 * Labels labels = renderer.labels("footer", Locale.ENGLISH);
 * labels.get("footer.owner");                        // "Owning agency"
 * labels.format("footer.notice", "UBND xã Mẫu Sơn");   // "Please cite “UBND xã Mẫu Sơn” as the source ..."
 * }</pre>
 */
@FunctionalInterface
public interface Labels {

    String get(String key);

    default String format(String key, Object... args) {
        String text = get(key);
        for (int i = 0; i < args.length; i++) {
            text = text.replace("{" + i + "}", String.valueOf(args[i]));
        }
        return text;
    }

    static Labels of(Messages messages) {
        return messages::get;
    }
}

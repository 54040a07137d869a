package dev.congkit.core.i18n;

import dev.congkit.core.render.Locales;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.TreeMap;

/**
 * Labels in one language, merged from several bundles. Each base bundle ({@code messages.properties})
 * is Vietnamese, {@code messages_en.properties} English; the JVM's default locale never leaks in.
 * Templates read labels as {@code {{msg.footer.owner}}}: dotted keys become nested maps.
 *
 * <p>Example:
 * <pre>{@code
 * Messages labels = Messages.load(Locale.forLanguageTag("vi"),
 *         List.of(Messages.CORE_BUNDLE, "dev.congkit.widgets.footer.messages"), getClass().getClassLoader());
 * labels.get("footer.owner");   // "Cơ quan chủ quản"
 * }</pre>
 */
public final class Messages {

    /** The bundle of labels shared by every widget. */
    public static final String CORE_BUNDLE = "dev.congkit.core.i18n.messages";

    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    private final Locale locale;
    private final Map<String, String> flat;
    private final Map<String, Object> tree;

    private Messages(Locale locale, Map<String, String> flat) {
        this.locale = locale;
        this.flat = Collections.unmodifiableMap(flat);
        this.tree = nest(flat);
    }

    /** The labels of {@code bundles} (base names; later ones win) in {@code locale}. */
    public static Messages load(Locale locale, List<String> bundles, ClassLoader loader) {
        Locale supported = Locales.supported(locale);
        Map<String, String> flat = new TreeMap<>();
        for (String base : bundles) {
            ResourceBundle bundle;
            try {
                bundle = ResourceBundle.getBundle(base, supported, loader, NO_FALLBACK);
            } catch (MissingResourceException e) {
                throw new IllegalStateException("message bundle " + base + " is missing", e);
            }
            for (String key : bundle.keySet()) {
                flat.put(key, bundle.getString(key));
            }
        }
        return new Messages(supported, flat);
    }

    public Locale locale() {
        return locale;
    }

    public Optional<String> find(String key) {
        return Optional.ofNullable(flat.get(key));
    }

    /** The label for {@code key}; a missing key is a bug, so it fails loudly. */
    public String get(String key) {
        String value = flat.get(key);
        if (value == null) {
            throw new IllegalStateException("no label '" + key + "' for " + locale);
        }
        return value;
    }

    public Map<String, String> asMap() {
        return flat;
    }

    /** Dotted keys as nested maps, for templates. */
    public Map<String, Object> tree() {
        return tree;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> nest(Map<String, String> flat) {
        Map<String, Object> root = new LinkedHashMap<>();
        flat.forEach((key, value) -> {
            String[] parts = key.split("\\.");
            Map<String, Object> node = root;
            for (int i = 0; i < parts.length - 1; i++) {
                Object child = node.computeIfAbsent(parts[i], k -> new LinkedHashMap<String, Object>());
                if (!(child instanceof Map)) {
                    throw new IllegalStateException("label key '" + key + "' clashes with the label '" + parts[i] + "'");
                }
                node = (Map<String, Object>) child;
            }
            if (node.put(parts[parts.length - 1], value) instanceof Map) {
                throw new IllegalStateException("label key '" + key + "' is also a prefix of other keys");
            }
        });
        return freeze(root);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> freeze(Map<String, Object> map) {
        map.replaceAll((k, v) -> v instanceof Map ? freeze((Map<String, Object>) v) : v);
        return Collections.unmodifiableMap(map);
    }
}

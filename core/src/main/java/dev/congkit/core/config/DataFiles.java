package dev.congkit.core.config;

import com.fasterxml.jackson.databind.JsonNode;
import dev.congkit.core.internal.TreeBinder;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * Reads the data files that ship in jars (rule sets, menu and feedback presets, image budgets)
 * with the same strict binding as {@code site.json}. Broken shipped data is a bug, so it fails
 * loudly with every problem named.
 *
 * <p>Example:
 * <pre>{@code
 * Map<String, SlotBudget> slots = DataFiles.readMap(getClass().getClassLoader(),
 *         "dev/congkit/image/slots.json", SlotBudget.class);   // unknown keys are refused, naming the path
 * }</pre>
 */
public final class DataFiles {

    private DataFiles() {
    }

    /** The class-path resource bound to one record. */
    public static <T extends Record> T read(ClassLoader loader, String resource, Class<T> type) {
        return bind(resource, parse(loader, resource), type, "");
    }

    /** The class-path resource holding a JSON object whose values are each bound to a record, in file order. */
    public static <T extends Record> Map<String, T> readMap(ClassLoader loader, String resource, Class<T> type) {
        return bindMap(resource, parse(loader, resource), type);
    }

    /** A JSON object whose values are each bound to a record; {@code source} names it in errors. */
    public static <T extends Record> Map<String, T> bindMap(String source, JsonNode node, Class<T> type) {
        Map<String, T> values = new LinkedHashMap<>();
        node.fields().forEachRemaining(entry -> values.put(entry.getKey(), bind(source, entry.getValue(), type, entry.getKey())));
        return Collections.unmodifiableMap(values);
    }

    private static <T extends Record> T bind(String source, JsonNode node, Class<T> type, String path) {
        TreeBinder binder = new TreeBinder();
        T value = binder.bindRecord(node, type, path, Map.of(), Set.of());
        if (value == null) {
            throw new IllegalStateException(source + ": " + binder.problems());
        }
        return value;
    }

    private static JsonNode parse(ClassLoader loader, String resource) {
        try (InputStream in = loader.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + " is missing from the class path");
            }
            return SiteConfigLoader.parse(resource, new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (ConfigException e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
    }
}

package dev.congkit.core.config;

/**
 * Registers a widget's own section of {@code site.json} (say {@code "footer"}) and the record type
 * that binds it, so that core can load sections it does not know at compile time and still reject
 * unknown keys. Implementations are listed in
 * {@code META-INF/services/dev.congkit.core.config.SiteSection}.
 *
 * @param <T> the record type of the section
 */
public interface SiteSection<T extends Record> {

    /** The key in {@code site.json}: camelCase, English. */
    String name();

    Class<T> type();

    /** One line for the JSON Schema, shown by editors. */
    default String description() {
        return "The " + name() + " section.";
    }
}

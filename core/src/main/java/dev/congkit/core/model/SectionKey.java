package dev.congkit.core.model;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * The typed key of a widget's own section of {@code site.json}: its name and the record that binds
 * it. Each widget owns its key, so callers never spell a section's name or cast.
 *
 * <p>Example:
 * <pre>{@code
 * public record Notice(String text) {
 *     public static final SectionKey<Notice> SECTION = SectionKey.of("notice", Notice.class);
 * }
 * Optional<Notice> notice = site.section(Notice.SECTION);
 * SiteConfig withNotice = site.withSection(Notice.SECTION, new Notice("Lịch tiếp công dân tháng 12"));
 * }</pre>
 *
 * @param name the key in {@code site.json}: camelCase, English
 * @param type the record that binds it
 */
public record SectionKey<T extends Record>(String name, Class<T> type) {

    private static final Pattern NAME = Pattern.compile("[a-z][A-Za-z0-9]*");

    public SectionKey {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(type, "type");
        if (!NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("a section name is a camelCase identifier, but was '" + name + "'");
        }
    }

    public static <T extends Record> SectionKey<T> of(String name, Class<T> type) {
        return new SectionKey<>(name, type);
    }
}

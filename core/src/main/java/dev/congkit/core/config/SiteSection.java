package dev.congkit.core.config;

/**
 * Registers a widget's own section of {@code site.json} (say {@code "footer"}) and the record type
 * that binds it, so that core can load sections it does not know at compile time and still reject
 * unknown keys. Implementations are listed in
 * {@code META-INF/services/dev.congkit.core.config.SiteSection}.
 *
 * <p>Example:
 * <pre>{@code
 * public record Notice(String text) {
 *     public static final SectionKey<Notice> SECTION = SectionKey.of("notice", Notice.class);
 * }
 * // listed in META-INF/services/dev.congkit.core.config.SiteSection
 * public final class NoticeSection implements SiteSection<Notice> {
 *     public String name() { return Notice.SECTION.name(); }
 *     public Class<Notice> type() { return Notice.SECTION.type(); }
 * }
 * // site.json: { "agency": { ... }, "notice": { "text": "Lịch tiếp công dân tháng 12" } }
 * Optional<Notice> notice = site.section(Notice.SECTION);
 * }</pre>
 *
 * @param <T> the record type of the section
 */
public interface SiteSection<T extends Record> {

    /** The key in {@code site.json}: camelCase, English. */
    String name();

    Class<T> type();

    /**
     * Rules that need the rest of the site (say, an override naming an item of the preset the site's
     * rule set selects). Paths are relative to the section. Called only when everything else loaded.
     */
    default java.util.List<dev.congkit.core.model.Violation> validate(T section, dev.congkit.core.model.SiteConfig site) {
        return java.util.List.of();
    }

    /** One line for the JSON Schema, shown by editors. */
    default String description() {
        return "The " + name() + " section.";
    }
}

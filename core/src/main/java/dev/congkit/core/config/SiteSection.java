package dev.congkit.core.config;

/**
 * A widget's own section of {@code site.json} (say {@code "footer"}) and the record type that binds
 * it, so that core can load sections it does not know at compile time and still reject unknown
 * keys. A widget's {@link dev.congkit.core.Extension} lists it; a section whose record carries all its
 * rules is just {@link #of(dev.congkit.core.model.SectionKey, String)}. (Implementations listed in
 * {@code META-INF/services/dev.congkit.core.config.SiteSection} are still found.)
 *
 * <p>Example:
 * <pre>{@code
 * public record Notice(String text) {
 *     public static final SectionKey<Notice> SECTION = SectionKey.of("notice", Notice.class);
 * }
 * SiteSection<Notice> section = SiteSection.of(Notice.SECTION, "A notice under the header.");   // in the widget's Extension
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

    /** A section that needs no rule beyond its record's own: its key and a line for the JSON Schema. */
    static <T extends Record> SiteSection<T> of(dev.congkit.core.model.SectionKey<T> key, String description) {
        return new SiteSection<>() {
            @Override
            public String name() {
                return key.name();
            }

            @Override
            public Class<T> type() {
                return key.type();
            }

            @Override
            public String description() {
                return description;
            }
        };
    }
}

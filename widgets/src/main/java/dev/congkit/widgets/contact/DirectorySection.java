package dev.congkit.widgets.contact;

import dev.congkit.core.config.SiteSection;

/**
 * Registers the {@code directory} section of {@code site.json}.
 *
 * <p>Example:
 * <pre>{@code
 * // the "directory" key of site.json, bound to Directory; listed in META-INF/services
 * Optional<Directory> directory = site.section(Directory.SECTION);
 * }</pre>
 */
public final class DirectorySection implements SiteSection<Directory> {


    @Override
    public String name() {
        return Directory.SECTION.name();
    }

    @Override
    public Class<Directory> type() {
        return Directory.SECTION.type();
    }

    @Override
    public String description() {
        return "The officials' directory: organisation order and English names, last update, vCard path (CONTACT-DIRECTORY, CONTACT-POLITICAL).";
    }
}

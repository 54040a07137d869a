package dev.congkit.widgets.contact;

import dev.congkit.core.config.SiteSection;

/**
 * Registers the {@code directory} section of {@code site.json}.
 *
 * <p>Example:
 * <pre>{@code
 * // the "directory" key of site.json, bound to Directory; listed in META-INF/services
 * Optional<Directory> directory = site.section(DirectorySection.NAME, Directory.class);
 * }</pre>
 */
public final class DirectorySection implements SiteSection<Directory> {

    public static final String NAME = "directory";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public Class<Directory> type() {
        return Directory.class;
    }

    @Override
    public String description() {
        return "The officials' directory: organisation order and English names, last update, vCard path (CONTACT-DIRECTORY, CONTACT-POLITICAL).";
    }
}

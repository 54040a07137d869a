package dev.congkit.core.config;

import dev.congkit.core.model.SiteConfig;

import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.ServiceLoader;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The widget sections a loader knows, by name; immutable.
 *
 * <p>Example:
 * <pre>{@code
 * SectionRegistry sections = SectionRegistry.discover();   // every widget jar on the class path
 * sections.names();                                       // [banners, feedbackBanner, footer, ...]
 * SiteConfigLoader loader = SiteConfigLoader.of(sections);
 * }</pre>
 */
public final class SectionRegistry {

    private static final Pattern NAME = Pattern.compile("[a-z][A-Za-z0-9]*");

    private final List<SiteSection<?>> sections;

    private SectionRegistry(List<SiteSection<?>> sections) {
        Set<String> reserved = Arrays.stream(SiteConfig.class.getRecordComponents())
                .map(RecordComponent::getName).collect(Collectors.toSet());
        List<String> seen = new ArrayList<>();
        for (SiteSection<?> section : sections) {
            String name = section.name();
            if (!NAME.matcher(name).matches() || reserved.contains(name) || seen.contains(name)) {
                throw new IllegalStateException("section name '" + name + "' of " + section.getClass().getName()
                        + " must be a unique camelCase name that is not a core key " + reserved);
            }
            seen.add(name);
        }
        this.sections = List.copyOf(sections);
    }

    /** Every section the {@link dev.congkit.core.Extension}s on the class path bring (and any registered on its own). */
    public static SectionRegistry discover() {
        return discover(SectionRegistry.class.getClassLoader());
    }

    /**
     * Every section the extensions visible to {@code loader} bring; under OSGi, the widgets bundle's loader
     * (e.g. {@code HeaderWidget.class.getClassLoader()}), as no bundle sees another's services.
     */
    public static SectionRegistry discover(ClassLoader loader) {
        List<SiteSection<?>> found = new ArrayList<>();
        dev.congkit.core.Extension.discover(loader).forEach(extension -> found.addAll(extension.sections()));
        for (SiteSection<?> section : ServiceLoader.load(SiteSection.class, loader)) {
            if (found.stream().noneMatch(known -> known.getClass() == section.getClass())) {
                found.add(section);
            }
        }
        found.sort((a, b) -> a.name().compareTo(b.name()));
        return new SectionRegistry(found);
    }

    public static SectionRegistry of(Collection<? extends SiteSection<?>> sections) {
        return new SectionRegistry(new ArrayList<>(sections));
    }

    public List<SiteSection<?>> all() {
        return sections;
    }

    public List<String> names() {
        return sections.stream().map(SiteSection::name).toList();
    }
}

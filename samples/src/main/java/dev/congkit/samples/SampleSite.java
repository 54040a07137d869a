package dev.congkit.samples;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.congkit.core.config.ConfigException;
import dev.congkit.core.config.SiteConfigLoader;
import dev.congkit.core.model.SiteConfig;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

/** The bundled sample commune, "UBND xã Mẫu Sơn (dữ liệu mẫu)", with its dates moved to this week. */
final class SampleSite {

    static final String RESOURCE = "site.json";

    private SampleSite() {
    }

    static SiteConfig load(LocalDate today) throws ConfigException {
        return SiteConfigLoader.withRegisteredSections().load(RESOURCE + " (sample)", tree(today));
    }

    /** The sample as a {@code site.json} tree, its dates moved to the week of {@code today}. */
    static ObjectNode tree(LocalDate today) throws ConfigException {
        String text;
        try (InputStream in = SampleSite.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("the sample " + RESOURCE + " is missing from the class path");
            }
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ObjectNode tree = (ObjectNode) SiteConfigLoader.parse(RESOURCE, text);
        SampleDates.shift(tree, today);
        return tree;
    }
}

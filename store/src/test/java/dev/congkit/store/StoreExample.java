package dev.congkit.store;

import dev.congkit.core.config.ConfigException;
import dev.congkit.core.config.SiteConfigLoader;
import dev.congkit.core.source.SitesByHost;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

// INTEGRATION.md shows this method as written (IntegrationGuideTest compares them)
final class StoreExample {

    private StoreExample() {
    }

    static SitesByHost sites(Path databaseFile, Path siteJson) throws IOException, ConfigException {
        SiteStore store = SiteStore.embedded(databaseFile);                  // or SiteStore.open("jdbc:postgresql://…", user, password)
        if (store.hosts().isEmpty()) {
            String text = Files.readString(siteJson, StandardCharsets.UTF_8);
            Saved saved = store.save(siteJson.toString(), SiteConfigLoader.parse(siteJson.toString(), text));   // all checks first
            saved.warnings().forEach(warning -> System.err.println(warning.format(saved.host())));
        }
        return store;                                                        // SiteResolver.byHost(store) in the servlet layer
    }
}

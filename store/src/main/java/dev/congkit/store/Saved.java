package dev.congkit.store;

import dev.congkit.core.check.Finding;

import java.util.List;

/**
 * What a save wrote: the site's host, its new data version, and warnings about the text written
 * (text typed in a legacy Vietnamese encoding, with the field and the converted text).
 *
 * <p>Example:
 * <pre>{@code
 * Saved saved = store.save("site.json", tree);
 * saved.warnings().forEach(w -> System.out.println(w.format(saved.host())));
 * }</pre>
 */
public record Saved(String host, long version, List<Finding> warnings) {
    public Saved {
        warnings = List.copyOf(warnings);
    }
}

package dev.congkit.core.i18n;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertEquals;

public class MessagesTest {

    @Test
    void vietnameseIsTheDefaultWhateverTheJvmLocale() {
        Locale before = Locale.getDefault();
        try {
            Locale.setDefault(Locale.US);
            Messages vi = Messages.load(Locale.forLanguageTag("vi"), List.of(Messages.CORE_BUNDLE), getClass().getClassLoader());
            assertEquals("Điện thoại", vi.get("common.phone"));
            Messages other = Messages.load(Locale.GERMAN, List.of(Messages.CORE_BUNDLE), getClass().getClassLoader());
            assertEquals("Điện thoại", other.get("common.phone"));
            Messages en = Messages.load(Locale.UK, List.of(Messages.CORE_BUNDLE), getClass().getClassLoader());
            assertEquals("Phone", en.get("common.phone"));
        } finally {
            Locale.setDefault(before);
        }
    }

    @Test
    void bothLanguagesHaveTheSameKeys() {
        assertBundlesMatch(Messages.CORE_BUNDLE, getClass().getClassLoader());
    }

    /** Every key of the Vietnamese bundle exists in English and the other way round. */
    public static void assertBundlesMatch(String bundle, ClassLoader loader) {
        // read the files themselves: a loaded English bundle would silently fall back to Vietnamese keys
        assertEquals(keys(bundle + ".properties", loader), keys(bundle + "_en.properties", loader),
                bundle + ": Vietnamese and English keys differ");
    }

    private static java.util.Set<Object> keys(String resource, ClassLoader loader) {
        try (var in = loader.getResourceAsStream(resource.substring(0, resource.indexOf(".properties")).replace('.', '/') + ".properties")) {
            java.util.Properties properties = new java.util.Properties();
            properties.load(new java.io.InputStreamReader(java.util.Objects.requireNonNull(in, resource), java.nio.charset.StandardCharsets.UTF_8));
            return new java.util.TreeSet<>(properties.keySet());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void templatesSeeNestedLabels() {
        Messages vi = Messages.load(Locale.forLanguageTag("vi"), List.of(Messages.CORE_BUNDLE), getClass().getClassLoader());
        assertEquals("Xã", ((java.util.Map<?, ?>) vi.tree().get("level")).get("XA"));
    }
}

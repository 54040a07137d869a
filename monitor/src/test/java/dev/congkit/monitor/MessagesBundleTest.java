package dev.congkit.monitor;

import dev.congkit.core.i18n.MessagesTest;
import org.junit.jupiter.api.Test;

/** The dashboard's Vietnamese and English bundles hold the same keys. */
class MessagesBundleTest {

    @Test
    void vietnameseAndEnglishHaveTheSameKeys() {
        MessagesTest.assertBundlesMatch("dev/congkit/monitor/messages", MessagesBundleTest.class.getClassLoader());
    }
}

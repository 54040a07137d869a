package dev.congkit.feedback;

import dev.congkit.core.i18n.MessagesTest;
import org.junit.jupiter.api.Test;

/** The feedback pages' Vietnamese and English bundles hold the same keys. */
class MessagesBundleTest {

    @Test
    void vietnameseAndEnglishHaveTheSameKeys() {
        MessagesTest.assertBundlesMatch("dev/congkit/feedback/messages", MessagesBundleTest.class.getClassLoader());
    }
}

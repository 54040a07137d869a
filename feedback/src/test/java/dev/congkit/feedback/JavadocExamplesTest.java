package dev.congkit.feedback;

import dev.congkit.core.ApiDocs;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Every public type of the feedback module is documented with an example. */
class JavadocExamplesTest {

    @Test
    void everyPublicTypeHasAnExample() {
        assertEquals(List.of(), ApiDocs.typesWithoutExample(Path.of("src/main/java")));
    }
}

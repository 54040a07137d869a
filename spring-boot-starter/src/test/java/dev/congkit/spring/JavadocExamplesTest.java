package dev.congkit.spring;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.congkit.core.ApiDocs;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Every public type of the published API is documented with an example (issue #8). */
class JavadocExamplesTest {

    @Test
    void everyPublicTypeHasAnExample() {
        assertEquals(List.of(), ApiDocs.typesWithoutExample(Path.of("src/main/java")));
    }
}

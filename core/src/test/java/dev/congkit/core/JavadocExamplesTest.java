package dev.congkit.core;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Every public type of the published API is documented with an example (issue #8). */
class JavadocExamplesTest {

    @Test
    void everyPublicTypeOfCoreHasAnExample() {
        assertEquals(List.of(), ApiDocs.typesWithoutExample(Path.of("src/main/java")));
    }

    @Test
    void aPublicTypeWithoutExampleIsNamed() {
        String source = """
                package p;

                /**
                 * Documented, with an example.
                 * <pre>{@code
                 * new Good();
                 * }</pre>
                 */
                @Deprecated(since = "a (quoted) reason")
                public final class Good {
                    /** Documented, but no example. */
                    public record Nested(String a) {
                    }

                    record Hidden() {
                    }
                }
                """;
        assertEquals(List.of("p/Good.java: Nested"), ApiDocs.typesWithoutExample(Path.of("p/Good.java"), source));
    }

    @Test
    void aPublicTypeWithoutJavadocIsNamedAndPackagePrivateFilesAreNotApi() {
        assertEquals(List.of("A.java: A"), ApiDocs.typesWithoutExample(Path.of("A.java"), "public interface A {}"));
        assertEquals(List.of(), ApiDocs.typesWithoutExample(Path.of("B.java"),
                "final class B {\n    public record Inner() {}\n}"));
    }
}

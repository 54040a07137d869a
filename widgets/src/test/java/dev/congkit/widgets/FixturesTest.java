package dev.congkit.widgets;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Golden-file tests over every fixture of every widget. Regenerate the expected files with
 * {@code mvn -pl widgets test -Dcongkit.regenerate=true} and review the diff.
 */
class FixturesTest {

    private static final boolean REGENERATE = Boolean.getBoolean("congkit.regenerate");
    private static final List<String> REQUIRED_SCENARIOS = List.of("preset", "english", "minimal", "long-names", "hostile-escaped", "hostile-links");

    static List<Fixture> fixtures() throws IOException {
        try (Stream<Path> files = Files.walk(Fixture.ROOT)) {
            return files.filter(p -> p.toString().endsWith(".json") && p.getParent().getParent().getFileName().toString().equals("fixtures"))
                    .sorted().map(p -> new Fixture(
                    p.getParent().getFileName().toString(), p.getFileName().toString().replace(".json", ""), p)).toList();
        }
    }

    @TestFactory
    Stream<DynamicTest> everyFixtureRendersItsGoldenOutputSafely() throws IOException {
        return fixtures().stream().map(fixture -> DynamicTest.dynamicTest(fixture.toString(), () -> {
            String produced = fixture.produce();
            boolean refused = produced.startsWith("ERRORS\n");
            Path expected = refused ? fixture.expectedErrors() : fixture.expectedHtml();
            String body = refused ? produced.substring("ERRORS\n".length()) : produced;
            if (REGENERATE) {
                Files.deleteIfExists(fixture.expectedErrors());
                Files.deleteIfExists(fixture.expectedHtml());
                Files.writeString(expected, body, StandardCharsets.UTF_8);
            }
            assertTrue(Files.exists(expected), fixture + ": expected " + expected.getFileName()
                    + " (run with -Dcongkit.regenerate=true and review)");
            assertEquals(Files.readString(expected, StandardCharsets.UTF_8), body, fixture.toString());
            if (!refused) {
                HtmlSafety.assertSafe(fixture.toString(), produced);
            }
        }));
    }

    @Test
    void everyWidgetHasTheStandardScenarios() throws IOException {
        List<dev.congkit.core.render.Widget> widgets = dev.congkit.core.Extension.discover(getClass().getClassLoader()).stream()
                .flatMap(extension -> extension.widgets().stream()).toList();
        assertEquals(Fixture.RENDERER.widgetIds().size(), widgets.size());
        for (dev.congkit.core.render.Widget widget : widgets) {
            for (String scenario : REQUIRED_SCENARIOS) {
                assertTrue(Files.exists(Fixture.folder(widget).resolve(scenario + ".json")),
                        "widget " + widget.id() + " needs the fixture " + Fixture.folder(widget).resolve(scenario + ".json"));
            }
        }
    }
}

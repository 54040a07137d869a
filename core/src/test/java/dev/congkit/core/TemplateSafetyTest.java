package dev.congkit.core;

import dev.congkit.core.render.internal.TemplateResolver;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** No template shipped by any module writes a value unescaped. */
class TemplateSafetyTest {

    @Test
    void noShippedTemplateHasAnUnescapedTag() throws IOException {
        Path root = Path.of("..").toAbsolutePath().normalize();
        assertTrue(Files.isRegularFile(root.resolve("pom.xml")), "runs from a module folder of the repository");
        List<Path> templates;
        try (Stream<Path> files = Files.walk(root)) {
            templates = files.filter(p -> p.toString().endsWith(".mustache"))
                    .filter(p -> !p.toString().contains("/target/") && !p.toString().contains("/node_modules/"))
                    .filter(p -> !p.toString().contains("/src/test/"))
                    .toList();
        }
        for (Path template : templates) {
            TemplateResolver.refuseUnsafeTags(root.relativize(template).toString(), Files.readString(template));
        }
    }

    @Test
    void theScanCatchesEachUnsafeForm() {
        for (String unsafe : List.of("{{{x}}}", "{{&x}}", "{{ & x}}", "{{=<% %>=}}", "a\n{{{x}}}")) {
            IllegalStateException e = org.junit.jupiter.api.Assertions.assertThrows(IllegalStateException.class,
                    () -> TemplateResolver.refuseUnsafeTags("t.mustache", unsafe));
            assertTrue(e.getMessage().startsWith("template t.mustache, line "), e.getMessage());
        }
        assertEquals("ok", safe("{{x}} {{#a}}{{b}}{{/a}} {{^c}}d{{/c}} {{! comment}} {{> partial}}"));
    }

    private static String safe(String text) {
        TemplateResolver.refuseUnsafeTags("t.mustache", text);
        return "ok";
    }
}

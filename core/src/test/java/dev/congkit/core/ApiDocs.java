package dev.congkit.core;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Reads a module's sources and names every public type outside {@code internal} packages whose javadoc
 * has no example (a {@code <pre>} block, or a {@code {@snippet …}} once the build moves past Java 17): the published API documents each type
 * with one. Shared by every published module's {@code JavadocExamplesTest}.
 */
public final class ApiDocs {

    private static final Pattern PUBLIC_TYPE = Pattern.compile(
            "(?m)^[ \\t]*public\\s+(?:(?:static|final|abstract|sealed|non-sealed|strictfp)\\s+)*"
                    + "(?:class|record|interface|enum|@interface)\\s+(\\w+)");
    // an annotation, its arguments possibly holding quoted parentheses: @Doc("… (cấp xã) …")
    private static final Pattern TRAILING_ANNOTATION = Pattern.compile(
            "@[\\w.]+(?:\\((?:[^()\"]|\"(?:[^\"\\\\]|\\\\.)*\")*\\))?\\s*$");
    private static final Pattern EXAMPLE = Pattern.compile("\\{@snippet|<pre>");

    private ApiDocs() {
    }

    /** The public types under {@code sourceRoot} without an example, as {@code path: TypeName}. */
    public static List<String> typesWithoutExample(Path sourceRoot) {
        List<String> missing = new ArrayList<>();
        try (Stream<Path> files = Files.walk(sourceRoot)) {
            files.filter(f -> f.toString().endsWith(".java"))
                    .filter(f -> !f.getFileName().toString().equals("package-info.java"))
                    .filter(f -> !sourceRoot.relativize(f).toString().replace('\\', '/').contains("/internal/"))
                    .sorted()
                    .forEach(f -> missing.addAll(typesWithoutExample(sourceRoot.relativize(f), read(f))));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return missing;
    }

    /** The public types declared in one source text without an example. */
    public static List<String> typesWithoutExample(Path file, String source) {
        List<String> missing = new ArrayList<>();
        Matcher type = PUBLIC_TYPE.matcher(source);
        boolean first = true;
        while (type.find()) {
            // a file whose first type is not public exports nothing: its nested "public" types are not API
            if (first && !startsAtTopLevel(source, type.start())) {
                return missing;
            }
            first = false;
            String doc = docBefore(source.substring(0, type.start()));
            if (doc == null || !EXAMPLE.matcher(doc).find()) {
                missing.add(file.toString().replace('\\', '/') + ": " + type.group(1));
            }
        }
        return missing;
    }

    private static boolean startsAtTopLevel(String source, int index) {
        return source.charAt(index) == 'p';
    }

    private static String docBefore(String before) {
        String rest = before.stripTrailing();
        Matcher annotation = TRAILING_ANNOTATION.matcher(rest);
        while (annotation.find()) {
            rest = rest.substring(0, annotation.start()).stripTrailing();
            annotation = TRAILING_ANNOTATION.matcher(rest);
        }
        if (!rest.endsWith("*/")) {
            return null;
        }
        int start = rest.lastIndexOf("/**");
        return start < 0 ? null : rest.substring(start);
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

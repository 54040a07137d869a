package dev.congkit.core.config;

import dev.congkit.core.i18n.Bilingual;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.io.JsonStringEncoder;
import dev.congkit.core.internal.Json;
import dev.congkit.core.text.LegacyText;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Converts the text values of a {@code site.json} typed in a legacy Vietnamese encoding to Unicode,
 * changing nothing else of the file: keys, layout, indentation and every other value stay as
 * written. {@code congkit fix-encoding} writes the result.
 *
 * <p>Example:
 * <pre>{@code
 * EncodingRepair.Result result = EncodingRepair.repair("site.json", Files.readString(file));
 * result.changes();   // [Change[path=officials[0].fullName, garbled=Garbled[TCVN3, "NguyÔn V¨n B×nh", "Nguyễn Văn Bình"]]]
 * result.json();      // the file with that one value converted
 * }</pre>
 */
public final class EncodingRepair {

    private EncodingRepair() {
    }

    /**
     * One converted value: where, and what it was and became.
     *
     * <pre>{@code
     * change.path();              // "officials[0].fullName"
     * change.garbled().meant();   // "Nguyễn Văn Bình"
     * }</pre>
     */
    public record Change(String path, LegacyText.Garbled garbled) {
        @Override
        public String toString() {
            return path + ": '" + garbled.text() + "' → '" + garbled.meant() + "' (" + garbled.encoding().label() + ")";
        }

        /** The change as a clerk reads it: the place in words, its path beside it, the text before and after. */
        public String describe(java.util.Locale locale) {
            String words = dev.congkit.core.i18n.PathWords.standard().describe(path, locale);
            return (words.equals(path) ? path : words + " (" + path + ")") + ": '" + garbled.text() + "' → '" + garbled.meant()
                    + "' (" + garbled.encoding().label() + ")";
        }
    }

    /**
     * The converted file and what changed (nothing when no value looked garbled).
     *
     * <pre>{@code
     * if (!result.changes().isEmpty()) AtomicFile.replaceKeepingBackup(file, result.json().getBytes(UTF_8), clock);
     * }</pre>
     */
    public record Result(String json, List<Change> changes) {
        public Result {
            changes = List.copyOf(changes);
        }
    }

    /** Converts every garbled text value of {@code json}; a syntax error is reported like the loader reports it. */
    public static Result repair(String source, String json) throws ConfigException {
        SiteConfigLoader.parse(source, json);
        int bom = json.startsWith("\uFEFF") ? 1 : 0;
        StringBuilder out = new StringBuilder(json.length());
        List<Change> changes = new ArrayList<>();
        int copied = 0;
        try (JsonParser parser = Json.STRICT.createParser(json.substring(bom))) {
            for (JsonToken token = parser.nextToken(); token != null; token = parser.nextToken()) {
                if (token != JsonToken.VALUE_STRING) {
                    continue;
                }
                var garbled = LegacyText.detect(parser.getText());
                if (garbled.isEmpty()) {
                    continue;
                }
                int start = bom + (int) parser.currentTokenLocation().getCharOffset();
                int end = closingQuote(json, start) + 1;
                out.append(json, copied, start).append('"').append(JsonStringEncoder.getInstance().quoteAsString(garbled.get().meant())).append('"');
                copied = end;
                changes.add(new Change(path(parser.getParsingContext()), garbled.get()));
            }
        } catch (IOException e) {
            throw ConfigException.of(source, Bilingual.of("không đọc được dạng JSON: " + e.getMessage(), "cannot be read as JSON: " + e.getMessage()));
        }
        out.append(json, copied, json.length());
        return new Result(out.toString(), changes);
    }

    /** Where the string literal opened at {@code start} closes. */
    private static int closingQuote(String json, int start) {
        for (int i = start + 1; i < json.length(); i++) {
            char c = json.charAt(i);
            if (c == '\\') {
                i++;
            } else if (c == '"') {
                return i;
            }
        }
        throw new IllegalStateException("a parsed string has no closing quote at " + start);
    }

    /** The loader's path of the current value: {@code officials[0].fullName}. */
    private static String path(JsonStreamContext context) {
        List<String> parts = new ArrayList<>();
        for (JsonStreamContext c = context; c != null && !c.inRoot(); c = c.getParent()) {
            parts.add(0, c.inArray() ? "[" + c.getCurrentIndex() + "]" : "." + c.getCurrentName());
        }
        String joined = String.join("", parts);
        return joined.startsWith(".") ? joined.substring(1) : joined;
    }
}

package dev.congkit.core.internal;

import dev.congkit.core.validation.Check;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.core.io.CharacterEscapes;
import com.fasterxml.jackson.core.io.SerializedString;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonFactoryBuilder;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.MissingNode;

/** Shared Jackson set-up and small JSON helpers. Internal: no compatibility promise. */
public final class Json {

    /** Deeper nesting than any real site.json needs; bounds the parser's stack on hostile input. */
    public static final int MAX_NESTING = 64;
    /** Longer keys than any field name; a key is a record component's name. */
    public static final int MAX_KEY = 1_000;
    /** More digits than any number a site.json holds (a year, a size, a code). */
    public static final int MAX_DIGITS = 100;

    /**
     * Strict parser factory: duplicate keys are errors, comments are not JSON, and the limits above
     * hold. {@link #readStrict} builds trees with it without an {@code ObjectMapper}, whose set-up
     * alone costs a command-line start about a tenth of a second.
     */
    public static final JsonFactory STRICT = JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(MAX_NESTING)
                    .maxNameLength(MAX_KEY).maxNumberLength(MAX_DIGITS).build())
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .disable(JsonReadFeature.ALLOW_JAVA_COMMENTS)
            .build();

    /**
     * Reads one JSON value with {@link #STRICT}, as {@code ObjectMapper.readTree} would (the same
     * node types), refusing content after it; a {@link MissingNode} for empty text.
     */
    public static JsonNode readStrict(String text) throws JsonProcessingException {
        try (JsonParser parser = STRICT.createParser(text)) {
            if (parser.nextToken() == null) {
                return MissingNode.getInstance();
            }
            JsonNode tree = TreeReader.read(parser);
            JsonToken after = parser.nextToken();
            if (after != null) {
                throw new TrailingContentException(parser, after);
            }
            return tree;
        } catch (JsonProcessingException e) {
            throw e;
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);   // reading a String does no I/O
        }
    }

    /** Content after the one JSON value a file holds (a second object, a stray bracket). */
    public static final class TrailingContentException extends JsonParseException {

        private static final long serialVersionUID = 1L;

        TrailingContentException(JsonParser parser, JsonToken after) {
            super(parser, "Trailing token (of type " + after + ") found after the value");
        }
    }

    /** Writer for JSON embedded in HTML: no value can close a {@code script} element (built on first use: reading needs no mapper). */
    private static final class HtmlSafe {
        static final ObjectMapper MAPPER = JsonMapper.builder(new JsonFactoryBuilder()
                        .characterEscapes(new HtmlSafeEscapes())
                        .build())
                .build();
    }

    private Json() {
    }

    /** Serialises {@code value} for a {@code <script type="application/ld+json">} element. */
    public static String toHtmlSafeJson(Object value) {
        try {
            return HtmlSafe.MAPPER.writeValueAsString(value);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("cannot write JSON", e);
        }
    }

    /** A short description of a JSON value for an error message. */
    public static String describe(JsonNode node) {
        return describeIn(node).en();
    }

    /** A short description of a JSON value for an error message, in both languages. */
    public static dev.congkit.core.i18n.Bilingual describeIn(JsonNode node) {
        if (node.isTextual()) {
            return dev.congkit.core.i18n.Bilingual.same(Check.quote(node.textValue()));
        }
        if (node.isObject()) {
            return dev.congkit.core.i18n.Bilingual.of("một đối tượng JSON", "a JSON object");
        }
        if (node.isArray()) {
            return dev.congkit.core.i18n.Bilingual.of("một danh sách", "a list");
        }
        return dev.congkit.core.i18n.Bilingual.same(node.toString());
    }

    /** Levenshtein distance: "did you mean" hints on property names, and which legacy encoding changes a text least. */
    public static int editDistance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                current[j] = Math.min(Math.min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }

    /** Escapes {@code < > &} and the JavaScript line separators as {@code \\uXXXX}. */
    private static final class HtmlSafeEscapes extends CharacterEscapes {
        private static final long serialVersionUID = 1L;
        private final int[] escapes;

        HtmlSafeEscapes() {
            escapes = standardAsciiEscapesForJSON();
            escapes['<'] = ESCAPE_STANDARD;
            escapes['>'] = ESCAPE_STANDARD;
            escapes['&'] = ESCAPE_STANDARD;
            escapes['\''] = ESCAPE_STANDARD;
        }

        @Override
        public int[] getEscapeCodesForAscii() {
            return escapes;
        }

        @Override
        public SerializableString getEscapeSequence(int ch) {
            if (ch == 0x2028) {
                return new SerializedString("\\u2028");
            }
            if (ch == 0x2029) {
                return new SerializedString("\\u2029");
            }
            return null;
        }
    }
}

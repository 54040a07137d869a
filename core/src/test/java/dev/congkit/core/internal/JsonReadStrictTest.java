package dev.congkit.core.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The strict reader builds the tree {@code ObjectMapper.readTree} builds, node types included, without a mapper. */
class JsonReadStrictTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    @ParameterizedTest
    @ValueSource(strings = {
            "{\"agency\": {\"fullName\": \"Ủy ban nhân dân xã Mẫu Sơn\", \"level\": \"XA\"}, \"n\": [1, -2, 3.5, 1e3, true, false, null]}",
            "[2147483647, 2147483648, 9223372036854775807, 9223372036854775808, -0.0, 0.1]",
            "\"Nguyễn Thị Hường\"", "42", "null", "[]", "{}", "[[[{\"a\": [{}]}]]]"})
    void givesTheMappersTree(String json) throws Exception {
        JsonNode ours = Json.readStrict(json);
        JsonNode theirs = MAPPER.readTree(json);
        assertEquals(theirs, ours);
        assertEquals(types(theirs), types(ours), "node types");
    }

    private static String types(JsonNode node) {
        StringBuilder out = new StringBuilder(node.getNodeType() + "/" + node.numberType());
        node.elements().forEachRemaining(child -> out.append('(').append(types(child)).append(')'));
        return out.toString();
    }

    @Test
    void emptyTextIsAMissingNode() throws Exception {
        assertTrue(Json.readStrict("").isMissingNode());
        assertTrue(Json.readStrict("  \n ").isMissingNode());
    }

    @Test
    void contentAfterTheValueIsRefused() {
        JsonProcessingException e = assertThrows(JsonProcessingException.class, () -> Json.readStrict("{\"a\": 1} {\"b\": 2}"));
        assertTrue(e.getOriginalMessage().startsWith("Trailing token (of type START_OBJECT)"), e.getOriginalMessage());
        assertEquals(1, e.getLocation().getLineNr());
    }

    @Test
    void duplicateKeysCommentsAndDeepNestingAreRefused() {
        assertTrue(assertThrows(JsonProcessingException.class, () -> Json.readStrict("{\"a\": 1, \"a\": 2}"))
                .getOriginalMessage().startsWith("Duplicate field 'a'"));
        assertThrows(JsonProcessingException.class, () -> Json.readStrict("{\"a\": 1 /* note */}"));
        assertThrows(StreamConstraintsException.class, () -> Json.readStrict("[".repeat(Json.MAX_NESTING + 1) + "]".repeat(Json.MAX_NESTING + 1)));
    }
}

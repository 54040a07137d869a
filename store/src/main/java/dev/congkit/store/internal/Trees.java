package dev.congkit.store.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;

import java.text.Normalizer;
import java.util.Iterator;
import java.util.Map;

/** {@code site.json} trees as the store keeps them: text in NFC, sections as JSON text. Internal. */
public final class Trees {

    private static final ObjectMapper JSON = new ObjectMapper();

    private Trees() {
    }

    /** A deep copy of {@code site} whose every text value is NFC; a site must be a JSON object. */
    public static ObjectNode nfc(JsonNode site) {
        if (!(site instanceof ObjectNode object)) {
            throw new IllegalArgumentException("a site must be a JSON object");
        }
        ObjectNode copy = object.deepCopy();
        normalise(copy);
        return copy;
    }

    public static JsonNode parse(String json) {
        try {
            return JSON.readTree(json);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a stored section is not JSON: " + e.getOriginalMessage(), e);
        }
    }

    private static void normalise(JsonNode node) {
        if (node instanceof ObjectNode object) {
            for (Iterator<Map.Entry<String, JsonNode>> fields = object.fields(); fields.hasNext(); ) {
                Map.Entry<String, JsonNode> field = fields.next();
                if (field.getValue().isTextual()) {
                    field.setValue(TextNode.valueOf(Normalizer.normalize(field.getValue().textValue(), Normalizer.Form.NFC)));
                } else {
                    normalise(field.getValue());
                }
            }
        } else if (node instanceof ArrayNode array) {
            for (int i = 0; i < array.size(); i++) {
                if (array.get(i).isTextual()) {
                    array.set(i, TextNode.valueOf(Normalizer.normalize(array.get(i).textValue(), Normalizer.Form.NFC)));
                } else {
                    normalise(array.get(i));
                }
            }
        }
    }
}

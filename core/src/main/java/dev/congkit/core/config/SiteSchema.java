package dev.congkit.core.config;

import dev.congkit.core.i18n.PathWords;
import java.util.Locale;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.congkit.core.model.Doc;
import dev.congkit.core.model.Email;
import dev.congkit.core.model.PhoneNumber;
import dev.congkit.core.model.Required;
import dev.congkit.core.model.SiteConfig;
import dev.congkit.core.model.TextValue;
import dev.congkit.core.model.WebLink;

import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;

/**
 * The JSON Schema (draft 2020-12) of {@code site.json}, generated from the very records the loader
 * binds, so the two cannot drift apart. Editors use it for completion and validation:
 * {@code "$schema": "site.schema.json"} at the top of a site file.
 *
 * <p>Example:
 * <pre>{@code
 * ObjectNode schema = SiteSchema.generate(SectionRegistry.discover());
 * Files.writeString(Path.of("site.schema.json"), schema.toPrettyString());
 * }</pre>
 */
public final class SiteSchema {

    public static final String DIALECT = "https://json-schema.org/draft/2020-12/schema";

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    private final ObjectNode defs = JSON.objectNode();

    private SiteSchema() {
    }

    /** The schema of a site file with the core model and every section of {@code sections}. */
    public static ObjectNode generate(SectionRegistry sections) {
        SiteSchema generator = new SiteSchema();
        ObjectNode root = generator.recordSchema(SiteConfig.class);
        root.put("title", "CổngKit site.json");
        ObjectNode properties = (ObjectNode) root.get("properties");
        properties.set("$schema", JSON.objectNode().put("type", "string"));
        for (SiteSection<?> section : sections.all()) {
            ObjectNode ref = generator.ref(section.type());
            ref.put("description", section.description());
            describe(ref, section.type());
            title(ref, section.name());
            properties.set(section.name(), ref);
        }
        ObjectNode schema = JSON.objectNode();
        schema.put("$schema", DIALECT);
        schema.put("$id", "https://congkit.dev/schema/site.schema.json");
        schema.setAll(root);
        schema.set("$defs", generator.defs);
        return schema;
    }

    /** The schema of one record type on its own, e.g. a widget's section. */
    public static ObjectNode forRecord(Class<? extends Record> type) {
        SiteSchema generator = new SiteSchema();
        ObjectNode schema = JSON.objectNode();
        schema.put("$schema", DIALECT);
        schema.setAll(generator.recordSchema(type));
        schema.set("$defs", generator.defs);
        return schema;
    }

    private ObjectNode recordSchema(Class<?> type) {
        ObjectNode schema = JSON.objectNode();
        schema.put("type", "object");
        describe(schema, type);
        ObjectNode properties = schema.putObject("properties");
        ArrayNode required = JSON.arrayNode();
        for (RecordComponent component : type.getRecordComponents()) {
            if (type == SiteConfig.class && component.getName().equals("sections")) {
                continue; // widget sections are top-level keys, added by generate()
            }
            ObjectNode property = typeSchema(component.getGenericType());
            describe(property, component);
            title(property, component.getName());
            properties.set(component.getName(), property);
            if (component.isAnnotationPresent(Required.class)) {
                required.add(component.getName());
            }
        }
        if (!required.isEmpty()) {
            schema.set("required", required);
        }
        schema.put("additionalProperties", false);
        return schema;
    }

    private ObjectNode typeSchema(Type type) {
        if (type instanceof ParameterizedType parameterized) {
            Class<?> raw = (Class<?>) parameterized.getRawType();
            Type[] args = parameterized.getActualTypeArguments();
            if (raw == List.class) {
                ObjectNode array = JSON.objectNode().put("type", "array");
                array.set("items", typeSchema(args[0]));
                return array;
            }
            if (raw == Map.class) {
                ObjectNode object = JSON.objectNode().put("type", "object");
                object.set("additionalProperties", typeSchema(args[1]));
                return object;
            }
        }
        Class<?> cls = (Class<?>) type;
        if (cls == String.class) {
            return JSON.objectNode().put("type", "string");
        }
        if (cls == Boolean.class) {
            return JSON.objectNode().put("type", "boolean");
        }
        if (cls == Integer.class || cls == Long.class) {
            return JSON.objectNode().put("type", "integer");
        }
        if (cls == Double.class) {
            return JSON.objectNode().put("type", "number");
        }
        if (cls == LocalDate.class) {
            return JSON.objectNode().put("type", "string").put("format", "date");
        }
        if (cls == LocalTime.class) {
            return JSON.objectNode().put("type", "string").put("pattern", "^[0-2][0-9]:[0-5][0-9](:[0-5][0-9])?$");
        }
        if (cls == LocalDateTime.class) {
            return JSON.objectNode().put("type", "string")
                    .put("pattern", "^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-2][0-9]:[0-5][0-9](:[0-5][0-9])?$");
        }
        if (cls == dev.congkit.core.html.SafeHtml.class) {
            return JSON.objectNode().put("type", "string").put("contentMediaType", "text/html")
                    .put("description", "HTML; only what the sanitiser's allow-list produces is kept, every image needs alt text and a caption.");
        }
        if (cls == JsonNode.class) {
            return JSON.objectNode();
        }
        if (cls.isEnum()) {
            ArrayNode values = JSON.arrayNode();
            for (Object constant : cls.getEnumConstants()) {
                values.add(((Enum<?>) constant).name());
            }
            ObjectNode schema = JSON.objectNode();
            schema.set("enum", values);
            return schema;
        }
        if (TextValue.class.isAssignableFrom(cls)) {
            return textValue(cls);
        }
        if (cls.isRecord()) {
            return ref(cls);
        }
        throw new IllegalStateException("no schema for model type " + cls.getName());
    }

    private static ObjectNode textValue(Class<?> cls) {
        ObjectNode schema = JSON.objectNode().put("type", "string").put("minLength", 1);
        if (cls == Email.class) {
            schema.put("format", "email");
        } else if (cls == PhoneNumber.class) {
            schema.put("pattern", "^\\+?[0-9 .()-]+$");
        } else if (cls == WebLink.class) {
            schema.put("format", "uri-reference");
            schema.put("pattern", "^(?![ \\t]*(?![Hh][Tt][Tt][Pp][Ss]?:|[Mm][Aa][Ii][Ll][Tt][Oo]:|[Tt][Ee][Ll]:)[A-Za-z][A-Za-z0-9+.-]*:)(?!//)\\S+$");
        }
        describe(schema, cls);
        return schema;
    }

    private ObjectNode ref(Class<?> cls) {
        String name = cls.getSimpleName();
        if (!defs.has(name)) {
            defs.putObject(name);
            defs.set(name, recordSchema(cls));
        }
        return JSON.objectNode().put("$ref", "#/$defs/" + name);
    }

    // the key's name in Vietnamese, then English ("Thư điện tử / e-mail"), as editors show it on hover
    private static void title(ObjectNode schema, String key) {
        String vi = PathWords.standard().title(key, Locale.forLanguageTag("vi"));
        String en = PathWords.standard().title(key, Locale.ENGLISH);
        if (vi != null && en != null) {
            schema.put("title", vi + " / " + en);
        }
    }

    // Vietnamese first, the English under it
    private static void describe(ObjectNode schema, AnnotatedElement element) {
        Doc doc = element.getAnnotation(Doc.class);
        if (doc != null) {
            schema.put("description", doc.vi().isEmpty() ? doc.value() : doc.vi() + "\n" + doc.value());
        }
    }
}

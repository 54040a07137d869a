package dev.congkit.core.internal;

import dev.congkit.core.i18n.Bilingual;
import com.fasterxml.jackson.databind.JsonNode;
import dev.congkit.core.html.SafeHtml;
import dev.congkit.core.model.TextValue;
import dev.congkit.core.model.ValidationException;
import dev.congkit.core.model.Violation;

import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Binds a JSON tree to records, collecting every problem with its JSON path instead of stopping at
 * the first: unknown properties, wrong JSON types, and each rule the records' constructors break.
 * When a value fails, its siblings are still bound and checked. Internal: no compatibility promise.
 */
public final class TreeBinder {

    /** A record's components and canonical constructor, looked up once per class: reflection is slow and sites are bound often. */
    private record Shape(RecordComponent[] components, List<String> names, Constructor<?> constructor) {
    }

    private static final ClassValue<Shape> SHAPES = new ClassValue<>() {
        @Override
        protected Shape computeValue(Class<?> type) {
            RecordComponent[] components = type.getRecordComponents();
            Class<?>[] types = Arrays.stream(components).map(RecordComponent::getType).toArray(Class<?>[]::new);
            try {
                return new Shape(components, Arrays.stream(components).map(RecordComponent::getName).toList(),
                        type.getDeclaredConstructor(types));
            } catch (NoSuchMethodException e) {
                throw new IllegalStateException("a record without its canonical constructor: " + type.getName(), e);
            }
        }
    };

    private static final ClassValue<Constructor<?>> TEXT_CONSTRUCTORS = new ClassValue<>() {
        @Override
        protected Constructor<?> computeValue(Class<?> type) {
            try {
                return type.getConstructor(String.class);
            } catch (NoSuchMethodException e) {
                throw new IllegalStateException("a text value needs a public (String) constructor: " + type.getName(), e);
            }
        }
    };

    private final List<Violation> problems = new ArrayList<>();

    public List<Violation> problems() {
        return Collections.unmodifiableList(problems);
    }

    /** Binds {@code node} (never JSON null) to {@code type}; returns {@code null} if anything failed. */
    public Object bind(JsonNode node, Type type, String path) {
        int before = problems.size();
        Object value = convert(node, type, path);
        return problems.size() > before ? null : value;
    }

    /**
     * Binds an object to a record. Components named in {@code provided} are not read from JSON but
     * given by the caller; {@code alsoKnown} are keys the caller handles itself.
     */
    public <T extends Record> T bindRecord(JsonNode node, Class<T> type, String path,
                                           Map<String, Object> provided, Set<String> alsoKnown) {
        if (!node.isObject()) {
            problems.add(new Violation(path, mustBe(Bilingual.of("một đối tượng JSON", "a JSON object"), node)));
            return null;
        }
        int before = problems.size();
        Shape shape = SHAPES.get(type);
        RecordComponent[] components = shape.components();
        List<String> known;
        if (provided.isEmpty() && alsoKnown.isEmpty()) {
            known = shape.names();
        } else {
            known = new ArrayList<>();
            for (String name : shape.names()) {
                if (!provided.containsKey(name)) {
                    known.add(name);
                }
            }
            known.addAll(alsoKnown);
        }
        node.fieldNames().forEachRemaining(name -> {
            if (!known.contains(name)) {
                problems.add(new Violation(join(path, name), unknownMessage(path, name, known)));
            }
        });
        Object[] args = new Object[components.length];
        List<String> failed = new ArrayList<>();
        for (int i = 0; i < components.length; i++) {
            String name = components[i].getName();
            if (provided.containsKey(name)) {
                args[i] = provided.get(name);
                continue;
            }
            JsonNode child = node.get(name);
            if (child == null || child.isNull()) {
                continue;
            }
            int mark = problems.size();
            args[i] = convert(child, components[i].getGenericType(), join(path, name));
            if (problems.size() > mark) {
                failed.add(name);
                args[i] = null;
            }
        }
        T value = construct(type, shape, args, path, failed);
        return problems.size() > before ? null : value;
    }

    private Object convert(JsonNode node, Type type, String path) {
        if (type instanceof ParameterizedType parameterized) {
            Class<?> raw = (Class<?>) parameterized.getRawType();
            Type element = parameterized.getActualTypeArguments()[raw == Map.class ? 1 : 0];
            if (raw == List.class) {
                return list(node, element, path);
            }
            if (raw == Map.class) {
                return map(node, element, path);
            }
        }
        if (!(type instanceof Class<?> cls)) {
            throw new IllegalStateException("unsupported type in the model: " + type);
        }
        return scalarOrRecord(node, cls, path);
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private Object scalarOrRecord(JsonNode node, Class<?> cls, String path) {
        if (cls == JsonNode.class) {
            return node;
        }
        if (cls == String.class) {
            return node.isTextual() ? node.textValue() : mismatch(node, path, Bilingual.of("một chuỗi chữ", "a string"));
        }
        if (cls == Boolean.class) {
            return node.isBoolean() ? node.booleanValue() : mismatch(node, path, Bilingual.of("true hoặc false", "true or false"));
        }
        if (cls == Integer.class) {
            return node.isInt() ? node.intValue() : mismatch(node, path, Bilingual.of("một số nguyên", "a whole number"));
        }
        if (cls == Long.class) {
            return node.isIntegralNumber() && node.canConvertToLong() ? node.longValue() : mismatch(node, path, Bilingual.of("một số nguyên", "a whole number"));
        }
        if (cls == Double.class) {
            return node.isNumber() ? node.doubleValue() : mismatch(node, path, Bilingual.of("một số", "a number"));
        }
        if (cls == LocalDate.class) {
            return temporal(node, path, Bilingual.of("một ngày viết dạng yyyy-mm-dd (năm-tháng-ngày)", "a date written yyyy-mm-dd"), LocalDate::parse);
        }
        if (cls == LocalTime.class) {
            return temporal(node, path, Bilingual.of("một giờ viết dạng HH:mm (giờ:phút)", "a time written HH:mm"), LocalTime::parse);
        }
        if (cls == LocalDateTime.class) {
            return temporal(node, path, Bilingual.of("ngày giờ viết dạng yyyy-mm-ddTHH:mm", "a date and time written yyyy-mm-ddTHH:mm"), LocalDateTime::parse);
        }
        if (cls == SafeHtml.class) {
            return node.isTextual() ? safeHtml(node.textValue(), path) : mismatch(node, path, Bilingual.of("một chuỗi HTML", "a string of HTML"));
        }
        if (cls.isEnum()) {
            return enumValue(node, (Class<? extends Enum>) cls, path);
        }
        if (TextValue.class.isAssignableFrom(cls) && cls.isRecord()) {
            return textValue(node, cls, path);
        }
        if (cls.isRecord()) {
            return bindRecord(node, (Class<? extends Record>) cls, path, Map.of(), Set.of());
        }
        throw new IllegalStateException("unsupported type in the model: " + cls.getName());
    }

    /** HTML through the registered sanitiser; without one, a problem that names the dependency to add. */
    private Object safeHtml(String html, String path) {
        try {
            return SafeHtml.sanitize(html);
        } catch (IllegalStateException e) {
            problems.add(new Violation(path, Bilingual.of("chưa có bộ lọc HTML trong ứng dụng: thêm dependency dev.congkit:congkit-sanitizer"
                    + " để nhận nội dung HTML như thân bài viết", e.getMessage())));
            return null;
        }
    }

    private List<Object> list(JsonNode node, Type element, String path) {
        if (!node.isArray()) {
            return mismatch(node, path, Bilingual.of("một danh sách", "a list"));
        }
        List<Object> values = new ArrayList<>(node.size());
        for (int i = 0; i < node.size(); i++) {
            JsonNode item = node.get(i);
            String itemPath = path + "[" + i + "]";
            if (item.isNull()) {
                problems.add(new Violation(itemPath, NOT_NULL));
            } else {
                values.add(convert(item, element, itemPath));
            }
        }
        return values;
    }

    private Map<String, Object> map(JsonNode node, Type element, String path) {
        if (!node.isObject()) {
            return mismatch(node, path, Bilingual.of("một đối tượng JSON", "a JSON object"));
        }
        Map<String, Object> values = new LinkedHashMap<>();
        node.fields().forEachRemaining(entry -> {
            String entryPath = join(path, entry.getKey());
            if (entry.getValue().isNull()) {
                problems.add(new Violation(entryPath, NOT_NULL));
            } else {
                values.put(entry.getKey(), convert(entry.getValue(), element, entryPath));
            }
        });
        return values;
    }

    private <T> T temporal(JsonNode node, String path, Bilingual rule, java.util.function.Function<String, T> parser) {
        if (!node.isTextual()) {
            return mismatch(node, path, rule);
        }
        try {
            return parser.apply(node.textValue().strip());
        } catch (DateTimeParseException e) {
            return mismatch(node, path, rule);
        }
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private Object enumValue(JsonNode node, Class<? extends Enum> cls, String path) {
        String allowed = Arrays.stream(cls.getEnumConstants()).map(c -> ((Enum<?>) c).name())
                .collect(Collectors.joining(", "));
        if (node.isTextual()) {
            for (Object constant : cls.getEnumConstants()) {
                if (((Enum<?>) constant).name().equalsIgnoreCase(node.textValue().strip())) {
                    return constant;
                }
            }
        }
        return mismatch(node, path, Bilingual.of("một trong " + allowed, "one of " + allowed));
    }

    private Object textValue(JsonNode node, Class<?> cls, String path) {
        if (!node.isTextual()) {
            return mismatch(node, path, Bilingual.of("một chuỗi chữ", "a string"));
        }
        try {
            return TEXT_CONSTRUCTORS.get(cls).newInstance(node.textValue());
        } catch (InvocationTargetException e) {
            return report(e.getCause(), path, List.of());
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("a text value needs a public (String) constructor: " + cls.getName(), e);
        }
    }

    private <T extends Record> T construct(Class<T> type, Shape shape, Object[] args, String path, List<String> failed) {
        try {
            return type.cast(shape.constructor().newInstance(args));
        } catch (InvocationTargetException e) {
            report(e.getCause(), path, failed);
            return null;
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot build " + type.getName(), e);
        }
    }

    /** Adds a constructor's violations, leaving out those on values that already failed to bind. */
    private Object report(Throwable cause, String path, List<String> failed) {
        if (cause instanceof ValidationException invalid) {
            for (Violation v : invalid.violations()) {
                String relative = v.path();
                boolean alreadyReported = failed.stream().anyMatch(name -> relative.equals(name)
                        || relative.startsWith(name + ".") || relative.startsWith(name + "["));
                if (!alreadyReported) {
                    problems.add(new Violation(join(path, relative), v.text()));
                }
            }
        } else if (cause instanceof IllegalArgumentException e) {
            problems.add(new Violation(path, e.getMessage() == null ? Bilingual.of("không hợp lệ", "is not valid") : Bilingual.same(e.getMessage())));
        } else if (cause instanceof RuntimeException e) {
            throw e;
        } else {
            throw new IllegalStateException(cause);
        }
        return null;
    }

    private <T> T mismatch(JsonNode node, String path, Bilingual expected) {
        problems.add(new Violation(path, mustBe(expected, node)));
        return null;
    }

    private static final Bilingual NOT_NULL = Bilingual.of("không được là null", "must not be null");

    private static String join(String path, String name) {
        if (name.isEmpty()) {
            return path;
        }
        if (path.isEmpty()) {
            return name;
        }
        return name.startsWith("[") ? path + name : path + "." + name;
    }

    /** Sections of site.json that an optional module registers, by name: its absence is then the likely cause. */
    private static final java.util.Map<String, String> OPTIONAL_SECTIONS = java.util.Map.of("images", "congkit-image");

    private static Bilingual mustBe(Bilingual expected, JsonNode node) {
        return Bilingual.of("phải là " + expected.vi() + ", nhưng đang là " + Json.describeIn(node).vi(),
                "must be " + expected.en() + ", but was " + Json.describe(node));
    }

    private static Bilingual unknownMessage(String path, String name, List<String> known) {
        String module = path.isEmpty() ? OPTIONAL_SECTIONS.get(name) : null;
        if (module != null) {
            return Bilingual.of("là phần của " + module + ", thư viện này chưa có trong ứng dụng: thêm dependency dev.congkit:" + module
                    + " (congkit-upload cũng kèm theo), hoặc bỏ phần này",
                    "is the section of " + module + ", which is not on the class path: add the dependency dev.congkit:" + module
                    + " (congkit-upload brings it too), or remove the section");
        }
        String closest = null;
        int best = 3;
        for (String candidate : known) {
            int distance = Json.editDistance(name.toLowerCase(java.util.Locale.ROOT), candidate.toLowerCase(java.util.Locale.ROOT));
            if (distance < best) {
                best = distance;
                closest = candidate;
            }
        }
        if (closest != null) {
            return Bilingual.of("không phải một khóa đã biết; có phải ý bạn là '" + closest + "'?",
                    "is not a known property; did you mean '" + closest + "'?");
        }
        return Bilingual.of("không phải một khóa đã biết (các khóa được dùng: " + String.join(", ", known) + ")",
                "is not a known property (known: " + String.join(", ", known) + ")");
    }
}

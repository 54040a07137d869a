package dev.congkit.widgets;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import dev.congkit.core.config.ConfigException;
import dev.congkit.core.config.ConfigProblem;
import dev.congkit.core.config.SectionRegistry;
import dev.congkit.core.model.SiteConfig;
import dev.congkit.core.model.TextValue;
import dev.congkit.core.render.RenderContext;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * Hostile input in every string field of the site model (A11Y, UTF8 and the escaping rules): free
 * text must come out escaped, links must be refused with a message naming the field. The fields
 * are found by walking a site that sets every field of every section; a reflection check keeps
 * that site complete, so a new field is covered as soon as it is added.
 *
 * <p>In {@code verify} every field gets the same values, always: every hostile part alone, every
 * ordered pair of parts, and every value of the regression list ({@code hostile/regressions.txt}).
 * The fuzz profile ({@code -Dcongkit.fuzz=N}, 10 000 by default) adds N random combinations of one
 * to three parts per field, from a seed drawn for each run and printed ({@code -Dcongkit.fuzz.seed=S}
 * repeats a run); a value that fails is printed as a line for the regression list.
 */
class HostileInputTest {

    /** Random values per field, on top of the fixed ones: 0 in {@code verify}. */
    private static final int RANDOM_PER_FIELD = Integer.getInteger("congkit.fuzz", 0);
    private static final long SEED = Long.getLong("congkit.fuzz.seed", new Random().nextLong());
    private static final Path REGRESSIONS = Path.of("src/test/resources/hostile/regressions.txt");
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final Path BASE = Path.of("src/test/resources/hostile/everything.json");
    private static final Map<String, Map<String, String>> WIDGETS = Map.ofEntries(
            Map.entry("header", Map.of()), Map.entry("footer", Map.of()), Map.entry("menu", Map.of()), Map.entry("top-menu", Map.of()),
            Map.entry("sitemap", Map.of()), Map.entry("banners", Map.of("slot", "right")), Map.entry("feedback-banner", Map.of()),
            Map.entry("directory", Map.of()), Map.entry("contact-card", Map.of("official", "nguyen-van-thanh")),
            Map.entry("leader-schedule", Map.of()), Map.entry("reception-schedule", Map.of()),
            Map.entry("document-list", Map.of()), Map.entry("document", Map.of("van-ban", "05-qd-ubnd-2026")),
            Map.entry("news-list", Map.of()), Map.entry("article", Map.of("bai", "le-hoi-den-mau-son")),
            Map.entry("photo-gallery", Map.of("album", "le-hoi-2026")), Map.entry("video-gallery", Map.of()),
            Map.entry("maintenance-notice", Map.of()));

    /** The widgets that read each section; a field outside them (agency, officials, ...) is rendered by every widget. */
    private static final Map<String, List<String>> READERS = Map.ofEntries(
            Map.entry("header", List.of("header")), Map.entry("footer", List.of("footer")),
            Map.entry("menu", List.of("menu", "top-menu", "sitemap")), Map.entry("banners", List.of("banners")),
            Map.entry("feedbackBanner", List.of("feedback-banner")), Map.entry("directory", List.of("directory", "contact-card")),
            Map.entry("leaderSchedule", List.of("leader-schedule")), Map.entry("receptionSchedule", List.of("reception-schedule")),
            Map.entry("documents", List.of("document-list", "document")), Map.entry("news", List.of("news-list", "article")),
            Map.entry("gallery", List.of("photo-gallery", "video-gallery")), Map.entry("maintenance", List.of("maintenance-notice")));

    private static final String[] ATTACKS = {
        "<script>alert(1)</script>", "\"><img src=x onerror=alert(1)>", "'><svg onload=alert(1)>", "</script><script>alert(1)</script>",
        "javascript:alert(1)", "JaVaScRiPt:alert(1)", " javascript:alert(1)", "java\tscript:alert(1)", "java&#x09;script:alert(1)",
        "&#106;avascript:alert(1)", "\u0000javascript:alert(1)", "data:text/html;base64,PHNjcmlwdD4=", "vbscript:msgbox(1)",
        "\u202e\u202dgnp.exe", "\u2028\u2029", "{{page.path}}", "{{{msg}}}", "${jndi:ldap://x}", "\" onmouseover=\"alert(1)",
        "<a href=javascript:alert(1)>x</a>", "<!--", "]]>", "\\u003cscript\\u003e", "&lt;script&gt;", "\u0007\u001b[31m"};

    /** Every part a hostile value is made of: the attacks, Vietnamese text, a short and a 10 000-character run. */
    private static final List<String> PARTS = parts();

    private static List<String> parts() {
        List<String> parts = new ArrayList<>(List.of(ATTACKS));
        parts.add("Ủy ban nhân dân xã Mẫu Sơn ");
        parts.add("xxx");
        parts.add("x".repeat(10_000));
        return List.copyOf(parts);
    }

    /** The values every field gets in {@code verify}: each part alone, each ordered pair, the regression list. */
    static final List<String> FIXED = fixed();

    private static List<String> fixed() {
        List<String> values = new ArrayList<>(PARTS);
        for (String first : PARTS) {
            for (String second : PARTS) {
                values.add(first + second);
            }
        }
        try {
            for (String line : java.nio.file.Files.readAllLines(REGRESSIONS)) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    values.add(unescape(line));
                }
            }
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return List.copyOf(values);
    }

    /** One random value: one to three parts. */
    static String hostile(Random random) {
        StringBuilder value = new StringBuilder();
        int parts = 1 + random.nextInt(3);
        for (int i = 0; i < parts; i++) {
            switch (random.nextInt(5)) {
                case 0 -> value.append(PARTS.get(ATTACKS.length));
                case 1 -> value.append(PARTS.get(random.nextInt(10) == 0 ? ATTACKS.length + 2 : ATTACKS.length + 1));
                default -> value.append(ATTACKS[random.nextInt(ATTACKS.length)]);
            }
        }
        return value.toString();
    }

    /** The values for one field: the fixed ones, then (fuzz profile) random ones from a seed of the run and the field. */
    static List<String> values(String field) {
        List<String> values = new ArrayList<>(FIXED);
        Random random = new Random(SEED ^ field.hashCode());
        for (int i = 0; i < RANDOM_PER_FIELD; i++) {
            values.add(hostile(random));
        }
        return values;
    }

    /** A value as one line of the regression list: Java escapes for backslashes, controls and everything past ASCII. */
    static String escape(String value) {
        StringBuilder out = new StringBuilder();
        for (char c : value.toCharArray()) {
            if (c == '\\') {
                out.append("\\\\");
            } else if (c < 0x20 || c > 0x7E) {
                out.append(String.format("\\u%04x", (int) c));
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    static String unescape(String line) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '\\' && i + 1 < line.length() && line.charAt(i + 1) == 'u' && i + 5 < line.length()) {
                out.append((char) Integer.parseInt(line.substring(i + 2, i + 6), 16));
                i += 5;
            } else if (c == '\\' && i + 1 < line.length() && line.charAt(i + 1) == '\\') {
                out.append('\\');
                i++;
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    /** What a failure says: the field, the value as a line for the regression list, and how to repeat the run. */
    static String failure(String field, String value) {
        return "field " + field + " failed on the value below; add this line to " + REGRESSIONS + " so that verify keeps trying it"
                + (RANDOM_PER_FIELD > 0 ? " (this run: -Dcongkit.fuzz.seed=" + SEED + ")" : "") + ":\n" + escape(value);
    }

    @Test
    void regressionLinesReadBackAsWritten() {
        for (String value : List.of("<script>alert(1)</script>", "Ủy ban\u0000\u202e", "a\\u0041b\\", "\u2028x")) {
            assertEquals(value, unescape(escape(value)));
            assertTrue(escape(value).chars().allMatch(c -> c >= 0x20 && c <= 0x7E), "one printable ASCII line: " + escape(value));
        }
    }

    @Test
    void theBaseSiteSetsEveryStringFieldOfEveryRecord() throws Exception {
        JsonNode base = MAPPER.readTree(BASE.toFile());
        Set<String> missing = new TreeSet<>();
        for (RecordComponent component : SiteConfig.class.getRecordComponents()) {
            if (!component.getName().equals("sections")) {
                walk(component.getName(), component.getGenericType(), base.get(component.getName()), missing, new java.util.HashSet<>());
            }
        }
        SectionRegistry.discover().all().forEach(s -> walk(s.name(), s.type(), base.get(s.name()), missing, new java.util.HashSet<>()));
        assertEquals(Set.of(), missing, "fields the hostile-input base does not set; add them to " + BASE);
    }

    /** {@code enclosing} holds the record types on the way down: a recursive type (menu children) is not required again. */
    private static void walk(String path, Type type, JsonNode node, Set<String> missing, Set<Class<?>> enclosing) {
        if (type instanceof ParameterizedType p) {
            Type element = p.getActualTypeArguments()[p.getRawType() == Map.class ? 1 : 0];
            if (enclosing.contains(element)) {
                return;
            }
            if (node == null || node.isEmpty()) {
                missing.add(path);
            } else {
                walk(path + "[0]", element, node.isArray() ? node.get(0) : node.elements().next(), missing, enclosing);
            }
            return;
        }
        Class<?> cls = (Class<?>) type;
        if (cls == String.class || TextValue.class.isAssignableFrom(cls)) {
            if (node == null || !node.isTextual()) {
                missing.add(path);
            }
        } else if (cls.isRecord()) {
            if (node == null || !node.isObject()) {
                missing.add(path);
                return;
            }
            Set<Class<?>> inner = new java.util.HashSet<>(enclosing);
            inner.add(cls);
            for (RecordComponent component : cls.getRecordComponents()) {
                walk(path + "." + component.getName(), component.getGenericType(), node.get(component.getName()), missing, inner);
            }
        }
    }

    @Test
    void hostileValuesInEveryFieldAreEscapedOrRefusedByName() throws Exception {
        ObjectNode base = (ObjectNode) MAPPER.readTree(BASE.toFile());
        Map<String, String> baseline = renderAll(Fixture.LOADER.load("site.json", base));
        Set<String> allowedTags = new TreeSet<>();
        Set<String> allowedAttributes = new TreeSet<>();
        baseline.values().forEach(html -> HtmlSafety.assertSafe("base", html).body().getAllElements().forEach(e -> {
            allowedTags.add(e.tagName());
            e.attributes().forEach(a -> allowedAttributes.add(a.getKey()));
        }));
        List<String> paths = new ArrayList<>();
        collect(base, "", paths);
        if (RANDOM_PER_FIELD > 0) {
            System.out.println("Hostile input: " + RANDOM_PER_FIELD + " random values per field beyond the fixed ones, seed " + SEED
                    + " (-Dcongkit.fuzz.seed=" + SEED + " repeats this run)");
        }
        // fields are independent: each runs on its own copy of the site, on every core
        Map<String, int[]> counts = new java.util.concurrent.ConcurrentHashMap<>();
        java.util.concurrent.ForkJoinPool pool = new java.util.concurrent.ForkJoinPool(Runtime.getRuntime().availableProcessors());
        long started = System.nanoTime();
        try {
            pool.submit(() -> paths.parallelStream().forEach(path -> counts.put(path,
                    fuzz(base.deepCopy(), path, values(path), allowedTags, allowedAttributes)))).get();
        } catch (java.util.concurrent.ExecutionException e) {
            throw e.getCause() instanceof Error error ? error : new AssertionError(e.getCause());
        } finally {
            pool.shutdown();
        }
        Map<String, Long> perWidget = new java.util.TreeMap<>();
        counts.forEach((path, outcome) -> {
            List<String> readers = READERS.get(path.replaceAll("[.\\[].*", ""));
            (readers == null ? List.copyOf(WIDGETS.keySet()) : readers).forEach(w -> perWidget.merge(w, (long) outcome[0] + outcome[1], Long::sum));
        });
        System.out.println("Hostile input per widget (values that reached it through a field it reads): " + perWidget);
        System.out.println("Hostile input took " + (System.nanoTime() - started) / 1_000_000_000 + " s on "
                + Runtime.getRuntime().availableProcessors() + " cores");
        long total = counts.values().stream().mapToLong(c -> c[0] + c[1]).sum();
        System.out.println("Hostile input: " + paths.size() + " string fields × " + (FIXED.size() + RANDOM_PER_FIELD) + " values = " + total
                + " tried; escaped and rendered " + counts.values().stream().mapToLong(c -> c[0]).sum()
                + ", refused by name " + counts.values().stream().mapToLong(c -> c[1]).sum());
        assertTrue(paths.size() > 100, "the base reaches every section");
    }

    /** The figure widget takes its text from parameters, not from site.json: every parameter gets the same treatment. */
    @Test
    void hostileFigureParametersAreEscapedOrRefusedByName() {
        Map<String, String> base = Map.of("src", "/anh/hoi-nghi.jpg", "alt", "Hội nghị", "caption", "Ảnh: UBND xã Mẫu Sơn",
                "srcset", "/anh/a-480.jpg 480w, /anh/a-960.jpg 960w", "sizes", "(max-width: 600px) 480px, 960px", "width", "960", "height", "640");
        SiteConfig site = dev.congkit.core.TestSites.minimal();
        Document clean = HtmlSafety.assertSafe("figure", Fixture.RENDERER.render("figure", RenderContext.of(site).withParams(base)));
        Set<String> tags = new TreeSet<>();
        Set<String> attributes = new TreeSet<>();
        clean.body().getAllElements().forEach(e -> {
            tags.add(e.tagName());
            e.attributes().forEach(a -> attributes.add(a.getKey()));
        });
        int tried = 0;
        for (String name : List.of("src", "alt", "caption", "srcset", "sizes")) {
            for (String value : values("figure." + name)) {
                tried++;
                Map<String, String> params = new java.util.HashMap<>(base);
                params.put(name, value);
                String html;
                try {
                    html = Fixture.RENDERER.render("figure", RenderContext.of(site).withParams(params));
                } catch (IllegalArgumentException e) {
                    assertTrue(e.getMessage().contains(name), () -> "a refusal names the parameter " + name + ": " + e.getMessage()
                            + "\n" + failure("figure." + name, value));
                    continue;
                }
                try {
                    Document doc = HtmlSafety.assertSafe("figure " + name, html);
                    doc.body().getAllElements().forEach(e -> {
                        assertTrue(tags.contains(e.tagName()), () -> "figure " + name + ": element <" + e.tagName() + "> did not come from the template");
                        e.attributes().forEach(a -> assertTrue(attributes.contains(a.getKey()), () -> "figure " + name + ": attribute " + a.getKey()));
                    });
                } catch (AssertionError e) {
                    throw new AssertionError(e.getMessage() + "\n" + failure("figure." + name, value), e);
                }
            }
        }
        System.out.println("Hostile input per widget: figure=" + tried + " (5 parameters × " + (FIXED.size() + RANDOM_PER_FIELD) + ")");
    }

    /** Hostile values in one field: each rendered safely by every widget that reads it, or refused by name. */
    private static int[] fuzz(ObjectNode base, String path, List<String> values, Set<String> allowedTags, Set<String> allowedAttributes) {
        int[] outcome = new int[2];
        for (String value : values) {
            try {
                outcome[tryValue(base, path, value, allowedTags, allowedAttributes) ? 0 : 1]++;
            } catch (AssertionError e) {
                throw new AssertionError(e.getMessage() + "\n" + failure(path, value), e);
            }
        }
        return outcome;
    }

    /** One value in one field: true when rendered safely, false when refused by name. */
    private static boolean tryValue(ObjectNode base, String path, String value, Set<String> allowedTags, Set<String> allowedAttributes) {
        set(base, path, value);
        SiteConfig site;
        try {
            site = Fixture.LOADER.load("site.json", base);
        } catch (ConfigException e) {
            for (ConfigProblem problem : e.problems()) {
                // a refusal names the field, or (a renamed id, say) quotes the new value where it broke a reference
                String quoted = value.strip().length() > 20 ? value.strip().substring(0, 20) : value.strip();
                assertTrue(problem.path().equals(path) || problem.path().startsWith(path + ".") || problem.message().contains(quoted),
                        () -> "a refusal names the field " + path + ": " + problem);
            }
            return false;
        }
        for (Map.Entry<String, String> rendered : render(site, READERS.get(path.replaceAll("[.\\[].*", ""))).entrySet()) {
            Document doc = HtmlSafety.assertSafe(path + " in " + rendered.getKey(), rendered.getValue());
            for (Element element : doc.body().getAllElements()) {
                if (!allowedTags.contains(element.tagName())) {
                    fail(path + " in " + rendered.getKey() + ": element <" + element.tagName() + "> did not come from a template");
                }
                element.attributes().forEach(a -> assertTrue(allowedAttributes.contains(a.getKey()),
                        () -> path + " in " + rendered.getKey() + ": attribute " + a.getKey() + " did not come from a template"));
            }
        }
        return true;
    }

    private static Map<String, String> renderAll(SiteConfig site) {
        return render(site, null);
    }

    /** Renders {@code widgets} (all when {@code null}). */
    private static Map<String, String> render(SiteConfig site, List<String> widgets) {
        Map<String, String> out = new LinkedHashMap<>();
        RenderContext context = RenderContext.of(site).withClock(dev.congkit.core.TestSites.MONDAY_23_11_2026);
        WIDGETS.forEach((id, params) -> {
            if (widgets == null || widgets.contains(id)) {
                out.put(id, Fixture.RENDERER.render(id, context.withParams(params)));
            }
        });
        return out;
    }

    private static void collect(JsonNode node, String path, List<String> paths) {
        if (node.isTextual()) {
            paths.add(path);
        } else if (node.isObject()) {
            Iterator<Map.Entry<String, JsonNode>> fields = node.fields();
            while (fields.hasNext()) {
                Map.Entry<String, JsonNode> field = fields.next();
                collect(field.getValue(), path.isEmpty() ? field.getKey() : path + "." + field.getKey(), paths);
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                collect(node.get(i), path + "[" + i + "]", paths);
            }
        }
    }

    private static void set(JsonNode root, String path, String value) {
        String[] steps = path.split("\\.|(?=\\[)");
        JsonNode node = root;
        for (int i = 0; i < steps.length - 1; i++) {
            node = step(node, steps[i]);
        }
        String last = steps[steps.length - 1];
        if (last.startsWith("[")) {
            ((ArrayNode) node).set(Integer.parseInt(last.substring(1, last.length() - 1)), TextNode.valueOf(value));
        } else {
            ((ObjectNode) node).put(last, value);
        }
    }

    private static JsonNode step(JsonNode node, String step) {
        return step.startsWith("[") ? node.get(Integer.parseInt(step.substring(1, step.length() - 1))) : node.get(step);
    }
}

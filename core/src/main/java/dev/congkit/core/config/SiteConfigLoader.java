package dev.congkit.core.config;

import dev.congkit.core.i18n.Bilingual;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonNode;
import dev.congkit.core.internal.Json;
import dev.congkit.core.internal.TreeBinder;
import dev.congkit.core.internal.Utf8;
import dev.congkit.core.model.SiteConfig;
import dev.congkit.core.model.Violation;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads {@code site.json} into a validated {@link SiteConfig}. Every problem of a file is reported
 * together, each naming the file, the JSON path, the rule and the value; a JSON syntax error is
 * reported alone, with its line and column. Unknown properties are errors. Text is normalised to
 * NFC. Either a whole valid configuration comes back or a {@link ConfigException}: never a part.
 * Thread-safe.
 *
 * <p>Example:
 * <pre>{@code
 * SiteConfigLoader loader = SiteConfigLoader.withRegisteredSections();   // thread-safe; keep one
 * SiteConfig site = loader.load(Path.of("/etc/congkit/site.json"));     // or throws ConfigException
 * String name = site.agency().fullName();                               // "Ủy ban nhân dân xã Mẫu Sơn"
 * }</pre>
 */
public final class SiteConfigLoader {

    /** Larger than any real site.json; refuses a runaway file before reading it. */
    public static final long MAX_BYTES = 10L * 1024 * 1024;

    private static final String SCHEMA_KEY = "$schema";

    private final SectionRegistry sections;

    private SiteConfigLoader(SectionRegistry sections) {
        this.sections = sections;
    }

    /** A loader that knows every section registered on the class path. */
    public static SiteConfigLoader withRegisteredSections() {
        return new SiteConfigLoader(SectionRegistry.discover());
    }

    public static SiteConfigLoader of(SectionRegistry sections) {
        return new SiteConfigLoader(sections);
    }

    public SectionRegistry sections() {
        return sections;
    }

    public SiteConfig load(Path file) throws ConfigException {
        String source = file.toString();
        try {
            long size = Files.size(file);
            if (size > MAX_BYTES) {
                throw ConfigException.of(source, tooBig(size));
            }
            return load(source, Files.readAllBytes(file));
        } catch (NoSuchFileException e) {
            throw ConfigException.of(source, Bilingual.of("không có tệp này", "no such file"));
        } catch (IOException e) {
            throw ConfigException.of(source, Bilingual.of("không đọc được: " + e.getMessage(), "cannot be read: " + e.getMessage()));
        }
    }

    /** Parses UTF-8 bytes (a leading byte-order mark is allowed). */
    public SiteConfig load(String source, byte[] utf8) throws ConfigException {
        if (utf8.length > MAX_BYTES) {
            throw ConfigException.of(source, tooBig(utf8.length));
        }
        String text = Utf8.decode(source, utf8);
        return load(source, parse(source, text));
    }

    /** Parses JSON text into a tree, reporting a syntax error with its line and column. */
    public static JsonNode parse(String source, String text) throws ConfigException {
        try {
            return Json.readStrict(text.startsWith("\uFEFF") ? text.substring(1) : text);
        } catch (StreamConstraintsException e) {
            throw ConfigException.of(source, where(e).then(limit(e)));
        } catch (Json.TrailingContentException e) {
            throw ConfigException.of(source, where(e).then(Bilingual.of("sai cú pháp JSON: sau đối tượng JSON còn nội dung khác; tệp chỉ chứa một đối tượng",
                    "invalid JSON: there is more after the JSON object; the file holds one object only")));
        } catch (JsonProcessingException e) {
            throw ConfigException.of(source, where(e).then(Bilingual.of("sai cú pháp JSON: " + e.getOriginalMessage(), "invalid JSON: " + e.getOriginalMessage())));
        }
    }

    /** Which of the reader's limits a file broke, in words. */
    private static Bilingual limit(StreamConstraintsException e) {
        String message = String.valueOf(e.getOriginalMessage());
        if (message.startsWith("Document nesting depth")) {
            return Bilingual.of("lồng sâu quá " + Json.MAX_NESTING + " cấp", "is nested deeper than " + Json.MAX_NESTING + " levels");
        }
        if (message.startsWith("Name length")) {
            return Bilingual.of("có một khóa dài quá " + Json.MAX_KEY + " ký tự; khóa là tên trường như 'fullName'",
                    "has a key longer than " + Json.MAX_KEY + " characters; keys are field names such as 'fullName'");
        }
        if (message.startsWith("Number value length")) {
            return Bilingual.of("có một số dài quá " + Json.MAX_DIGITS + " chữ số", "has a number longer than " + Json.MAX_DIGITS + " digits");
        }
        if (message.startsWith("String value length")) {
            return Bilingual.of("có một đoạn chữ dài quá mức trình đọc JSON nhận", "has a text longer than the JSON reader accepts");
        }
        String detail = message.replaceFirst("\\s*\\(from `.*$", "");
        return Bilingual.of("vượt một giới hạn của trình đọc JSON: " + detail, "breaks a limit of the JSON reader: " + detail);
    }

    private static Bilingual where(JsonProcessingException e) {
        JsonLocation at = e.getLocation();
        return at == null || at.getLineNr() < 0 ? Bilingual.same("")
                : Bilingual.of("dòng " + at.getLineNr() + ", cột " + at.getColumnNr() + ": ", "line " + at.getLineNr() + ", column " + at.getColumnNr() + ": ");
    }

    private static Bilingual tooBig(long size) {
        return Bilingual.of("có " + size + " byte, quá giới hạn " + MAX_BYTES + " byte", "is " + size + " bytes, over the limit of " + MAX_BYTES + " bytes");
    }

    /** Binds an already parsed tree. */
    public SiteConfig load(String source, JsonNode tree) throws ConfigException {
        if (tree == null || tree.isMissingNode()) {
            throw ConfigException.of(source, Bilingual.of("trống; tệp phải chứa một đối tượng JSON", "is empty; it must hold a JSON object"));
        }
        if (!tree.isObject()) {
            throw ConfigException.of(source, Bilingual.of("phải chứa một đối tượng JSON, nhưng chứa " + Json.describeIn(tree).vi(), "must hold a JSON object, but holds " + Json.describe(tree)));
        }
        TreeBinder binder = new TreeBinder();
        Map<String, Object> bound = new LinkedHashMap<>();
        for (SiteSection<?> section : sections.all()) {
            JsonNode node = tree.get(section.name());
            if (node != null && !node.isNull()) {
                Object value = binder.bind(node, section.type(), section.name());
                if (value != null) {
                    bound.put(section.name(), value);
                }
            }
        }
        JsonNode schema = tree.get(SCHEMA_KEY);
        List<Violation> extra = new ArrayList<>();
        if (schema != null && !schema.isTextual()) {
            extra.add(new Violation(SCHEMA_KEY, Bilingual.of("phải là một chuỗi chữ, nhưng đang là " + Json.describeIn(schema).vi(), "must be a string, but was " + Json.describe(schema))));
        }
        Set<String> alsoKnown = new LinkedHashSet<>(sections.names());
        alsoKnown.add(SCHEMA_KEY);
        // section keys stay in the tree: the binder skips them as known keys, so the caller's tree is never copied or changed
        SiteConfig site = binder.bindRecord(tree, SiteConfig.class, "", Map.of("sections", bound), alsoKnown);
        List<ConfigProblem> problems = new ArrayList<>();
        for (Violation v : binder.problems()) {
            problems.add(new ConfigProblem(source, v.path(), v.text()));
        }
        for (Violation v : extra) {
            problems.add(new ConfigProblem(source, v.path(), v.text()));
        }
        if (site != null) {
            // the rule set and the cross-section rules, as a site built in code is validated; cross-section rules need a whole site
            SiteValidator validator = SiteValidator.of(sections);
            problems.addAll(problems.isEmpty() ? validator.problems(source, site) : validator.ruleSetProblems(source, site));
        }
        List<String> order = new ArrayList<>();
        tree.fieldNames().forEachRemaining(order::add);
        // report in the order of the file: sections are bound before the core keys
        problems.sort(java.util.Comparator.comparingInt(p -> position(order, p.path())));
        if (!problems.isEmpty() || site == null) {
            throw new ConfigException(problems.isEmpty()
                    ? List.of(new ConfigProblem(source, "", Bilingual.of("không phải một cấu hình hợp lệ", "is not a valid configuration"))) : problems);
        }
        return site;
    }

    private static int position(List<String> order, String path) {
        String top = path.split("[.\\[]", 2)[0];
        int index = order.indexOf(top);
        return index < 0 ? order.size() : index;
    }
}

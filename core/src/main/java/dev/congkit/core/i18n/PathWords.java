package dev.congkit.core.i18n;

import dev.congkit.core.render.Locales;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Says in words where a JSON path points, for a clerk who does not read key paths or count from
 * zero: {@code leaderSchedule.weeks[3].entries[0].date} is "Lịch làm việc của lãnh đạo, tuần thứ 4,
 * dòng 1, cột Ngày". The names come from every {@value #VIETNAMESE} and {@value #ENGLISH} on the class
 * path (a vendor's jar adds its own keys); a key may be given for its parent ({@code entries.date});
 * {@code {n}} in a name stands for the element's number, counted from one. A name nobody gave is
 * shown as it is.
 *
 * <p>Example:
 * <pre>{@code
 * PathWords words = PathWords.standard();
 * words.describe("officials[2].email", Locale.forLanguageTag("vi"));   // "Cán bộ thứ 3, Thư điện tử"
 * words.describe("officials[2].email", Locale.ENGLISH);                 // "official 3, e-mail"
 * }</pre>
 */
public final class PathWords {

    /** The Vietnamese names, one file per jar. */
    public static final String VIETNAMESE = "META-INF/congkit/fields.properties";
    /** The English names, one file per jar. */
    public static final String ENGLISH = "META-INF/congkit/fields_en.properties";

    private static final Pattern STEP = Pattern.compile("([^.\\[\\]]+)|\\[(\\d{1,9})]");
    private static volatile PathWords standard;

    private final Map<String, String> vi;
    private final Map<String, String> en;

    private PathWords(Map<String, String> vi, Map<String, String> en) {
        this.vi = vi;
        this.en = en;
    }

    /** The names on the class path of CổngKit's own loader, read once. */
    public static PathWords standard() {
        PathWords known = standard;
        if (known == null) {
            known = load(PathWords.class.getClassLoader());
            standard = known;
        }
        return known;
    }

    /** The names every jar visible to {@code loader} brings. */
    public static PathWords load(ClassLoader loader) {
        return new PathWords(read(loader, VIETNAMESE), read(loader, ENGLISH));
    }

    /** The name of {@code key} alone (e.g. a section), or {@code null} when none was given. */
    public String name(String key, Locale locale) {
        return names(locale).get(key);
    }

    /** The name of {@code key} as a title, without an element's number ("Cán bộ", not "Cán bộ thứ {n}"); {@code null} when none was given. */
    public String title(String key, Locale locale) {
        String name = name(key, locale);
        return name == null ? null : unnumbered(name);
    }

    // a list named as a whole: "Cán bộ thứ {n}" is "Cán bộ", "week {n}" is "week"
    private static String unnumbered(String name) {
        return name.replace(" thứ {n}", "").replace(" {n}", "").replace("{n}", "").strip();
    }

    /** Where {@code path} points, in words of {@code locale}; the path itself when it is empty. */
    public String describe(String path, Locale locale) {
        Map<String, String> names = names(locale);
        boolean english = names == en;
        List<String> parts = new ArrayList<>();
        String parent = null;
        String pending = null;
        Matcher step = STEP.matcher(path);
        while (step.find()) {
            if (step.group(1) != null) {
                if (pending != null) {
                    parts.add(unnumbered(pending));
                }
                String name = step.group(1);
                String word = parent != null && names.containsKey(parent + "." + name) ? names.get(parent + "." + name) : names.get(name);
                pending = word != null ? word : name;
                parent = name;
            } else {
                int number = Integer.parseInt(step.group(2)) + 1;
                String base = pending != null ? pending : "";
                parts.add(base.contains("{n}") ? base.replace("{n}", String.valueOf(number))
                        : (base + (english ? " " : " thứ ") + number).strip());
                pending = null;
            }
        }
        if (pending != null) {
            parts.add(unnumbered(pending));
        }
        return parts.isEmpty() ? path : String.join(", ", parts);
    }

    private Map<String, String> names(Locale locale) {
        return Locales.supported(locale).equals(Locale.ENGLISH) ? en : vi;
    }

    private static Map<String, String> read(ClassLoader loader, String resource) {
        Map<String, String> names = new HashMap<>();
        try {
            for (URL url : Collections.list(loader.getResources(resource))) {
                Properties properties = new Properties();
                try (InputStream in = url.openStream()) {
                    properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
                }
                properties.forEach((key, value) -> names.putIfAbsent((String) key, (String) value));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
        return Map.copyOf(names);
    }
}

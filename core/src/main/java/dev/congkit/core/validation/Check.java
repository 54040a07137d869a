package dev.congkit.core.validation;

import dev.congkit.core.i18n.Bilingual;
import dev.congkit.core.model.ValidationException;
import dev.congkit.core.model.Violation;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * Collects the rules a record's arguments break, so that a compact constructor reports all of them
 * at once, with the messages the file loader prints ({@code officials[2].email: must be an e-mail
 * address, but was 'ubnd@'}): CổngKit's own records use it, and a vendor's own section record can.
 * Each method returns the (normalised) value, so one line checks and assigns:
 * <pre>{@code
 * public Agency {
 *     var check = new Check();
 *     fullName = check.requiredText("fullName", fullName);
 *     check.done();
 * }
 * }</pre>
 */
public final class Check {

    private static final int MAX_TEXT = 10_000;
    private static final Bilingual NOT_NULL = Bilingual.of("không được là null", "must not be null");

    private final List<Violation> violations = new ArrayList<>();

    /** Text normalised to NFC and trimmed; blank becomes {@code null}. */
    public static String normalize(String value) {
        if (value == null) {
            return null;
        }
        String nfc = Normalizer.normalize(value, Normalizer.Form.NFC).strip();
        return nfc.isEmpty() ? null : nfc;
    }

    /** Quotes a value for a message, shortened so a huge input does not flood the report. */
    public static String quote(Object value) {
        String text = String.valueOf(value);
        if (text.length() > 80) {
            text = text.substring(0, 77) + "...";
        }
        StringBuilder shown = new StringBuilder("'");
        // control characters are shown as escapes: a message must not carry them to a terminal
        text.chars().forEach(c -> shown.append(c == '\n' ? "\\n" : c == '\r' ? "\\r" : c < 0x20 || c >= 0x7f && c <= 0x9f
                || c == 0x2028 || c == 0x2029 ? String.format("\\u%04X", c) : String.valueOf((char) c)));
        return shown.append('\'').toString();
    }

    public void fail(String name, String message) {
        violations.add(new Violation(name, message));
    }

    /** {@code text} completes the place: "phải …" / "must …". */
    public void fail(String name, Bilingual text) {
        violations.add(new Violation(name, text));
    }

    /** Adds the violations of a nested value (for example a list element) under {@code name}. */
    public void failAll(String name, ValidationException e) {
        for (Violation v : e.violations()) {
            violations.add(v.under(name));
        }
    }

    public <T> T required(String name, T value) {
        if (value == null) {
            fail(name, Bilingual.of("không được để trống", "is required"));
        }
        return value;
    }

    /**
     * Optional free text: NFC, trimmed, at most 10 000 characters, no control characters (C0 but
     * line feed and tab, DEL, C1) and no Unicode line or paragraph separator, which vCard,
     * iCalendar and JavaScript readers take for line breaks.
     */
    public String text(String name, String value) {
        String text = normalize(value);
        if (text == null) {
            return null;
        }
        if (text.length() > MAX_TEXT) {
            fail(name, Bilingual.of("dài tối đa " + MAX_TEXT + " ký tự, nhưng có " + text.length(),
                    "must be at most " + MAX_TEXT + " characters, but was " + text.length()));
        } else if (hasControlCharacter(text)) {
            fail(name, Bilingual.of("không được chứa ký tự điều khiển, nhưng đang là " + quote(text),
                    "must not contain control characters, but was " + quote(text)));
        } else if (text.indexOf('\u2028') >= 0 || text.indexOf('\u2029') >= 0) {
            fail(name, Bilingual.of("không được chứa ký tự ngắt dòng, ngắt đoạn Unicode (U+2028, U+2029; hãy xuống dòng bình thường),"
                    + " nhưng đang là " + quote(text),
                    "must not contain a Unicode line or paragraph separator (U+2028, U+2029; write a plain line break), but was "
                    + quote(text)));
        }
        return text;
    }

    public String requiredText(String name, String value) {
        return required(name, text(name, value));
    }

    /** Optional text that must match {@code pattern}; {@code rule} completes "must be ..." (English only). */
    public String matches(String name, String value, Pattern pattern, String rule) {
        return matches(name, value, pattern, Bilingual.same(rule));
    }

    /** Optional text that must match {@code pattern}; {@code rule} completes "phải là …" / "must be …". */
    public String matches(String name, String value, Pattern pattern, Bilingual rule) {
        String text = text(name, value);
        if (text != null && !pattern.matcher(text).matches()) {
            fail(name, mustBe(rule, text));
        }
        return text;
    }

    /** {@code description} completes "must be ..." (English only). */
    public <T> T that(String name, T value, Predicate<T> rule, String description) {
        return that(name, value, rule, Bilingual.same(description));
    }

    /** {@code description} completes "phải là …" / "must be …". */
    public <T> T that(String name, T value, Predicate<T> rule, Bilingual description) {
        if (value != null && !rule.test(value)) {
            fail(name, mustBe(description, value));
        }
        return value;
    }

    /** "phải là {rule}, nhưng đang là '{value}'" / "must be {rule}, but was '{value}'". */
    public static Bilingual mustBe(Bilingual rule, Object value) {
        return Bilingual.of("phải là " + rule.vi() + ", nhưng đang là " + quote(value), "must be " + rule.en() + ", but was " + quote(value));
    }

    /**
     * "không được trước {other} ({otherValue}), nhưng đang là {value}" / "must not be before {other} ({otherValue}), but
     * was {value}": {@code other} is the key of the field it is compared with, said in words in Vietnamese.
     */
    public static Bilingual notBefore(String other, Object otherValue, Object value) {
        String otherVi = dev.congkit.core.i18n.PathWords.standard().describe(other, java.util.Locale.forLanguageTag("vi"));
        String shown = otherValue == null ? "" : " (" + otherValue + ")";
        return Bilingual.of("không được trước " + otherVi + shown + ", nhưng đang là " + value,
                "must not be before " + other + shown + ", but was " + value);
    }

    /** "phải sau {other} ({otherValue}), nhưng đang là {value}" / "must be after {other} ({otherValue}), but was {value}". */
    public static Bilingual after(String other, Object otherValue, Object value) {
        String otherVi = dev.congkit.core.i18n.PathWords.standard().describe(other, java.util.Locale.forLanguageTag("vi"));
        return Bilingual.of("phải sau " + otherVi + " (" + otherValue + "), nhưng đang là " + value,
                "must be after " + other + " (" + otherValue + "), but was " + value);
    }

    /** "phải là duy nhất, nhưng {value} …" / "must be unique, but {value} …": {@code rest} ends the sentence. */
    public static Bilingual notUnique(Object value, Bilingual rest) {
        return Bilingual.of("không được trùng, nhưng " + quote(value) + " " + rest.vi(), "must be unique, but " + quote(value) + " " + rest.en());
    }

    /** An immutable copy; {@code null} becomes empty; {@code null} elements are refused. */
    public <T> List<T> list(String name, List<T> value) {
        if (value == null) {
            return List.of();
        }
        List<T> copy = new ArrayList<>(value.size());
        for (int i = 0; i < value.size(); i++) {
            T element = value.get(i);
            if (element == null) {
                fail(name + "[" + i + "]", NOT_NULL);
            } else {
                copy.add(element);
            }
        }
        return List.copyOf(copy);
    }

    /** An immutable copy that keeps insertion order; {@code null} becomes empty. */
    public <V> Map<String, V> map(String name, Map<String, V> value) {
        if (value == null) {
            return Map.of();
        }
        Map<String, V> copy = new LinkedHashMap<>();
        value.forEach((key, element) -> {
            if (element == null) {
                fail(name + "." + key, NOT_NULL);
            } else {
                copy.put(key, element);
            }
        });
        return java.util.Collections.unmodifiableMap(copy);
    }

    public boolean ok() {
        return violations.isEmpty();
    }

    /** Throws a {@link ValidationException} listing every rule broken so far, if any. */
    public void done() {
        if (!violations.isEmpty()) {
            throw new ValidationException(violations);
        }
    }

    private static boolean hasControlCharacter(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x20 && c != '\n' && c != '\t' || c >= 0x7f && c <= 0x9f) {
                return true;
            }
        }
        return false;
    }
}

package dev.congkit.cli;

import dev.congkit.core.i18n.Bilingual;
import dev.congkit.core.render.Locales;
import picocli.CommandLine;

import java.util.Locale;

/**
 * The language of what the command prints: Vietnamese by default, whatever the machine's locale;
 * English with {@code --lang en}. Read from the arguments before picocli builds the help, so that the
 * help, the errors and the output agree.
 */
final class Language {

    private static final ThreadLocal<Locale> CURRENT = ThreadLocal.withInitial(() -> Locales.fromTag("vi"));

    private Language() {
    }

    /** The language the running command speaks. */
    static Locale current() {
        return CURRENT.get();
    }

    static boolean english() {
        return current().equals(Locale.ENGLISH);
    }

    /** {@code text} in the running command's language. */
    static String say(Bilingual text) {
        return text.in(current());
    }

    /** {@code vi} or {@code en}, by the running command's language. */
    static String say(String vi, String en) {
        return english() ? en : vi;
    }

    /** "không có bộ quy tắc 'x' (các bộ có: …)" when {@code id} names no built-in rule set, else {@code null}. */
    static String unknownRuleSet(String id) {
        var known = dev.congkit.core.rules.RuleSets.builtIn();
        if (id == null || known.get(id).isPresent()) {
            return null;
        }
        String ids = String.join(", ", known.ids());
        return say("không có bộ quy tắc '" + id + "' (các bộ có: " + ids + ")", "unknown rule set '" + id + "' (known: " + ids + ")");
    }

    static void set(Locale locale) {
        CURRENT.set(locale);
    }

    static void clear() {
        CURRENT.remove();
    }

    /** The value of {@code --lang} (or {@code --lang=}) among {@code args}; {@code null} when it is not given. */
    static String requested(String... args) {
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("--")) {
                return null;
            }
            if (args[i].equals("--lang") && i + 1 < args.length) {
                return args[i + 1];
            }
            if (args[i].startsWith("--lang=")) {
                return args[i].substring("--lang=".length());
            }
        }
        return null;
    }

    /** {@code --lang vi|en}, accepted by every command. */
    static final class Option {
        @CommandLine.Option(names = "--lang", paramLabel = "vi|en", descriptionKey = "lang",
                description = "Language of the messages: vi (default) or en.")
        String lang;
    }
}

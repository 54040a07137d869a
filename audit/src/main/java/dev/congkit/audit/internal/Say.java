package dev.congkit.audit.internal;

import dev.congkit.core.i18n.Messages;

import java.util.List;
import java.util.Locale;

/** The auditor's sentences in the report's language: {@code {0}}, {@code {1}}… are replaced by the arguments. */
public final class Say {

    public static final String BUNDLE = "dev.congkit.audit.messages";

    private final Messages messages;

    public Say(Locale locale) {
        this.messages = Messages.load(locale, List.of(BUNDLE), Say.class.getClassLoader());
    }

    public Locale locale() {
        return messages.locale();
    }

    public String t(String key, Object... args) {
        // a sentence about one thing reads otherwise ("Ảnh trên trang có…", not "1 ảnh đều có…"): KEYOne when there is one
        boolean one = args.length > 0 && args[0] instanceof Number n && n.longValue() == 1;
        String text = (one ? messages.find(key + "One") : java.util.Optional.<String>empty()).or(() -> messages.find(key))
                .orElseThrow(() -> new IllegalStateException("no message '" + key + "'"));
        for (int i = 0; i < args.length; i++) {
            text = text.replace("{" + i + "}", String.valueOf(args[i]));
        }
        return text;
    }

    /** Every sentence as nested maps, for templates ({@code {{msg.report.title}}}). */
    public java.util.Map<String, Object> tree() {
        return messages.tree();
    }

    public java.util.Optional<String> find(String key) {
        return messages.find(key);
    }

    /** A list joined the way the language does: "a, b và c" / "a, b and c". */
    public String list(List<String> items) {
        if (items.size() <= 1) {
            return items.isEmpty() ? "" : items.get(0);
        }
        return String.join(", ", items.subList(0, items.size() - 1)) + t("and") + items.get(items.size() - 1);
    }
}

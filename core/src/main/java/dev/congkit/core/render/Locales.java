package dev.congkit.core.render;

import java.util.List;
import java.util.Locale;

/**
 * The languages widgets render in: Vietnamese (default) and English (CONTACT-ENGLISH).
 *
 * <p>Example:
 * <pre>{@code
 * Locale locale = Locales.fromTag(request.getParameter("lang"));   // "en" gives English, anything else Vietnamese
 * }</pre>
 */
public final class Locales {

    public static final List<Locale> SUPPORTED = List.of(RenderContext.VIETNAMESE, Locale.ENGLISH);

    private Locales() {
    }

    /** {@code en} for any English locale, otherwise Vietnamese. */
    public static Locale supported(Locale locale) {
        return locale != null && "en".equals(locale.getLanguage()) ? Locale.ENGLISH : RenderContext.VIETNAMESE;
    }

    /** From a {@code lang} parameter such as {@code en}, {@code en-US} or {@code vi}. */
    public static Locale fromTag(String tag) {
        return tag == null ? RenderContext.VIETNAMESE : supported(Locale.forLanguageTag(tag.strip()));
    }
}

package dev.congkit.widgets.language;

import dev.congkit.core.render.Labels;
import dev.congkit.core.render.RenderContext;
import dev.congkit.core.render.Widget;
import dev.congkit.widgets.internal.Links;

import java.util.List;

/**
 * Links to the same page in Vietnamese and in English ({@code language-switcher}, CONTACT-ENGLISH):
 * each named in its own language ({@code lang}, {@code hreflang}), the current one marked with
 * {@code aria-current}. The header shows it when {@code header.languageSwitcher} is true; alone it
 * fits any place a portal chooses.
 *
 * <p>Example:
 * <pre>{@code
 * renderer.render(LanguageSwitcherWidget.ID, RenderContext.of(site).withPath("/lien-he"), out);
 * // <nav class="ck-languages" aria-label="Ngôn ngữ"> Tiếng Việt (current) · English → /lien-he?lang=en </nav>
 * }</pre>
 */
public final class LanguageSwitcherWidget implements Widget {

    public static final String ID = "language-switcher";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public List<String> requirements() {
        return List.of("CONTACT-ENGLISH");
    }

    @Override
    public Object model(RenderContext context, Labels labels) {
        return view(context, labels.get("languages.label"));
    }

    /** The links for the page of {@code context} (Vietnamese at its path, English with {@code ?lang=en}), named {@code label}. */
    public static View view(RenderContext context, String label) {
        String path = Links.path(context.path());
        return new View(label, List.of(
                new Choice("Tiếng Việt", "vi", path, !context.isEnglish()),
                new Choice("English", "en", Links.inLanguage(path, true), context.isEnglish())));
    }

    /**
     * What the template reads.
     *
     * <p>Example:
     * <pre>{@code
     * <nav aria-label="{{label}}">{{#choices}}<a href="{{url}}" hreflang="{{tag}}" lang="{{tag}}">{{name}}</a>{{/choices}}</nav>
     * }</pre>
     */
    public record View(String label, List<Choice> choices) {
    }

    /**
     * One language: its name in itself, its tag, the page's address in it, and whether it is the page's.
     *
     * <p>Example:
     * <pre>{@code
     * new LanguageSwitcherWidget.Choice("English", "en", "/lien-he?lang=en", false)
     * }</pre>
     */
    public record Choice(String name, String tag, String url, boolean current) {
    }
}

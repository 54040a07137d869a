package dev.congkit.core.render.internal;

import com.github.mustachejava.DefaultMustacheFactory;
import com.github.mustachejava.DefaultMustacheVisitor;
import com.github.mustachejava.MustacheResolver;
import com.github.mustachejava.MustacheVisitor;
import com.github.mustachejava.TemplateContext;
import com.github.mustachejava.codes.ValueCode;
import dev.congkit.core.html.SafeHtml;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.List;

/**
 * A Mustache factory whose escaped {@code {{value}}} writes a {@link SafeHtml} as its sanitised
 * markup and everything else escaped: templates keep their one tag form, and raw strings can never
 * pass unescaped. Internal: no compatibility promise.
 */
public final class SafeHtmlAwareFactory extends DefaultMustacheFactory {

    public SafeHtmlAwareFactory(MustacheResolver resolver) {
        super(resolver);
    }

    @Override
    public MustacheVisitor createMustacheVisitor() {
        return new DefaultMustacheVisitor(this) {
            @Override
            public void value(TemplateContext context, String variable, boolean encoded) {
                list.add(new SafeHtmlValue(context, df, variable, encoded));
            }
        };
    }

    private static final class SafeHtmlValue extends ValueCode {

        SafeHtmlValue(TemplateContext context, DefaultMustacheFactory factory, String variable, boolean encoded) {
            super(context, factory, variable, encoded);
        }

        @Override
        public Writer execute(Writer writer, List<Object> scopes) {
            Object value = get(scopes);
            if (!(value instanceof SafeHtml)) {
                return super.execute(writer, scopes);
            }
            try {
                writer.write(((SafeHtml) value).html());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return appendText(run(writer, scopes));
        }
    }
}

package dev.congkit.bench;

import java.util.Locale;

/** Checks that every hand-written baseline writes exactly the template's bytes, in both languages. */
public final class Verify {

    private Verify() {
    }

    public static void main(String[] args) {
        check(new Fixture());
        System.out.println("hand-written baselines are byte-identical to the templates for " + Fixture.WIDGETS.keySet());
    }

    static void check(Fixture fixture) {
        for (Locale locale : new Locale[] {Locale.forLanguageTag("vi"), Locale.ENGLISH}) {
            for (String id : Fixture.WIDGETS.keySet()) {
                var context = fixture.context(id).withLocale(locale);
                String template = fixture.renderer.render(id, context);
                String hand = HandWritten.render(fixture.widgets.get(id), context, fixture.renderer.labels(id, locale));
                if (!template.equals(hand)) {
                    int at = 0;
                    while (at < Math.min(template.length(), hand.length()) && template.charAt(at) == hand.charAt(at)) {
                        at++;
                    }
                    throw new IllegalStateException(id + " (" + locale + "): hand-written output differs at " + at + ":\n template: "
                            + snippet(template, at) + "\n hand:     " + snippet(hand, at));
                }
                if (template.isEmpty()) {
                    throw new IllegalStateException(id + " renders nothing for the sample site");
                }
            }
        }
    }

    private static String snippet(String text, int at) {
        return text.substring(Math.max(0, at - 40), Math.min(text.length(), at + 60)).replace("\n", "⏎");
    }
}

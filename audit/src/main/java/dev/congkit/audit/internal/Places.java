package dev.congkit.audit.internal;

import dev.congkit.audit.Evidence;

import java.util.regex.Pattern;

/**
 * Where a piece of evidence is, in words a reader knows ("Chân trang của trang chủ"), read from its
 * selector; the selector itself stays in the JSON report for those who want to find the element.
 */
public final class Places {

    private static final Pattern FOOTER = Pattern.compile("(^|[\\s>])footer\\b|contentinfo");
    private static final Pattern HEADER = Pattern.compile("(^|[\\s>])header\\b|\\[role=banner]");
    private static final Pattern MENU = Pattern.compile("(^|[\\s>])nav\\b|navigation");
    private static final Pattern SIDE = Pattern.compile("(^|[\\s>])aside\\b");
    private static final Pattern MAIN = Pattern.compile("(^|[\\s>])(main|article)\\b");

    private Places() {
    }

    /** "Chân trang của trang chủ", "Nội dung chính của http://…/lich.html": the region, then the page. */
    public static String describe(Evidence evidence, String home, Say say) {
        String selector = evidence.selector();
        String region = FOOTER.matcher(selector).find() ? "place.footer"
                : MENU.matcher(selector).find() ? "place.menu"
                : HEADER.matcher(selector).find() ? "place.header"
                : SIDE.matcher(selector).find() ? "place.side"
                : MAIN.matcher(selector).find() ? "place.main" : "place.page";
        boolean onHome = evidence.url().equals(home) || home.isEmpty();
        return onHome ? say.t(region + "Home") : say.t(region + "Of", evidence.url());
    }
}

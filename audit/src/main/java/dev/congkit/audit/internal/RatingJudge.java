package dev.congkit.audit.internal;

import org.jsoup.nodes.Element;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * SATISFACTION-RATING: some page read lets people rate the information, a form posting scores 1 to
 * 5 (radio inputs or buttons of one name), and it asks nothing personal (no name, phone, e-mail or
 * address field). A rating built by script alone is not seen without the browser.
 */
public final class RatingJudge implements Judge {

    private static final String ID = "SATISFACTION-RATING";
    private static final Pattern PERSONAL = Pattern.compile("ho-?ten|hoten|full.?name|^name$|ten-nguoi|phone|dien-?thoai|sdt|(^|[-_.])tel($|[-_.])|e-?mail|thu-dien-tu|"
            + "dia-?chi|address|cccd|cmnd");

    @Override
    public void judge(SiteAudit site) {
        if (!site.asks(ID)) {
            return;
        }
        for (Page page : site.pages()) {
            for (Element form : page.body().select("form")) {
                if (!Html.hidden(form) && ratesOneToFive(form)) {
                    List<String> personal = personalFields(form);
                    if (personal.isEmpty()) {
                        site.verdicts().met(ID, site.say().t("rating.found", page.url()), List.of(site.evidence(page, form)));
                    } else {
                        site.verdicts().notMet(ID, site.say().t("rating.personal", page.url(), String.join(", ", personal)),
                                List.of(site.evidence(page, form)));
                    }
                    return;
                }
            }
        }
        site.verdicts().notMet(ID, site.say().t("rating.none", site.pages().size()), List.of());
    }

    /** Radio inputs, or submit buttons, of one name whose values are 1 to 5. */
    static boolean ratesOneToFive(Element form) {
        for (String selector : new String[] {"input[type=radio][name]", "button[name][value], input[type=submit][name][value]"}) {
            java.util.Map<String, Set<String>> valuesByName = new java.util.HashMap<>();
            for (Element control : form.select(selector)) {
                valuesByName.computeIfAbsent(control.attr("name"), n -> new TreeSet<>()).add(control.attr("value").strip());
            }
            if (valuesByName.values().stream().anyMatch(values -> values.containsAll(List.of("1", "2", "3", "4", "5")))) {
                return true;
            }
        }
        return false;
    }

    private static List<String> personalFields(Element form) {
        return form.select("input, textarea, select").stream()
                .filter(c -> !c.attr("type").equalsIgnoreCase("hidden") && !Html.hidden(c))
                .filter(c -> c.attr("type").equalsIgnoreCase("email") || c.attr("type").equalsIgnoreCase("tel")
                        || PERSONAL.matcher(c.attr("name").toLowerCase(Locale.ROOT)).find()
                        || PERSONAL.matcher(c.attr("autocomplete").toLowerCase(Locale.ROOT)).find())
                .map(c -> c.attr("name").isEmpty() ? c.tagName() : c.attr("name")).distinct().toList();
    }
}

package dev.congkit.core.rules;

import dev.congkit.core.i18n.Bilingual;
import dev.congkit.core.validation.Check;

import java.time.LocalDate;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * A versioned set of requirements, read from a resource file. A national set applies by its dates;
 * a preset ({@code national: false}) sits on top of the national set in force on the date of a check.
 *
 * <p>Example:
 * <pre>{@code
 * RuleSet set = RuleSets.builtIn().get("thanhhoa-camthuy-2023").orElseThrow();
 * set.inForceOn(LocalDate.of(2026, 11, 28));   // true
 * set.requirements().keySet();                 // [MENU-MAIN, MENU-TOP, BANNER-FEEDBACK, ...]
 * }</pre>
 */
public record RuleSet(String id, String title, String titleEn, Boolean national, LocalDate validFrom,
                      LocalDate validUntil, Map<String, Rule> requirements) {

    private static final Pattern ID = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
    private static final Pattern REQUIREMENT = Pattern.compile("[A-Z0-9]+(-[A-Z0-9]+)*");

    public RuleSet {
        var check = new Check();
        id = check.required("id", check.matches("id", id, ID, Bilingual.of("một mã viết thường như vn-nd42-2022", "a lower-case id such as vn-nd42-2022")));
        title = check.requiredText("title", title);
        titleEn = check.requiredText("titleEn", titleEn);
        national = Boolean.TRUE.equals(national);
        requirements = check.map("requirements", requirements);
        requirements.keySet().forEach(key -> check.that("requirements", key,
                k -> REQUIREMENT.matcher(k).matches(), Bilingual.of("theo mã yêu cầu như MENU-MAIN", "keyed by requirement IDs such as MENU-MAIN")));
        if (validFrom != null && validUntil != null && validUntil.isBefore(validFrom)) {
            check.fail("validUntil", Check.notBefore("validFrom", null, validUntil));
        }
        check.done();
    }

    /** Whether the set is in force on {@code date}. */
    public boolean inForceOn(LocalDate date) {
        return (validFrom == null || !date.isBefore(validFrom)) && (validUntil == null || !date.isAfter(validUntil));
    }
}

package dev.congkit.core.rules;

import dev.congkit.core.check.Severity;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RuleSetsTest {

    private final RuleSets sets = RuleSets.builtIn();

    @Test
    void shipsTheThreeSetsOfTheCatalogue() {
        assertEquals(List.of("vn-nd42-2022", "vn-nd224-2026", "thanhhoa-camthuy-2023"), sets.ids());
    }

    @Test
    void theNationalSetInForceDependsOnTheDate() {
        assertEquals("vn-nd42-2022", sets.nationalOn(LocalDate.of(2026, 6, 30)).orElseThrow().id());
        assertEquals("vn-nd224-2026", sets.nationalOn(LocalDate.of(2026, 7, 1)).orElseThrow().id());
        assertTrue(sets.nationalOn(LocalDate.of(2022, 1, 1)).isEmpty());
    }

    @Test
    void thePresetSitsOnTopOfTheNationalSetInForce() {
        EffectiveRules before = sets.effective("thanhhoa-camthuy-2023", LocalDate.of(2023, 2, 23));
        assertEquals(List.of("vn-nd42-2022", "thanhhoa-camthuy-2023"), before.layers().stream().map(RuleSet::id).toList());
        assertEquals(Severity.ERROR, before.rule("BANNER-FEEDBACK").orElseThrow().severity());
        assertTrue(before.rule("FOOTER-RESPONSIBLE").isPresent(), "national rules still apply");
        assertTrue(before.rule("DOMAIN").isEmpty(), "DOMAIN comes with NĐ 224/2026 only");
        EffectiveRules after = sets.effective("thanhhoa-camthuy-2023", LocalDate.of(2026, 11, 28));
        assertEquals("vn-nd224-2026", after.layers().get(0).id());
        assertTrue(after.rule("DOMAIN").isPresent());
    }

    @Test
    void directiveOnlyAndFutureRequirementsStayOutOfTheNationalSets() {
        for (String national : List.of("vn-nd42-2022", "vn-nd224-2026")) {
            RuleSet set = sets.get(national).orElseThrow();
            for (String id : List.of("BANNER-FEEDBACK", "MENU-MAIN", "REPORT", "DOCS-LIST")) {
                assertFalse(set.requirements().containsKey(id), national + " must not hold " + id);
            }
        }
    }

    @Test
    void maintenanceNoticesAndSatisfactionRatingsComeWithNd224Only() {
        for (String id : List.of("MAINTENANCE-NOTICE", "SATISFACTION-RATING")) {
            assertTrue(sets.get("vn-nd224-2026").orElseThrow().requirements().containsKey(id), id);
            assertFalse(sets.get("vn-nd42-2022").orElseThrow().requirements().containsKey(id), id);
        }
    }

    @Test
    void unknownSetIsNamed() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> sets.effective("x", LocalDate.now()));
        assertEquals("unknown rule set 'x' (known: vn-nd42-2022, vn-nd224-2026, thanhhoa-camthuy-2023)", e.getMessage());
    }
}

package dev.congkit.widgets;

import dev.congkit.core.render.Widget;
import dev.congkit.core.rules.RuleSet;
import dev.congkit.core.rules.RuleSets;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.ServiceLoader;
import java.util.Set;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Each shipped widget names the requirements it serves, and only IDs of the catalogue the rule sets use. */
class WidgetRequirementsTest {

    @Test
    void everyWidgetServesKnownRequirements() {
        Set<String> catalogue = new TreeSet<>();
        RuleSets.builtIn().ids().forEach(id -> RuleSets.builtIn().get(id).map(RuleSet::requirements).ifPresent(r -> catalogue.addAll(r.keySet())));
        assertTrue(catalogue.size() > 25, catalogue.toString());
        List<String> problems = new ArrayList<>();
        List<Widget> widgets = new ArrayList<>();
        dev.congkit.core.Extension.discover(getClass().getClassLoader()).forEach(extension -> widgets.addAll(extension.widgets()));
        ServiceLoader.load(Widget.class).forEach(widgets::add);
        for (Widget widget : widgets) {
            if (widget.requirements().isEmpty()) {
                problems.add(widget.id() + " names no requirement");
            }
            widget.requirements().stream().filter(id -> !catalogue.contains(id)).forEach(id -> problems.add(widget.id() + ": " + id + " is not in the catalogue"));
        }
        assertEquals(List.of(), problems);
        assertTrue(widgets.size() >= 20, "the shipped widgets were found: " + widgets.size());
    }
}

package dev.congkit.core.model;

import dev.congkit.core.rules.Rule;
import dev.congkit.core.rules.RuleSet;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/**
 * Keeps {@link Required} (read by the schema generator) and the constructors' "is required" rules
 * in step: built from all nulls, a record must complain about exactly its required components.
 */
public class RecordContractsTest {

    @TestFactory
    Stream<DynamicTest> requiredAnnotationsMatchConstructors() {
        return recordsToCheck().stream().map(type -> DynamicTest.dynamicTest(type.getSimpleName(), () -> assertContract(type)));
    }

    /** The records of this module; other modules call {@link #assertContract} for theirs. */
    protected List<Class<? extends Record>> recordsToCheck() {
        return List.of(Agency.class, Official.class, Link.class, ImageRef.class, ParentAgency.class, SiteConfig.class, WorkCalendar.class,
                Rule.class, RuleSet.class);
    }

    public static void assertContract(Class<? extends Record> type) throws ReflectiveOperationException {
        RecordComponent[] components = type.getRecordComponents();
        Set<String> annotated = Arrays.stream(components).filter(c -> c.isAnnotationPresent(Required.class))
                .map(RecordComponent::getName).collect(Collectors.toCollection(TreeSet::new));
        Object[] nulls = new Object[components.length];
        var constructor = type.getDeclaredConstructor(Arrays.stream(components).map(RecordComponent::getType).toArray(Class<?>[]::new));
        Set<String> complained = new TreeSet<>();
        try {
            constructor.newInstance(nulls);
        } catch (java.lang.reflect.InvocationTargetException e) {
            ValidationException invalid = (ValidationException) e.getCause();
            invalid.violations().stream().filter(v -> v.message().equals("is required")).forEach(v -> complained.add(v.path()));
        }
        if (type == Rule.class || type == RuleSet.class) {
            return; // rule-set files are not part of site.json; only their constructors must not crash on nulls
        }
        assertEquals(annotated, complained, type.getSimpleName() + ": @Required components vs. 'is required' rules");
    }

    @org.junit.jupiter.api.Test
    void aRecordThatComplainsWithoutAnnotationIsCaught() {
        record Lying(String name) {
            Lying {
                var check = new dev.congkit.core.validation.Check();
                check.requiredText("name", name);
                check.done();
            }
        }
        assertThrows(org.opentest4j.AssertionFailedError.class, () -> assertContract(Lying.class));
    }
}

package dev.congkit.feedback;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/** The feedback module sits beside the servlet adapter: it uses the store, the image checks and core, never a widget's internals or the tools above it. */
class ArchitectureTest {

    private final JavaClasses feedback = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("dev.congkit.feedback");

    @Test
    void feedbackUsesNoInternalsOfOtherModulesAndNoDriver() {
        noClasses().should().dependOnClassesThat().resideInAnyPackage("dev.congkit.widgets..", "dev.congkit.store.internal..",
                        "dev.congkit.servlet.internal..", "dev.congkit.image.internal..", "dev.congkit.core.internal..", "dev.congkit.audit..",
                        "dev.congkit.cli..", "dev.congkit.samples..", "org.h2..", "org.postgresql..", "java.awt..")
                .because("the module reaches others through their public API, and any JDBC database may hold its rows")
                .check(feedback);
    }
}

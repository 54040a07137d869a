package dev.congkit.audit;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/** The auditor judges any portal from its HTML: it needs core and jsoup, never a servlet container, AWT or our widgets. */
class ArchitectureTest {

    private final JavaClasses audit = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("dev.congkit.audit");

    @Test
    void auditDependsOnCoreOnly() {
        noClasses().should().dependOnClassesThat().resideInAnyPackage(
                        "jakarta.servlet..", "javax.servlet..", "java.awt..", "javax.imageio..", "javax.swing..",
                        "dev.congkit.widgets..", "dev.congkit.image..", "dev.congkit.servlet..", "dev.congkit.cli..", "dev.congkit.samples..")
                .because("the auditor must judge other vendors' portals by their HTML alone")
                .check(audit);
    }
}

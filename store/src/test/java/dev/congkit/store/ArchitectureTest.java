package dev.congkit.store;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/** The store needs core and JDBC only: no servlet container, no widget type, no driver class (drivers come by URL). */
class ArchitectureTest {

    private final JavaClasses store = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("dev.congkit.store");

    @Test
    void storeDependsOnCoreOnly() {
        noClasses().should().dependOnClassesThat().resideInAnyPackage(
                        "jakarta.servlet..", "javax.servlet..", "java.awt..", "org.h2..", "org.postgresql..",
                        "dev.congkit.widgets..", "dev.congkit.image..", "dev.congkit.servlet..", "dev.congkit.cli..", "dev.congkit.samples..")
                .because("sections of widgets reach the store as site.json trees, and any JDBC database may hold them")
                .check(store);
    }
}

package dev.congkit.core;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/** core never imports servlet, AWT/ImageIO or HTML-parser types, nor any other CổngKit module. */
class ArchitectureTest {

    private final JavaClasses core = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("dev.congkit.core");

    @Test
    void coreHasNoServletAwtOrHtmlParserDependency() {
        noClasses().should().dependOnClassesThat().resideInAnyPackage(
                        "jakarta.servlet..", "javax.servlet..", "java.awt..", "javax.imageio..", "javax.swing..", "org.jsoup..")
                .because("core must run anywhere: no servlet container, no AWT, no HTML parser")
                .check(core);
    }

    @Test
    void coreImportsNoOtherModule() {
        noClasses().should().dependOnClassesThat().resideInAnyPackage(
                        "dev.congkit.widgets..", "dev.congkit.image..", "dev.congkit.servlet..", "dev.congkit.audit..",
                        "dev.congkit.cli..", "dev.congkit.samples..")
                .check(core);
    }
}

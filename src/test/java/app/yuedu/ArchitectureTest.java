package app.yuedu;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** Keeps the functional core pure and the features free of cycles (see STYLE.md). */
class ArchitectureTest {

    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("app.yuedu");

    @Test
    void corePackagesUseNoFrameworkTypes() {
        noClasses().that().resideInAPackage("app.yuedu..core..")
                .should().dependOnClassesThat().resideInAnyPackage(
                        "io.quarkus..", "jakarta..", "javax.persistence..", "org.hibernate..", "io.vertx..",
                        "org.jboss..", "org.eclipse.microprofile..", "io.micrometer..")
                .check(CLASSES);
    }

    @Test
    void corePackagesDoNotReachIntoTheShell() {
        noClasses().that().resideInAPackage("app.yuedu..core..")
                .should().dependOnClassesThat().resideInAnyPackage(
                        "app.yuedu.articles", "app.yuedu.lexicon", "app.yuedu.web",
                        "app.yuedu.system", "app.yuedu.study", "app.yuedu.scheduling", "app.yuedu.export",
                        "app.yuedu.accounts")
                .check(CLASSES);
    }

    @Test
    void featuresHaveNoCycles() {
        slices().matching("app.yuedu.(*)..").should().beFreeOfCycles().check(CLASSES);
    }
}

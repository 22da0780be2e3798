package app.yuedu;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.EvaluationResult;
import org.junit.jupiter.api.Test;

/** Keeps the functional core pure and the features free of cycles (see STYLE.md). */
class ArchitectureTest {

    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("app.yuedu");

    @Test
    void corePackagesUseNoFrameworkTypes() {
        assertNoViolations(noClasses().that().resideInAPackage("app.yuedu..core..")
                .should().dependOnClassesThat().resideInAnyPackage(
                        "io.quarkus..", "jakarta..", "javax.persistence..", "org.hibernate..", "io.vertx..",
                        "org.jboss..", "org.eclipse.microprofile..", "io.micrometer.."));
    }

    @Test
    void corePackagesDoNotReachIntoTheShell() {
        assertNoViolations(noClasses().that().resideInAPackage("app.yuedu..core..")
                .should().dependOnClassesThat().resideInAnyPackage(
                        "app.yuedu.articles", "app.yuedu.lexicon", "app.yuedu.web",
                        "app.yuedu.system", "app.yuedu.study", "app.yuedu.scheduling", "app.yuedu.export",
                        "app.yuedu.accounts"));
    }

    @Test
    void featuresHaveNoCycles() {
        assertNoViolations(slices().matching("app.yuedu.(*)..").should().beFreeOfCycles());
    }

    /** The rule holds for the application's classes, which were found (an empty import would prove nothing). */
    private static void assertNoViolations(ArchRule rule) {
        assertTrue(CLASSES.size() > 100, "application classes imported: " + CLASSES.size());
        EvaluationResult result = rule.evaluate(CLASSES);
        assertFalse(result.hasViolation(), () -> String.join("\n", result.getFailureReport().getDetails()));
    }
}

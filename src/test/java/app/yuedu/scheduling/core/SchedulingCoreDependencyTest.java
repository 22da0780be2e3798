package app.yuedu.scheduling.core;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.EvaluationResult;
import org.junit.jupiter.api.Test;

/** The scheduling core stays pure: it uses the JDK and itself only, so it can be tested and reused alone. */
class SchedulingCoreDependencyTest {

    @Test
    void coreUsesOnlyTheJdk() {
        JavaClasses core = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("app.yuedu.scheduling.core");
        assertTrue(core.contain(FsrsScheduler.class), "the scheduling core was imported");
        EvaluationResult result = classes().should().onlyDependOnClassesThat()
                .resideInAnyPackage("java..", "app.yuedu.scheduling.core..").evaluate(core);
        assertFalse(result.hasViolation(), () -> String.join("\n", result.getFailureReport().getDetails()));
    }
}

package gov.supervision.app;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/** Dependencies point one way: app → processes / query-side → command-side, and only to its api packages. */
class ArchitectureTest {

    private final JavaClasses classes = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("gov.supervision");

    @Test
    void theCommandSideKnowsNothingOfCamundaReadModelsOrTheApp() {
        noClasses().that().resideInAPackage("gov.supervision.command..")
                .should().dependOnClassesThat().resideInAnyPackage("org.camunda..", "gov.supervision.query..",
                        "gov.supervision.process..", "gov.supervision.bpmn..", "gov.supervision.app..")
                .check(classes);
    }

    @Test
    void theQuerySideAndTheProcessesUseOnlyTheCommandSidesApi() {
        classes().that().resideInAnyPackage("gov.supervision.query..", "gov.supervision.process..")
                .should().onlyDependOnClassesThat().resideOutsideOfPackages("gov.supervision.command..")
                .orShould().dependOnClassesThat().resideInAPackage("gov.supervision.command..api..")
                .check(classes);
        noClasses().that().resideInAnyPackage("gov.supervision.query..", "gov.supervision.process..")
                .should().dependOnClassesThat().resideInAPackage("gov.supervision.command.task")
                .check(classes);
    }

    @Test
    void theQuerySideAndTheProcessesDoNotKnowEachOtherOrTheApp() {
        noClasses().that().resideInAPackage("gov.supervision.query..")
                .should().dependOnClassesThat().resideInAnyPackage("gov.supervision.process..", "org.camunda..",
                        "gov.supervision.app..")
                .check(classes);
        noClasses().that().resideInAPackage("gov.supervision.process..")
                .should().dependOnClassesThat().resideInAnyPackage("gov.supervision.query..", "gov.supervision.app..")
                .check(classes);
    }
}

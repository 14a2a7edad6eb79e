package se.kompetensresan;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/**
 * The module graph of DESIGN.md §3: every module uses only the modules its {@code package-info.java} declares
 * ({@code allowedDependencies}), nothing reaches into another module's internals, there are no cycles, and Camunda
 * types appear only in the three modules that drive the engine.
 */
class ModularityTest {

    static final String[] ENGINE_MODULES = {
            "se.kompetensresan.journey..", "se.kompetensresan.onboarding..", "se.kompetensresan.engine.."};

    @Test
    void modulesUseOnlyTheirDeclaredDependencies() {
        ApplicationModules.of(KompetensresanApplication.class).verify();
    }

    @Test
    void camundaTypesStayInJourneyOnboardingAndEngine() {
        JavaClasses classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("se.kompetensresan");
        noClasses().that().resideOutsideOfPackages(ENGINE_MODULES)
                .should().dependOnClassesThat().resideInAPackage("org.camunda..")
                .because("DESIGN.md §3: Camunda types live only in journey, onboarding and engine")
                .check(classes);
    }
}

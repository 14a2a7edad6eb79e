package se.kompetensresan;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/**
 * Nothing a user typed is changed silently: a browser {@code maxlength} cuts a pasted text without a word, so no
 * view sets one. The services refuse a text over its limit, and the view shows that message beside the field with
 * the whole text kept (the forms' own tests, and {@code MalformedInputTest} for every service).
 */
class NothingTypedIsCutTest {

    @Test
    void noViewSetsABrowserMaxLengthThatCutsAPaste() {
        JavaClasses classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("se.kompetensresan");
        noClasses().should().callMethodWhere(com.tngtech.archunit.base.DescribedPredicate.describe(
                        "setMaxLength of a Vaadin field", call -> call.getName().equals("setMaxLength")
                                && call.getTargetOwner().getPackageName().startsWith("com.vaadin")))
                .because("a browser maxlength cuts a pasted text silently; the service refuses it beside the field")
                .check(classes);
    }
}

package org.cstoquiz.app;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.vaadin.browserless.BaseBrowserlessTest;
import com.vaadin.flow.router.Route;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.data.repository.Repository;

/** Keeps the module boundaries of DESIGN.md honest, scanned over the whole code base. */
class ArchitectureTest {

    private static final String[] FRAMEWORKS = {
        "org.springframework..", "jakarta.persistence..", "jakarta.servlet..", "com.vaadin..", "org.hibernate.."
    };

    private static JavaClasses classes;

    @BeforeAll
    static void importProductionClasses() {
        classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.cstoquiz");
    }

    @Test
    void everyModuleIsScanned() {
        for (String module : new String[] {"org.cstoquiz.app", "org.cstoquiz.domain", "org.cstoquiz.content", "org.cstoquiz.engine"}) {
            org.assertj.core.api.Assertions.assertThat(classes.stream().anyMatch(c -> c.getPackageName().startsWith(module)))
                    .as("classes of %s are on the class path", module).isTrue();
        }
    }

    @Test
    void coreModulesUseNoFramework() {
        noClasses()
                .that().resideInAnyPackage("org.cstoquiz.domain..", "org.cstoquiz.content..", "org.cstoquiz.engine..")
                .should().dependOnClassesThat().resideInAnyPackage(FRAMEWORKS)
                .because("domain, content and quiz-engine are plain Java, usable without the web application")
                .check(classes);
    }

    @Test
    void dependenciesPointOnlyTowardsTheDomain() {
        noClasses().that().resideInAPackage("org.cstoquiz.domain..")
                .should().dependOnClassesThat().resideInAnyPackage(
                        "org.cstoquiz.content..", "org.cstoquiz.engine..", "org.cstoquiz.app..")
                .allowEmptyShould(true)
                .check(classes);
        noClasses().that().resideInAPackage("org.cstoquiz.content..")
                .should().dependOnClassesThat().resideInAnyPackage("org.cstoquiz.engine..", "org.cstoquiz.app..")
                .allowEmptyShould(true)
                .check(classes);
        noClasses().that().resideInAPackage("org.cstoquiz.engine..")
                .should().dependOnClassesThat().resideInAPackage("org.cstoquiz.app..")
                .allowEmptyShould(true)
                .check(classes);
    }

    @Test
    void noPackageCycles() {
        slices().matching("org.cstoquiz.(*)..").should().beFreeOfCycles().check(classes);
        slices().matching("org.cstoquiz.app.(*)..").should().beFreeOfCycles().check(classes);
        slices().matching("org.cstoquiz.(**)").should().beFreeOfCycles().allowEmptyShould(true).check(classes);
    }

    @Test
    void viewsLiveInUiPackagesAndTalkToServicesNotRepositories() {
        classes().that().areAnnotatedWith(Route.class).should().resideInAPackage("..ui..").check(classes);
        noClasses().that().resideInAPackage("..ui..")
                .should().dependOnClassesThat().areAssignableTo(Repository.class)
                .because("views talk to services, never to repositories")
                .check(classes);
    }

    @Test
    void everyViewHasABrowserlessTestThatOpensIt() {
        JavaClasses withTests = new ClassFileImporter().importPackages("org.cstoquiz.app");
        List<String> untested = withTests.stream()
                .filter(view -> view.isAnnotatedWith(Route.class))
                .filter(view -> view.getDirectDependenciesToSelf().stream()
                        .map(dependency -> dependency.getOriginClass())
                        .noneMatch(origin -> origin.isAssignableTo(BaseBrowserlessTest.class)))
                .map(JavaClass::getSimpleName)
                .sorted()
                .toList();
        org.assertj.core.api.Assertions.assertThat(withTests.stream().filter(c -> c.isAnnotatedWith(Route.class)))
                .hasSizeGreaterThan(10);
        org.assertj.core.api.Assertions.assertThat(untested).as("views no browserless test opens").isEmpty();
    }
}

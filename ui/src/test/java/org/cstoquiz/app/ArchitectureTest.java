package org.cstoquiz.app;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.vaadin.browserless.BaseBrowserlessTest;
import com.vaadin.flow.router.Route;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.data.repository.Repository;
import org.springframework.stereotype.Component;

/** Keeps the module boundaries of DESIGN.md honest, scanned over the whole code base. */
class ArchitectureTest {

    private static final String[] FRAMEWORKS = {
        "org.springframework..", "jakarta.persistence..", "jakarta.servlet..", "com.vaadin..", "org.hibernate.."
    };

    private static final String APP = "org.cstoquiz.app";

    /**
     * The web module's packages, one per feature, each with its service and its {@code ui}: the
     * features learners and instructors see, the attempts practice and tests are stored as, and the
     * shared base, configuration and command line, what the application calls itself (branding,
     * which every screen may name, the log-in page included), and how a screen kept in the server
     * session reaches a bean (session, which every screen may use).
     */
    private static final Set<String> FEATURES = Set.of(
            "account", "assessment", "attempt", "bank", "base", "branding", "classes", "cli", "config", "curation",
            "facts", "practice", "progress", "review", "session");

    /**
     * Packages whose views and components every feature's screens may use: the shell and shared
     * components, the attempt screens' parts, and the self-contained "Report a problem" button of
     * curation that feedback and review screens place under a question.
     */
    private static final Set<String> SHARED_UI = Set.of("base", "attempt", "curation");

    /**
     * The most lines a source file of the web module may have, as spring-petclinic keeps its classes
     * small: a class that grows past it is split by responsibility (a screen into its bars, grid and
     * dialogs; a service into the parts it delegates to).
     */
    private static final int MAX_LINES = 300;

    /**
     * Files allowed over {@link #MAX_LINES} for now, each to be split in a change of its own. An entry
     * must still be over the limit, so the list shrinks as they are split. None today.
     */
    private static final Set<String> NOT_YET_SPLIT = Set.of();

    private static final Path WEB_SOURCES = Path.of("src/main/java/org/cstoquiz/app");

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

    /**
     * The screens are kept in the server session, which is written out over a restart: a screen or
     * component holds ids and small records, and reaches a bean through {@code Injected} (a transient
     * reference looked up again after the session is read back), never in a field of its own. Spring
     * beans that live in a ui package (init listeners, page sections' factories) are not kept in a
     * session and may hold what they like.
     */
    @Test
    void screensHoldNoBeansInTheirFields() {
        ArchCondition<JavaClass> holdNoBeans = new ArchCondition<>("hold no Spring bean in a non-transient field") {
            @Override
            public void check(JavaClass owner, ConditionEvents events) {
                owner.getFields().stream()
                        .filter(field -> !field.getModifiers().contains(JavaModifier.STATIC)
                                && !field.getModifiers().contains(JavaModifier.TRANSIENT))
                        .filter(field -> isBean(field.getRawType()))
                        .forEach(field -> events.add(SimpleConditionEvent.violated(field,
                                field.getFullName() + " holds a " + field.getRawType().getSimpleName()
                                        + ": keep it as Injected<" + field.getRawType().getSimpleName() + ">")));
            }
        };
        classes().that().resideInAPackage("..ui..")
                .and().areNotMetaAnnotatedWith(Component.class)
                .should(holdNoBeans)
                .check(classes);
    }

    /** A Spring bean's type: a service, component or repository of the application, or a framework bean a screen might take. */
    private static boolean isBean(JavaClass type) {
        return type.isMetaAnnotatedWith(Component.class) || type.isAssignableTo(Repository.class)
                || type.isAssignableTo(java.time.Clock.class)
                || type.isAssignableTo("org.springframework.context.ApplicationContext")
                || type.isAssignableTo("org.springframework.beans.factory.ObjectProvider")
                || type.isAssignableTo("com.vaadin.flow.spring.security.AuthenticationContext")
                || type.isAssignableTo("org.cstoquiz.app.branding.AppName");
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

    @Test
    void theWebModuleIsPackagedByFeature() {
        Set<String> packages = new TreeSet<>();
        classes.stream().map(JavaClass::getPackageName).filter(name -> name.startsWith(APP + "."))
                .map(ArchitectureTest::feature).forEach(packages::add);
        org.assertj.core.api.Assertions.assertThat(packages).containsExactlyInAnyOrderElementsOf(FEATURES);
        classes().that().resideInAPackage(APP).should().haveSimpleName("Application")
                .because("everything but the entry point belongs to a feature").check(classes);
    }

    @Test
    void practiceAndTestsShareTheAttemptsAndNothingElse() {
        noClasses().that().resideInAPackage(APP + ".practice..")
                .should().dependOnClassesThat().resideInAPackage(APP + ".assessment..").check(classes);
        noClasses().that().resideInAPackage(APP + ".assessment..")
                .should().dependOnClassesThat().resideInAPackage(APP + ".practice..").check(classes);
        noClasses().that().resideInAPackage(APP + ".attempt..")
                .should().dependOnClassesThat().resideInAnyPackage(APP + ".practice..", APP + ".assessment..")
                .because("attempts know nothing of the features built on them").check(classes);
    }

    @Test
    void viewsReachOnlyTheirOwnFeaturesServicesAndTheSharedComponents() {
        classes().that().resideInAPackage(APP + ".*.ui..")
                .should(new ArchCondition<>("use only their own feature's services and views, and the shared components") {
                    @Override
                    public void check(JavaClass view, ConditionEvents events) {
                        String own = feature(view.getPackageName());
                        view.getDirectDependenciesFromSelf().forEach(dependency -> {
                            JavaClass target = dependency.getTargetClass().getBaseComponentType();
                            if (!target.getPackageName().startsWith(APP + ".")) {
                                return;
                            }
                            String other = feature(target.getPackageName());
                            boolean bean = target.isAnnotatedWith(Component.class) || target.isMetaAnnotatedWith(Component.class)
                                    || target.isAssignableTo(Repository.class);
                            boolean otherView = target.getPackageName().contains(".ui") && !SHARED_UI.contains(other);
                            // the shell (base/ui) shows the signed-in account and its menu
                            boolean shellShowsAccount = own.equals("base") && other.equals("account");
                            if (!other.equals(own) && !shellShowsAccount && (bean || otherView)) {
                                events.add(SimpleConditionEvent.violated(dependency, dependency.getDescription()));
                            }
                        });
                    }
                })
                .check(classes);
    }

    @Test
    void noSourceFileOfTheWebModuleIsOverTheSizeLimit() throws IOException {
        Map<String, Long> lines = new TreeMap<>();
        try (Stream<Path> files = Files.walk(WEB_SOURCES)) {
            files.filter(file -> file.toString().endsWith(".java")).forEach(file ->
                    lines.put(WEB_SOURCES.relativize(file).toString().replace('\\', '/'), lineCount(file)));
        }
        org.assertj.core.api.Assertions.assertThat(lines).as("web sources read").hasSizeGreaterThan(100);
        Map<String, Long> tooLong = new TreeMap<>(lines);
        tooLong.values().removeIf(count -> count <= MAX_LINES);
        org.assertj.core.api.Assertions.assertThat(tooLong.keySet())
                .as("over %d lines: %s", MAX_LINES, tooLong)
                .containsExactlyInAnyOrderElementsOf(NOT_YET_SPLIT);
    }

    private static long lineCount(Path file) {
        try (Stream<String> lines = Files.lines(file)) {
            return lines.count();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** {@code org.cstoquiz.app.practice.ui} → {@code practice}. */
    private static String feature(String packageName) {
        String rest = packageName.substring(APP.length() + 1);
        int dot = rest.indexOf('.');
        return dot < 0 ? rest : rest.substring(0, dot);
    }
}

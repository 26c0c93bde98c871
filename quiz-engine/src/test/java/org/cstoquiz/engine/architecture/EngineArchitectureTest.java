package org.cstoquiz.engine.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The engine stays plain Java, and its parts depend on each other in one direction only. */
class EngineArchitectureTest {

    private static final JavaClasses ENGINE = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.cstoquiz.engine");

    @Test
    void the_rules_see_the_engine() {
        assertThat(ENGINE.containPackage("org.cstoquiz.engine.question")).isTrue();
        assertThat(ENGINE.containPackage("org.cstoquiz.engine.attempt")).isTrue();
        assertThat(ENGINE.size()).isGreaterThan(40);
    }

    @Test
    void the_engine_uses_no_framework() {
        noClasses().should().dependOnClassesThat().resideInAnyPackage(
                        "org.springframework..", "jakarta.persistence..", "javax.persistence..", "com.vaadin..", "org.hibernate..")
                .check(ENGINE);
    }

    @Test
    void questions_know_nothing_of_scoring_attempts_or_export() {
        noClasses().that().resideInAPackage("org.cstoquiz.engine.question..")
                .should().dependOnClassesThat().resideInAnyPackage(
                        "org.cstoquiz.engine.scoring..", "org.cstoquiz.engine.attempt..", "org.cstoquiz.engine.export..")
                .check(ENGINE);
    }

    @Test
    void scoring_knows_nothing_of_attempts_or_export() {
        noClasses().that().resideInAPackage("org.cstoquiz.engine.scoring..")
                .should().dependOnClassesThat().resideInAnyPackage("org.cstoquiz.engine.attempt..", "org.cstoquiz.engine.export..")
                .check(ENGINE);
    }

    @Test
    void attempts_and_export_are_independent() {
        noClasses().that().resideInAPackage("org.cstoquiz.engine.attempt..")
                .should().dependOnClassesThat().resideInAPackage("org.cstoquiz.engine.export..")
                .check(ENGINE);
        noClasses().that().resideInAPackage("org.cstoquiz.engine.export..")
                .should().dependOnClassesThat().resideInAPackage("org.cstoquiz.engine.attempt..")
                .check(ENGINE);
    }

    @Test
    void only_export_touches_jackson() {
        noClasses().that().resideOutsideOfPackage("org.cstoquiz.engine.export..")
                .should().dependOnClassesThat().resideInAnyPackage("tools.jackson..", "com.fasterxml..")
                .check(ENGINE);
    }
}

package org.cstoquiz.app.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.cstoquiz.app.MutableClock;
import org.cstoquiz.app.attempt.AttemptBeans;
import org.cstoquiz.app.attempt.QuestionPool;
import org.cstoquiz.app.bank.QuestionBankService;
import org.cstoquiz.app.facts.FactCatalog;
import org.cstoquiz.app.practice.PracticeService;
import org.cstoquiz.app.practice.PracticeSession;
import org.cstoquiz.app.practice.PracticeSettings;
import org.cstoquiz.content.Packs;
import org.cstoquiz.engine.question.Question;
import org.cstoquiz.engine.question.QuestionType;
import org.cstoquiz.engine.scoring.ScoringScheme;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.data.jpa.test.autoconfigure.DataJpaTest;
import org.springframework.boot.jdbc.test.autoconfigure.AutoConfigureTestDatabase;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.validation.autoconfigure.ValidationAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** Practice sessions and tests draw from the pack (organization) chosen, and only from it. */
@DataJpaTest(showSql = false, properties = "csto-quiz.attempts.close-overdue-every=PT1H")
@AutoConfigureTestDatabase(replace = AutoConfigureTestDatabase.Replace.NONE)
@ActiveProfiles("test")
@Transactional(propagation = Propagation.NOT_SUPPORTED)
@Import({SelfTestService.class, Blueprints.class, PracticeService.class, AttemptBeans.class, PackDrawTest.Beans.class})
@ImportAutoConfiguration(ValidationAutoConfiguration.class)
class PackDrawTest {

    static final Instant START = Instant.parse("2026-05-11T09:00:00Z");

    @TestConfiguration
    static class Beans {
        @Bean
        Clock clock() {
            return new MutableClock(START);
        }

        @Bean
        @Primary
        FactCatalog packsWithNato() {
            return new FactCatalog(Packs.loadAll(Optional.of(Path.of("../content/src/test/resources/extra-packs")
                    .toAbsolutePath())));
        }
    }

    @Autowired
    SelfTestService tests;

    @Autowired
    PracticeService practice;

    @Autowired
    QuestionBankService bank;

    private Set<String> idsOf(String pack) {
        return bank.bank(pack, QuestionPool.BANK_SEED).questions().stream().map(Question::id).collect(Collectors.toSet());
    }

    @Test
    void aPracticeSessionOfTheNatoPackHasOnlyNatoQuestionsAndIsRememberedForTheNextOne() {
        PracticeSession session = practice.start("nadia", PracticeSettings.untimed(30).withPack("nato"), START);

        assertThat(session.packId()).isEqualTo("nato");
        assertThat(session.attempt().slots()).hasSize(30)
                .allSatisfy(slot -> assertThat(idsOf("nato")).contains(slot.question().id()));
        assertThat(session.attempt().slots()).anySatisfy(slot ->
                assertThat(idsOf("csto")).doesNotContain(slot.question().id()));
        assertThat(practice.session("nadia", session.id(), START).packId()).isEqualTo("nato");
        assertThat(practice.lastSettings("nadia").orElseThrow().pack()).contains("nato");
        assertThat(practice.sourceNotes(session.packId())).isNotSameAs(practice.sourceNotes("csto"));
    }

    @Test
    void settingsWithoutAPackOrWithAPackNoLongerLoadedPractiseTheBuiltInPack() {
        assertThat(practice.start("boris", PracticeSettings.untimed(5), START).packId()).isEqualTo("csto");
        assertThat(practice.lastSettings("boris").orElseThrow().pack()).contains("csto");
        assertThat(practice.start("boris", PracticeSettings.untimed(5).withPack("gone"), START).packId()).isEqualTo("csto");
    }

    @Test
    void aTestFromANatoBlueprintHasOnlyNatoQuestions() {
        Blueprint nato = tests.saveBlueprint(Blueprint.draft("NATO check", Set.of(), Set.of(), 25, 30,
                ScoringScheme.PARTIAL_CREDIT).withPack("nato"));
        assertThat(nato.pack()).contains("nato");

        SelfTest test = tests.start("nadia", nato.id().orElseThrow(), START);

        assertThat(test.packId()).isEqualTo("nato");
        assertThat(test.attempt().slots()).hasSize(25)
                .allSatisfy(slot -> assertThat(idsOf("nato")).contains(slot.question().id()));
        assertThat(tests.blueprints()).filteredOn(b -> b.name().equals("Exam style"))
                .singleElement().satisfies(exam -> assertThat(exam.pack()).contains("csto"));
    }

    @Test
    void theSizeOfABlueprintIsCheckedAgainstItsOwnPack() {
        QuestionType fewerInNato = Arrays.stream(QuestionType.values())
                .filter(type -> tests.available("nato", Set.of(), Set.of(type)) < tests.available("csto", Set.of(), Set.of(type)))
                .filter(type -> tests.available("nato", Set.of(), Set.of(type)) < Blueprint.MAX_QUESTIONS)
                .findFirst().orElseThrow();
        int inNato = tests.available("nato", Set.of(), Set.of(fewerInNato));
        Blueprint tooMany = Blueprint.draft("Too many", Set.of(), Set.of(fewerInNato), inNato + 1, 0,
                ScoringScheme.PLAIN);

        assertThat(tests.saveBlueprint(tooMany).pack()).contains("csto");
        assertThatThrownBy(() -> tests.saveBlueprint(Blueprint.draft("Too many for NATO", Set.of(), Set.of(fewerInNato),
                inNato + 1, 0, ScoringScheme.PLAIN).withPack("nato")))
                .isInstanceOf(BlueprintException.class)
                .hasMessageContaining(inNato == 0 ? "No question matches" : "Only " + inNato + " questions match");
    }

    @Test
    void aBlueprintOfAnOrganizationNotLoadedIsRefused() {
        assertThatThrownBy(() -> tests.saveBlueprint(Blueprint.draft("Elsewhere", Set.of(), Set.of(), 5, 0,
                ScoringScheme.PLAIN).withPack("warsaw")))
                .isInstanceOf(BlueprintException.class)
                .hasMessageContaining("“warsaw”")
                .satisfies(e -> assertThat(((BlueprintException) e).field()).contains("pack"));
    }
}

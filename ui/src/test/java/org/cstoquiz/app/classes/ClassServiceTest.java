package org.cstoquiz.app.classes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.io.StringReader;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.cstoquiz.app.MutableClock;
import org.cstoquiz.app.RunAs;
import org.cstoquiz.app.assessment.Blueprint;
import org.cstoquiz.app.assessment.SelfTest;
import org.cstoquiz.app.assessment.SelfTestService;
import org.cstoquiz.app.attempt.AttemptBeans;
import org.cstoquiz.app.attempt.QuestionPool;
import org.cstoquiz.engine.attempt.Slot;
import org.cstoquiz.domain.Area;
import org.cstoquiz.engine.question.Question;
import org.cstoquiz.engine.question.QuestionType;
import org.cstoquiz.engine.question.Response;
import org.cstoquiz.engine.scoring.ScoringScheme;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.data.jpa.test.autoconfigure.DataJpaTest;
import org.springframework.boot.jdbc.test.autoconfigure.AutoConfigureTestDatabase;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.validation.autoconfigure.ValidationAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.FilterType;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Classes, join codes, assignment windows and results over the real schema, each call committing on
 * its own, with the roles checked as in the application.
 */
@DataJpaTest(showSql = false, properties = "csto-quiz.attempts.close-overdue-every=PT1H")
@AutoConfigureTestDatabase(replace = AutoConfigureTestDatabase.Replace.NONE)
@ActiveProfiles("test")
@Transactional(propagation = Propagation.NOT_SUPPORTED)
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_EACH_TEST_METHOD)
@Import({ClassService.class, ClassStore.class, ClassMembership.class, ClassAssignments.class, ClassResults.class, ClassPapers.class,
        SelfTestService.class, AttemptBeans.class, ClassServiceTest.Beans.class})
@ImportAutoConfiguration(ValidationAutoConfiguration.class)
class ClassServiceTest {

    static final Instant START = Instant.parse("2026-05-11T09:00:00Z");

    @TestConfiguration
    @EnableMethodSecurity
    // the blueprints SelfTestService keeps, a part of the assessment package that is not public
    @ComponentScan(basePackageClasses = SelfTestService.class, useDefaultFilters = false,
            includeFilters = @ComponentScan.Filter(type = FilterType.REGEX, pattern = ".*\\.assessment\\.Blueprints"))
    static class Beans {
        @Bean
        Clock clock() {
            return new MutableClock(START);
        }
    }

    @Autowired
    ClassService classes;

    @Autowired
    SelfTestService tests;

    @Autowired
    QuestionPool pool;

    @Autowired
    JdbcTemplate jdbc;

    @BeforeEach
    void accounts() {
        for (String name : List.of("irina", "ana", "boris", "chen", "dana", "emil")) {
            jdbc.update("insert into user_account (username, username_key, password_hash, role, created_at) "
                    + "values (?, ?, 'x', ?, ?)", name, name, name.equals("irina") ? "INSTRUCTOR" : "LEARNER",
                    java.sql.Timestamp.from(START));
        }
    }

    private static <T> T instructor(Supplier<T> work) {
        return RunAs.instructor(work);
    }

    private static <T> T as(String learner, Supplier<T> work) {
        return RunAs.learner(learner, work);
    }

    private QuizClass newClass(String name) {
        return instructor(() -> classes.create(name, "irina", START));
    }

    private Assignment assign(QuizClass quizClass, Blueprint blueprint, Instant opens, Instant closes) {
        return instructor(() -> classes.assign(quizClass.id(), blueprint.id().orElseThrow(),
                LocalDateTime.ofInstant(opens, ZoneOffset.UTC), LocalDateTime.ofInstant(closes, ZoneOffset.UTC),
                ZoneOffset.UTC, "irina", START));
    }

    private Blueprint quickCheck() {
        return tests.blueprints().stream().filter(b -> b.name().equals("Quick check")).findFirst().orElseThrow();
    }

    // ---------------------------------------------------------------- join codes

    @Test
    void aClassGetsAShortUnambiguousCodeThatLearnersTypeLeniently() {
        QuizClass group = newClass("Group 3");
        assertThat(group.joinCode()).hasSize(6).matches("[" + JoinCodes.ALPHABET + "]{6}")
                .doesNotContainPattern("[01OILSZB258]");
        String typed = " " + group.joinCode().substring(0, 3).toLowerCase() + "-" + group.joinCode().substring(3) + " ";

        QuizClass joined = as("ana", () -> classes.join("ana", typed, START));
        assertThat(joined.id()).isEqualTo(group.id());
        as("ana", () -> classes.join("ana", group.joinCode(), START.plusSeconds(60)));
        assertThat(instructor(() -> classes.members(group.id()))).as("joining twice is harmless")
                .extracting(Member::username).containsExactly("ana");
        assertThat(instructor(classes::classes)).singleElement().extracting(QuizClass::members).isEqualTo(1);
        assertThat(as("ana", () -> classes.classNamesOf("ana"))).containsExactly("Group 3");
    }

    @Test
    void aReplacedCodeNoLongerLetsAnyoneJoinAndAWrongOneSaysSo() {
        QuizClass group = newClass("Group 3");
        QuizClass renewed = instructor(() -> classes.newCode(group.id()));
        assertThat(renewed.joinCode()).isNotEqualTo(group.joinCode());

        assertThatThrownBy(() -> as("ana", () -> classes.join("ana", group.joinCode(), START)))
                .isInstanceOf(ClassException.class).hasMessageContaining("No class has the code “" + group.joinCode() + "”")
                .hasMessageContaining("replaced");
        assertThatThrownBy(() -> as("ana", () -> classes.join("ana", "  ", START)))
                .isInstanceOf(ClassException.class).hasMessage("Type the code your instructor gave you.");
        assertThat(instructor(() -> classes.members(group.id()))).as("nothing joined").isEmpty();
        as("ana", () -> classes.join("ana", renewed.joinCode(), START));
        assertThat(instructor(() -> classes.members(group.id()))).extracting(Member::username).containsExactly("ana");
    }

    @Test
    void codesAreUniqueAndNamesAreChecked() {
        Set<String> codes = new HashSet<>();
        for (int i = 0; i < 40; i++) {
            codes.add(newClass("Group " + i).joinCode());
        }
        assertThat(codes).hasSize(40);
        assertThatThrownBy(() -> newClass("group 7")).isInstanceOf(ClassException.class)
                .hasMessage("There is already a class named “group 7”.");
        assertThatThrownBy(() -> newClass("   ")).isInstanceOf(ClassException.class).hasMessage("Give the class a name.");
        assertThat(instructor(classes::classes)).hasSize(40);
    }

    @Test
    void aRemovedLearnerNoLongerSeesTheClassTests() {
        QuizClass group = newClass("Group 3");
        as("ana", () -> classes.join("ana", group.joinCode(), START));
        assign(group, quickCheck(), START, START.plus(Duration.ofDays(1)));
        assertThat(as("ana", () -> classes.assignedTo("ana", START))).hasSize(1);

        instructor(() -> {
            classes.removeMember(group.id(), "ana");
            return null;
        });
        assertThat(as("ana", () -> classes.assignedTo("ana", START))).isEmpty();
        assertThat(instructor(() -> classes.members(group.id()))).isEmpty();
    }

    // ---------------------------------------------------------------- windows and starting once

    @Test
    void timesAreReadInTheInstructorsZoneAndTheWindowMustBeOne() {
        QuizClass group = newClass("Group 3");
        long blueprint = quickCheck().id().orElseThrow();
        ZoneId almaty = ZoneId.of("Asia/Almaty");
        Assignment assignment = instructor(() -> classes.assign(group.id(), blueprint,
                LocalDateTime.parse("2026-05-12T14:00"), LocalDateTime.parse("2026-05-12T15:30"), almaty, "irina", START));
        assertThat(assignment.opensAt()).isEqualTo(LocalDateTime.parse("2026-05-12T14:00").atZone(almaty).toInstant());
        assertThat(assignment.closesAt().minusSeconds(5400)).isEqualTo(assignment.opensAt());
        assertThat(assignment.title()).isEqualTo("Quick check");

        assertThatThrownBy(() -> instructor(() -> classes.assign(group.id(), blueprint, LocalDateTime.parse("2026-05-12T14:00"),
                LocalDateTime.parse("2026-05-12T14:00"), almaty, "irina", START)))
                .isInstanceOf(ClassException.class).hasMessage("The closing time must be after the opening time.");
        assertThatThrownBy(() -> instructor(() -> classes.assign(group.id(), blueprint, LocalDateTime.parse("2026-05-01T14:00"),
                LocalDateTime.parse("2026-05-02T14:00"), almaty, "irina", START)))
                .isInstanceOf(ClassException.class).hasMessageContaining("already passed");
        assertThatThrownBy(() -> instructor(() -> classes.assign(group.id(), 9_999, LocalDateTime.parse("2026-05-12T14:00"),
                LocalDateTime.parse("2026-05-13T14:00"), almaty, "irina", START)))
                .isInstanceOf(ClassException.class).hasMessageContaining("no longer exists");
        assertThat(instructor(() -> classes.assignments(group.id()))).containsExactly(assignment);
    }

    @Test
    void anAssignedTestStartsOnlyWhileOpenOnlyOnceAndOnlyForTheClass() {
        QuizClass group = newClass("Group 3");
        as("ana", () -> classes.join("ana", group.joinCode(), START));
        as("boris", () -> classes.join("boris", group.joinCode(), START));
        Instant opens = START.plus(Duration.ofHours(1));
        Instant closes = START.plus(Duration.ofHours(2));
        Assignment assignment = assign(group, quickCheck(), opens, closes);

        assertThat(as("ana", () -> classes.assignedTo("ana", START))).singleElement()
                .satisfies(test -> {
                    assertThat(test.window()).isEqualTo(Assignment.Window.UPCOMING);
                    assertThat(test.canStart()).isFalse();
                });
        assertThatThrownBy(() -> as("ana", () -> classes.start("ana", assignment.id(), START)))
                .isInstanceOf(ClassException.class).hasMessage("“Quick check” is not open yet.");

        SelfTest test = as("ana", () -> classes.start("ana", assignment.id(), opens));
        assertThat(test.title()).isEqualTo("Quick check");
        assertThat(test.size()).isEqualTo(10);
        assertThatThrownBy(() -> as("ana", () -> classes.start("ana", assignment.id(), opens.plusSeconds(1))))
                .isInstanceOf(ClassException.class).hasMessageContaining("already started");
        tests.submit("ana", test.id(), opens.plusSeconds(60));
        assertThatThrownBy(() -> as("ana", () -> classes.start("ana", assignment.id(), opens.plusSeconds(120))))
                .as("not again after submitting either")
                .isInstanceOf(ClassException.class).hasMessageContaining("already started");
        assertThat(as("ana", () -> classes.assignedTo("ana", opens.plusSeconds(120)))).singleElement()
                .satisfies(assigned -> {
                    assertThat(assigned.testId()).contains(test.id());
                    assertThat(assigned.inProgress()).isFalse();
                    assertThat(assigned.canStart()).isFalse();
                });

        Blueprint doomed = instructor(() -> tests.saveBlueprint(Blueprint.draft("Soon gone", Set.of(), Set.of(), 5, 0,
                ScoringScheme.PLAIN)));
        Assignment orphan = assign(group, doomed, opens, closes);
        instructor(() -> {
            tests.deleteBlueprint(doomed.id().orElseThrow());
            return null;
        });
        assertThatThrownBy(() -> as("boris", () -> classes.start("boris", orphan.id(), opens)))
                .isInstanceOf(ClassException.class).hasMessageContaining("has been removed");
        assertThat(tests.current("boris", opens)).isEmpty();

        assertThatThrownBy(() -> as("emil", () -> classes.start("emil", assignment.id(), opens)))
                .isInstanceOf(ClassException.class).hasMessage("This test is assigned to a class you are not in.");
        assertThatThrownBy(() -> as("boris", () -> classes.start("boris", assignment.id(), closes)))
                .as("closed at its closing time").isInstanceOf(ClassException.class).hasMessageContaining("has closed");
        assertThat(tests.current("boris", closes)).as("nothing started").isEmpty();
        assertThat(tests.current("emil", closes)).isEmpty();
    }

    @Test
    void anAssignedTestEndsWhenTheAssignmentClosesIfNotBefore() {
        QuizClass group = newClass("Group 3");
        as("ana", () -> classes.join("ana", group.joinCode(), START));
        as("boris", () -> classes.join("boris", group.joinCode(), START));
        Instant closes = START.plus(Duration.ofMinutes(30));
        Assignment assignment = assign(group, quickCheck(), START, closes);

        SelfTest early = as("ana", () -> classes.start("ana", assignment.id(), START));
        assertThat(early.attempt().plan().deadline()).as("the blueprint's 10 minutes")
                .contains(START.plus(Duration.ofMinutes(10)));
        Instant late = closes.minus(Duration.ofMinutes(4));
        SelfTest lateStart = as("boris", () -> classes.start("boris", assignment.id(), late));
        assertThat(lateStart.attempt().plan().deadline()).as("4 minutes left before closing").contains(closes);
        assertThat(tests.save("boris", lateStart.id(), 1, lateStart.slot(1).question().correctResponse(), closes)
                .refusal()).as("no answer after closing").isPresent();
    }

    @Test
    void aLearnerActsOnlyAsThemselves() {
        QuizClass group = newClass("Group 3");
        Assignment assignment = assign(group, quickCheck(), START, START.plusSeconds(3600));
        assertThatThrownBy(() -> as("ana", () -> classes.join("boris", group.joinCode(), START)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as("ana", () -> classes.assignedTo("boris", START)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as("ana", () -> classes.start("boris", assignment.id(), START)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as("ana", () -> classes.results(assignment.id(), START)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as("ana", () -> classes.members(group.id()))).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void openAssignmentsComeFirstThenThoseToOpenThenClosedOnes() {
        QuizClass group = newClass("Group 3");
        as("ana", () -> classes.join("ana", group.joinCode(), START));
        Blueprint quick = quickCheck();
        Instant now = START.plus(Duration.ofDays(2));
        Assignment closed = assign(group, quick, START, START.plus(Duration.ofDays(1)));
        Assignment later = assign(group, quick, now.plus(Duration.ofDays(1)), now.plus(Duration.ofDays(2)));
        Assignment closingLate = assign(group, quick, START, now.plus(Duration.ofDays(5)));
        Assignment closingSoon = assign(group, quick, START, now.plus(Duration.ofHours(1)));
        assertThat(as("ana", () -> classes.assignedTo("ana", now))).extracting(AssignedTest::assignment)
                .containsExactly(closingSoon, closingLate, later, closed);
    }

    // ---------------------------------------------------------------- results

    /**
     * Three true-or-false questions, two of one area and one of another, the same paper for all:
     * ana answers all three rightly; boris the first question of the first area rightly, the second
     * wrongly, and leaves the other blank; chen answers one and has not submitted; dana has not
     * started. Worked out by hand, under plain marking (1 mark a right answer):
     * ana 3 of 3 (100 %), boris 1 of 3 (33.33 %); area one asked 4 times, answered 4, facility
     * (1+1+1+0)/4 = 0.75, marks 75 %; area two asked twice, answered once, facility 0.5, 50 %;
     * question one 2 asked, 2 answered, 1.0; question two 2, 2, 0.5; question three 2, 1, 0.5.
     */
    @Test
    void resultsAndTheClassFiguresAreThoseTheAnswersImply() throws IOException {
        List<Area> areas = java.util.Arrays.stream(Area.values())
                .filter(area -> pool.matching(pool.builtIn(), Set.of(area), Set.of(QuestionType.TRUE_FALSE)).size() >= 2)
                .limit(2).toList();
        assertThat(areas).hasSize(2);
        Area one = areas.get(0);
        Area two = areas.get(1);
        Blueprint blueprint = instructor(() -> tests.saveBlueprint(Blueprint.draft("Class check", Set.of(), Set.of(), 3, 0,
                ScoringScheme.PLAIN).withParts(List.of(
                new Blueprint.Part(Optional.of(one), Optional.of(QuestionType.TRUE_FALSE), 2),
                new Blueprint.Part(Optional.of(two), Optional.of(QuestionType.TRUE_FALSE), 1)))));
        QuizClass group = newClass("Group 3");
        for (String learner : List.of("ana", "boris", "chen", "dana")) {
            as(learner, () -> classes.join(learner, group.joinCode(), START));
        }
        Assignment assignment = assign(group, blueprint, START, START.plus(Duration.ofDays(1)));
        Instant at = START.plusSeconds(60);

        SelfTest ana = as("ana", () -> classes.start("ana", assignment.id(), at));
        SelfTest boris = as("boris", () -> classes.start("boris", assignment.id(), at));
        SelfTest chen = as("chen", () -> classes.start("chen", assignment.id(), at));
        List<String> paper = ana.attempt().slots().stream().map(slot -> slot.question().id()).toList();
        assertThat(boris.attempt().slots()).extracting(slot -> slot.question().id()).as("one paper for the class")
                .containsExactlyElementsOf(paper);
        List<Slot> ofOne = ana.attempt().slots().stream().filter(slot -> slot.question().area() == one).toList();
        Slot ofTwo = ana.attempt().slots().stream().filter(slot -> slot.question().area() == two).findFirst().orElseThrow();
        assertThat(ofOne).hasSize(2);

        for (Slot slot : ana.attempt().slots()) {
            tests.save("ana", ana.id(), slot.number(), slot.question().correctResponse(), at.plusSeconds(10));
        }
        tests.save("boris", boris.id(), ofOne.get(0).number(), ofOne.get(0).question().correctResponse(), at.plusSeconds(10));
        tests.save("boris", boris.id(), ofOne.get(1).number(), wrong(ofOne.get(1).question()), at.plusSeconds(10));
        tests.save("chen", chen.id(), ofTwo.number(), ofTwo.question().correctResponse(), at.plusSeconds(10));
        Instant anaDone = at.plusSeconds(100);
        tests.submit("ana", ana.id(), anaDone);
        tests.submit("boris", boris.id(), at.plusSeconds(200));

        AssignmentResults results = instructor(() -> classes.results(assignment.id(), at.plusSeconds(300)));
        assertThat(results.learners()).extracting(LearnerResult::username, LearnerResult::status).containsExactly(
                org.assertj.core.groups.Tuple.tuple("ana", LearnerResult.Status.SUBMITTED),
                org.assertj.core.groups.Tuple.tuple("boris", LearnerResult.Status.SUBMITTED),
                org.assertj.core.groups.Tuple.tuple("chen", LearnerResult.Status.IN_PROGRESS),
                org.assertj.core.groups.Tuple.tuple("dana", LearnerResult.Status.NOT_STARTED));
        assertThat(results.learners().get(0).total().orElseThrow().percentage()).isEqualTo(100.0);
        assertThat(results.learners().get(0).finishedAt()).contains(anaDone);
        assertThat(results.learners().get(1).total().orElseThrow().marksAwarded()).isEqualTo(1.0);
        assertThat(results.learners().get(1).total().orElseThrow().percentage()).isEqualTo(33.33);
        assertThat(results.learners().get(2).total()).isEmpty();
        assertThat(results.learners().get(2).startedAt()).contains(at);

        assertThat(results.areas()).hasSize(2);
        AreaFigure first = results.areas().stream().filter(a -> a.area() == one).findFirst().orElseThrow();
        AreaFigure second = results.areas().stream().filter(a -> a.area() == two).findFirst().orElseThrow();
        assertThat(first.asked()).isEqualTo(4);
        assertThat(first.answered()).isEqualTo(4);
        assertThat(first.facility()).isCloseTo(0.75, within(1e-9));
        assertThat(first.percentage()).isCloseTo(75.0, within(1e-9));
        assertThat(second.asked()).isEqualTo(2);
        assertThat(second.answered()).isEqualTo(1);
        assertThat(second.facility()).isCloseTo(0.5, within(1e-9));
        assertThat(second.percentage()).isCloseTo(50.0, within(1e-9));

        assertThat(results.questions()).extracting(QuestionFigure::questionId).containsExactlyElementsOf(paper);
        QuestionFigure q1 = figure(results, ofOne.get(0).question());
        QuestionFigure q2 = figure(results, ofOne.get(1).question());
        QuestionFigure q3 = figure(results, ofTwo.question());
        assertThat(List.of(q1.asked(), q1.answered(), q2.asked(), q2.answered(), q3.asked(), q3.answered()))
                .containsExactly(2, 2, 2, 2, 2, 1);
        assertThat(q1.facility()).isCloseTo(1.0, within(1e-9));
        assertThat(q2.facility()).isCloseTo(0.5, within(1e-9));
        assertThat(q3.facility()).isCloseTo(0.5, within(1e-9));
        assertThat(q3.stem()).isEqualTo(ofTwo.question().stem());

        String csv = instructor(() -> classes.resultsCsv(assignment.id(), at.plusSeconds(300), ZoneId.of("Asia/Almaty")));
        List<CSVRecord> rows = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(csv)).getRecords();
        assertThat(rows.getFirst().getParser().getHeaderNames()).containsExactly(ClassService.CSV_HEADER);
        assertThat(rows).extracting(row -> row.get("learner")).containsExactly("ana", "boris", "chen", "dana");
        assertThat(rows).extracting(row -> row.get("status"))
                .containsExactly("Submitted", "Submitted", "In progress", "Not started");
        assertThat(List.of(rows.get(0).get("marks"), rows.get(0).get("max_marks"), rows.get(0).get("percentage")))
                .containsExactly("3.00", "3.00", "100.00");
        assertThat(List.of(rows.get(1).get("marks"), rows.get(1).get("percentage"), rows.get(1).get("correct"),
                rows.get(1).get("incorrect"), rows.get(1).get("blank"))).containsExactly("1.00", "33.33", "1", "1", "1");
        assertThat(rows.get(0).get("finished")).as("in the zone asked for").isEqualTo("2026-05-11 14:02");
        assertThat(rows.get(2).get("started")).isEqualTo("2026-05-11 14:01");
        assertThat(rows.get(2).get("marks")).isEmpty();
        assertThat(rows.get(3).get("started")).isEmpty();
        assertThat(ClassService.csvFileName(assignment)).isEqualTo("results-group-3-class-check.csv");
    }

    private static QuestionFigure figure(AssignmentResults results, Question question) {
        return results.questions().stream().filter(q -> q.questionId().equals(question.id())).findFirst().orElseThrow();
    }

    private static Response wrong(Question question) {
        return new Response.TrueFalseAnswer(!((Response.TrueFalseAnswer) question.correctResponse()).value());
    }
}

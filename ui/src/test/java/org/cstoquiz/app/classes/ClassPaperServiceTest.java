package org.cstoquiz.app.classes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.StringReader;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.cstoquiz.app.RunAs;
import org.cstoquiz.app.assessment.SelfTest;
import org.cstoquiz.app.assessment.SelfTestService;
import org.cstoquiz.app.attempt.QuestionPool;
import org.cstoquiz.app.bank.QuestionBankService;
import org.cstoquiz.app.base.ui.Names;
import org.cstoquiz.app.curation.CurationService;
import org.cstoquiz.app.curation.QuestionEdit;
import org.cstoquiz.domain.Area;
import org.cstoquiz.engine.attempt.Slot;
import org.cstoquiz.engine.question.Question;
import org.cstoquiz.engine.question.QuestionType;
import org.cstoquiz.engine.question.Response;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;

/**
 * Fixed papers assigned to a class, the class's figures as CSV, and renaming and deleting a class,
 * in the whole application (curation included, so that retired and corrected questions are served as
 * everywhere else) on a database of its own.
 */
@SpringBootTest(properties = "spring.application.name=csto-quiz-class-papers")
@ActiveProfiles("test")
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_EACH_TEST_METHOD)
class ClassPaperServiceTest {

    static final Instant START = Instant.parse("2026-05-11T09:00:00Z");
    static final Instant CLOSES = START.plus(Duration.ofDays(1));

    @Autowired
    ClassService classes;

    @Autowired
    SelfTestService tests;

    @Autowired
    QuestionBankService bank;

    @Autowired
    QuestionPool pool;

    @Autowired
    CurationService curation;

    @Autowired
    JdbcTemplate jdbc;

    @BeforeEach
    void accounts() {
        for (String name : List.of("ana", "boris", "chen")) {
            jdbc.update("insert into user_account (username, username_key, password_hash, role, created_at) "
                    + "values (?, ?, 'x', 'LEARNER', ?)", name, name, java.sql.Timestamp.from(START));
        }
    }

    private static <T> T instructor(Supplier<T> work) {
        return RunAs.instructor(work);
    }

    private static <T> T as(String learner, Supplier<T> work) {
        return RunAs.learner(learner, work);
    }

    private QuizClass classWith(String name, String... learners) {
        QuizClass created = instructor(() -> classes.create(name, "irina", START));
        for (String learner : learners) {
            as(learner, () -> classes.join(learner, created.joinCode(), START));
        }
        return created;
    }

    private Assignment assignPaper(QuizClass quizClass, String title, List<String> ids) {
        return instructor(() -> classes.assignPaper(quizClass.id(), title, pool.builtIn(), ids,
                LocalDateTime.ofInstant(START, ZoneOffset.UTC), LocalDateTime.ofInstant(CLOSES, ZoneOffset.UTC),
                ZoneOffset.UTC, "irina", START));
    }

    private List<Question> served() {
        return bank.bank(pool.builtIn(), QuestionPool.BANK_SEED).questions();
    }

    private static List<String> ids(List<Slot> slots) {
        return slots.stream().map(slot -> slot.question().id()).toList();
    }

    // ---------------------------------------------------------------- fixed papers

    @Test
    void everyLearnerGetsThePapersQuestionsInItsOrderARetiredOneLeftOutACorrectedOneAsCorrected() {
        List<Question> chosen = served().stream().filter(q -> q.type() == QuestionType.SINGLE_CHOICE).skip(10).limit(4)
                .toList();
        List<String> paper = new ArrayList<>(chosen.stream().map(Question::id).toList()).reversed();
        QuizClass group = classWith("Group 5", "ana", "boris");
        Assignment assignment = assignPaper(group, "  Week 3 paper ", ClassService.questionIds(String.join(",\n", paper)));
        assertThat(assignment.isPaper()).isTrue();
        assertThat(assignment.title()).isEqualTo("Week 3 paper");
        assertThat(assignment.paperQuestions()).containsExactlyElementsOf(paper);
        assertThat(instructor(() -> classes.assignments(group.id()))).containsExactly(assignment);

        SelfTest ana = as("ana", () -> classes.start("ana", assignment.id(), START.plusSeconds(60)));
        assertThat(ids(ana.attempt().slots())).as("the paper's questions in its order").containsExactlyElementsOf(paper);
        assertThat(ana.title()).isEqualTo("Week 3 paper");
        assertThat(ana.attempt().plan().deadline()).as("timed by the window").contains(CLOSES);

        Question retired = chosen.stream().filter(q -> q.id().equals(paper.get(1))).findFirst().orElseThrow();
        Question corrected = chosen.stream().filter(q -> q.id().equals(paper.get(2))).findFirst().orElseThrow();
        QuestionEdit asIs = QuestionEdit.of(corrected);
        Question copy = instructor(() -> {
            curation.retire(retired.id(), "ambiguous");
            return curation.edit(corrected.id(), new QuestionEdit(corrected.stem() + " (corrected)", asIs.explanation(),
                    asIs.choices(), asIs.prompts(), asIs.key()), "typo");
        });
        assertThat(instructor(() -> classes.leftOut(assignment.id()))).containsExactly(retired.id());

        SelfTest boris = as("boris", () -> classes.start("boris", assignment.id(), START.plusSeconds(120)));
        assertThat(ids(boris.attempt().slots())).containsExactly(paper.get(0), copy.id(), paper.get(3));
        assertThat(boris.slot(2).question().stem()).endsWith("(corrected)");
        assertThat(ids(tests.test("ana", ana.id(), START.plusSeconds(120)).attempt().slots()))
                .as("a test started before keeps its questions").containsExactlyElementsOf(paper);

        Assignment allRetired = assignPaper(group, "Retired paper", List.of(copy.id())); // as the bank lists it now
        instructor(() -> {
            curation.retire(corrected.id(), "wrong after all");
            return null;
        });
        tests.submit("ana", ana.id(), START.plusSeconds(130));
        assertThatThrownBy(() -> as("ana", () -> classes.start("ana", allRetired.id(), START.plusSeconds(140))))
                .isInstanceOf(ClassException.class).hasMessageContaining("no question left");
        assertThat(tests.current("ana", START.plusSeconds(140))).as("nothing started").isEmpty();
    }

    @Test
    void aPaperWithNoQuestionOrWithAnUnknownOrRepeatedOneIsRefusedAndNothingIsAssigned() {
        QuizClass group = classWith("Group 5");
        String known = served().getFirst().id();
        assertThatThrownBy(() -> assignPaper(group, "Paper", ClassService.questionIds(" \n ,")))
                .isInstanceOf(ClassException.class).hasMessageStartingWith("A paper needs at least one question");
        assertThatThrownBy(() -> assignPaper(group, "Paper", List.of(known, "no-such-question")))
                .isInstanceOf(ClassException.class).hasMessageContaining("Not a question").hasMessageContaining("no-such-question");
        assertThatThrownBy(() -> assignPaper(group, "Paper", List.of(known, known)))
                .isInstanceOf(ClassException.class).hasMessage("A question is on the paper twice: " + known + ".");
        assertThatThrownBy(() -> assignPaper(group, "  ", List.of(known)))
                .isInstanceOf(ClassException.class).hasMessage("Give the paper a title.");
        assertThatThrownBy(() -> instructor(() -> classes.assignPaper(group.id(), "Paper", pool.builtIn(), List.of(known),
                LocalDateTime.parse("2026-05-12T10:00"), LocalDateTime.parse("2026-05-12T09:00"), ZoneOffset.UTC, "irina",
                START))).isInstanceOf(ClassException.class).hasMessage("The closing time must be after the opening time.");
        assertThatThrownBy(() -> instructor(() -> classes.assignPaper(group.id(), "Paper", "no-such-pack", List.of(known),
                LocalDateTime.parse("2026-05-12T09:00"), LocalDateTime.parse("2026-05-12T10:00"), ZoneOffset.UTC, "irina",
                START))).isInstanceOf(ClassException.class).hasMessageContaining("organization");
        assertThat(instructor(() -> classes.assignments(group.id()))).isEmpty();
        assertThatThrownBy(() -> as("ana", () -> classes.assignPaper(group.id(), "Paper", pool.builtIn(), List.of(known),
                LocalDateTime.parse("2026-05-12T09:00"), LocalDateTime.parse("2026-05-12T10:00"), ZoneOffset.UTC, "ana",
                START))).isInstanceOf(AccessDeniedException.class);
    }

    // ---------------------------------------------------------------- the figures as CSV

    /**
     * A paper of three true-or-false questions, two of one area and one of another: ana answers all
     * three rightly; boris the first rightly, the second wrongly and leaves the third blank; chen has
     * not submitted. By hand: area one asked 4 times, answered 4, facility 3/4 = 0.7500, marks 75.00 %;
     * area two asked 2, answered 1, facility 0.5000, 50.00 %; the questions 2/2/1.0000, 2/2/0.5000,
     * 2/1/0.5000.
     */
    @Test
    void theFiguresCsvParsesBackToTheFiguresWorkedOutByHand() throws IOException {
        List<Area> areas = Arrays.stream(Area.values())
                .filter(area -> served().stream().filter(q -> q.area() == area && q.type() == QuestionType.TRUE_FALSE)
                        .count() >= 2)
                .limit(2).toList();
        Area one = areas.get(0);
        Area two = areas.get(1);
        List<Question> ofOne = served().stream().filter(q -> q.area() == one && q.type() == QuestionType.TRUE_FALSE)
                .limit(2).toList();
        Question ofTwo = served().stream().filter(q -> q.area() == two && q.type() == QuestionType.TRUE_FALSE)
                .findFirst().orElseThrow();
        QuizClass group = classWith("Group 5", "ana", "boris", "chen");
        Assignment assignment = assignPaper(group, "True or false",
                List.of(ofOne.get(0).id(), ofOne.get(1).id(), ofTwo.id()));
        Instant at = START.plusSeconds(60);
        SelfTest ana = as("ana", () -> classes.start("ana", assignment.id(), at));
        SelfTest boris = as("boris", () -> classes.start("boris", assignment.id(), at));
        SelfTest chen = as("chen", () -> classes.start("chen", assignment.id(), at));
        for (int slot = 1; slot <= 3; slot++) {
            tests.save("ana", ana.id(), slot, ana.slot(slot).question().correctResponse(), at.plusSeconds(5));
        }
        tests.save("boris", boris.id(), 1, boris.slot(1).question().correctResponse(), at.plusSeconds(5));
        Response.TrueFalseAnswer right = (Response.TrueFalseAnswer) boris.slot(2).question().correctResponse();
        tests.save("boris", boris.id(), 2, new Response.TrueFalseAnswer(!right.value()), at.plusSeconds(5));
        tests.save("chen", chen.id(), 3, chen.slot(3).question().correctResponse(), at.plusSeconds(5));
        tests.submit("ana", ana.id(), at.plusSeconds(10));
        tests.submit("boris", boris.id(), at.plusSeconds(10));

        String csv = instructor(() -> classes.figuresCsv(assignment.id(), at.plusSeconds(20)));
        List<CSVRecord> rows = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(csv)).getRecords();
        assertThat(rows.getFirst().getParser().getHeaderNames()).containsExactly(ClassService.FIGURES_HEADER);
        assertThat(rows).extracting(row -> row.get("section"))
                .containsExactly("area", "area", "question", "question", "question");
        CSVRecord first = rows.stream().filter(row -> row.get("area").equals(Names.area(one))).findFirst().orElseThrow();
        CSVRecord second = rows.stream().filter(row -> row.get("area").equals(Names.area(two))).findFirst().orElseThrow();
        assertThat(List.of(first.get("asked"), first.get("answered"), first.get("facility"), first.get("marks_percentage")))
                .containsExactly("4", "4", "0.7500", "75.00");
        assertThat(List.of(second.get("asked"), second.get("answered"), second.get("facility"), second.get("marks_percentage")))
                .containsExactly("2", "1", "0.5000", "50.00");
        List<CSVRecord> questions = rows.subList(2, 5);
        assertThat(questions).extracting(row -> row.get("question_id"))
                .containsExactly(ofOne.get(0).id(), ofOne.get(1).id(), ofTwo.id());
        assertThat(questions).extracting(row -> row.get("asked") + "/" + row.get("answered") + "/" + row.get("facility"))
                .containsExactly("2/2/1.0000", "2/2/0.5000", "2/1/0.5000");
        assertThat(questions.get(2).get("question")).isEqualTo(ofTwo.stem());
        assertThat(ClassService.figuresCsvFileName(assignment)).isEqualTo("figures-group-5-true-or-false.csv");
        assertThatThrownBy(() -> as("ana", () -> classes.figuresCsv(assignment.id(), at)))
                .isInstanceOf(AccessDeniedException.class);
    }

    // ---------------------------------------------------------------- renaming and deleting

    @Test
    void aClassIsRenamedAndDeletedWithItsAssignmentsAndResultsWhileLearnersKeepTheirTests() {
        QuizClass group = classWith("Group 5", "ana");
        classWith("Group 6");
        assertThat(instructor(() -> classes.rename(group.id(), " Group 5, autumn "))).satisfies(renamed -> {
            assertThat(renamed.name()).isEqualTo("Group 5, autumn");
            assertThat(renamed.joinCode()).isEqualTo(group.joinCode());
        });
        assertThatThrownBy(() -> instructor(() -> classes.rename(group.id(), "group 6"))).isInstanceOf(ClassException.class)
                .hasMessage("There is already a class named “Group 6”.");
        assertThatThrownBy(() -> instructor(() -> classes.rename(group.id(), " "))).isInstanceOf(ClassException.class)
                .hasMessage("Give the class a name.");
        assertThat(instructor(() -> classes.rename(group.id(), "GROUP 5, AUTUMN")).name()).as("its own name, in capitals")
                .isEqualTo("GROUP 5, AUTUMN");

        Assignment assignment = assignPaper(group, "Paper", List.of(served().getFirst().id()));
        SelfTest taken = as("ana", () -> classes.start("ana", assignment.id(), START));
        tests.submit("ana", taken.id(), START.plusSeconds(30));
        assertThat(instructor(() -> classes.contents(group.id()))).isEqualTo(new ClassContents(1, 1));
        assertThatThrownBy(() -> as("ana", () -> {
            classes.delete(group.id());
            return null;
        })).isInstanceOf(AccessDeniedException.class);

        instructor(() -> {
            classes.delete(group.id());
            return null;
        });
        assertThat(instructor(classes::classes)).extracting(QuizClass::name).containsExactly("Group 6");
        assertThat(as("ana", () -> classes.assignedTo("ana", START))).isEmpty();
        assertThat(as("ana", () -> classes.classNamesOf("ana"))).isEmpty();
        assertThat(tests.past("ana")).as("the learner keeps the test they took").singleElement()
                .satisfies(past -> assertThat(past.id()).isEqualTo(taken.id()));
        for (String table : Set.of("class_member", "class_assignment", "assignment_attempt", "assignment_question")) {
            assertThat(jdbc.queryForObject("select count(*) from " + table, Long.class)).as(table).isZero();
        }
        assertThatThrownBy(() -> instructor(() -> classes.members(group.id()))).isInstanceOf(ClassException.class);
    }
}

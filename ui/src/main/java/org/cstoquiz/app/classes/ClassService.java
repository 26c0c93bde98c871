package org.cstoquiz.app.classes;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import org.cstoquiz.app.assessment.Blueprint;
import org.cstoquiz.app.assessment.SelfTest;
import org.cstoquiz.domain.PackInfo;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * Classes and the tests assigned to them. An instructor creates a class and gives learners its join
 * code; assigns a test (drawn from a blueprint, or a fixed paper of questions chosen in the bank; one
 * paper for the whole class either way) with an opening and a
 * closing time; and sees each learner's result and the class's figures, also as CSV. A learner joins
 * with the code, sees the tests assigned to them and starts each once, while it is open; the test is
 * then an ordinary self-assessment test (graded, timed and reviewed as tests are).
 *
 * <p>Every instructor operation checks the role; a learner's operations act on the learner named, who
 * must be the one signed in.
 */
@Service
public class ClassService {

    public static final int MAX_NAME = 80;
    /** The seed of the bank a fixed paper's questions are chosen from: the one tests are served from. */
    public static final long PAPER_BANK_SEED = org.cstoquiz.app.attempt.QuestionPool.BANK_SEED;
    static final String INSTRUCTORS_ONLY = "hasRole('INSTRUCTOR')";
    static final String THE_LEARNER_THEMSELVES = "#learner == authentication.name";
    static final String[] CSV_HEADER = ClassResults.CSV_HEADER;
    static final String[] FIGURES_HEADER = ClassResults.FIGURES_HEADER;

    private final ClassMembership membership;
    private final ClassAssignments assignments;
    private final ClassResults results;
    private final ClassPapers papers;

    ClassService(ClassMembership membership, ClassAssignments assignments, ClassResults results, ClassPapers papers) {
        this.papers = papers;
        this.membership = membership;
        this.assignments = assignments;
        this.results = results;
    }

    // ---------------------------------------------------------------- classes (instructors)

    /** Every class, by name. */
    @PreAuthorize(INSTRUCTORS_ONLY)
    public List<QuizClass> classes() {
        return membership.classes();
    }

    /**
     * Creates a class with a new join code.
     *
     * @throws ClassException if the name is blank, too long or taken
     */
    @PreAuthorize(INSTRUCTORS_ONLY)
    public QuizClass create(String name, String instructor, Instant now) {
        return membership.create(name, instructor, now);
    }

    /** Gives the class a new join code; the old one no longer lets anyone join. */
    @PreAuthorize(INSTRUCTORS_ONLY)
    public QuizClass newCode(long classId) {
        return membership.newCode(classId);
    }

    /** The learners of a class, by name. */
    @PreAuthorize(INSTRUCTORS_ONLY)
    public List<Member> members(long classId) {
        return membership.members(classId);
    }

    /**
     * Renames a class; its code, learners, assignments and results stay.
     *
     * @throws ClassException if the name is blank, too long or another class's
     */
    @PreAuthorize(INSTRUCTORS_ONLY)
    public QuizClass rename(long classId, String name) {
        return membership.rename(classId, name);
    }

    /** How many tests are assigned to a class and how many its learners have taken: what deleting it removes. */
    @PreAuthorize(INSTRUCTORS_ONLY)
    public ClassContents contents(long classId) {
        return membership.contents(classId);
    }

    /**
     * Deletes a class with its learners' memberships, its assigned tests and their results; the
     * learners keep the tests they took in their own history.
     */
    @PreAuthorize(INSTRUCTORS_ONLY)
    public void delete(long classId) {
        membership.delete(classId);
    }

    /** Removes a learner from a class; the tests they took for it are kept. Removing one who is not there is harmless. */
    @PreAuthorize(INSTRUCTORS_ONLY)
    public void removeMember(long classId, String username) {
        membership.removeMember(classId, username);
    }

    // ---------------------------------------------------------------- joining (learners)

    /**
     * Joins the class whose code the learner typed (case, spaces and hyphens do not matter). Joining a
     * class again is harmless.
     *
     * @throws ClassException if no class has that code (it may have been replaced)
     */
    @PreAuthorize(THE_LEARNER_THEMSELVES)
    public QuizClass join(String learner, String typedCode, Instant now) {
        return membership.join(learner, typedCode, now);
    }

    /** The classes the learner belongs to, by name. */
    @PreAuthorize(THE_LEARNER_THEMSELVES)
    public List<String> classNamesOf(String learner) {
        return membership.classNamesOf(learner);
    }

    // ---------------------------------------------------------------- assignments

    /**
     * Assigns a test from a blueprint to a class, open from {@code opens} to {@code closes}, both read
     * in {@code zone} (the instructor's). Every learner gets the same questions.
     *
     * @throws ClassException if the class or blueprint is gone or the times do not make a window
     */
    @PreAuthorize(INSTRUCTORS_ONLY)
    public Assignment assign(long classId, long blueprintId, LocalDateTime opens, LocalDateTime closes, ZoneId zone,
                             String instructor, Instant now) {
        return assignments.assign(classId, blueprintId, opens, closes, zone, instructor, now);
    }

    /**
     * Assigns a fixed paper to a class: the questions of the pack's bank with these ids (as the question
     * bank lists the questions ticked), in this order, the same for every learner; scored plainly (a
     * mark a right answer) and timed by the window alone.
     *
     * @throws ClassException if the title is blank, the window is not one, or the paper has no question,
     *                        one twice or an id that is not a question of the bank tests are served from
     */
    @PreAuthorize(INSTRUCTORS_ONLY)
    public Assignment assignPaper(long classId, String title, String packId, List<String> questionIds, LocalDateTime opens,
                                  LocalDateTime closes, ZoneId zone, String instructor, Instant now) {
        return assignments.assignPaper(classId, title, packId, questionIds, opens, closes, zone, instructor, now);
    }

    /** The question ids in pasted text (separated by spaces, commas, semicolons or new lines). */
    public static List<String> questionIds(String typed) {
        return ClassPapers.ids(typed);
    }

    /** The packs (organizations) a paper's questions can come from, the built-in one first. */
    @PreAuthorize(INSTRUCTORS_ONLY)
    public List<PackInfo> packs() {
        return papers.packs();
    }

    /**
     * The questions of a fixed paper that are no longer served (retired since it was assigned), by id:
     * the tests started from now on leave them out. Empty for a test drawn from a blueprint.
     */
    @PreAuthorize(INSTRUCTORS_ONLY)
    public List<String> leftOut(long assignmentId) {
        return assignments.leftOut(assignmentId);
    }

    /** The blueprints a test can be assigned from, by name. */
    @PreAuthorize(INSTRUCTORS_ONLY)
    public List<Blueprint> blueprints() {
        return assignments.blueprints();
    }

    /** A class's assignments, the latest opening first. */
    @PreAuthorize(INSTRUCTORS_ONLY)
    public List<Assignment> assignments(long classId) {
        return assignments.assignments(classId);
    }

    /**
     * The tests assigned to the learner through their classes: the open ones first (closing soonest
     * first), then those still to open, then the closed ones (latest first).
     */
    @PreAuthorize(THE_LEARNER_THEMSELVES)
    public List<AssignedTest> assignedTo(String learner, Instant now) {
        return assignments.assignedTo(learner, now);
    }

    /**
     * Starts the learner's test for an assignment: only while it is open, only once, and only for a
     * learner of its class. The test is an ordinary self-assessment test, with the class's questions;
     * its time runs out when the assignment closes, if not before (by the blueprint's time limit).
     *
     * @throws ClassException saying why it cannot be started, with nothing stored
     */
    @PreAuthorize(THE_LEARNER_THEMSELVES)
    public SelfTest start(String learner, long assignmentId, Instant now) {
        return assignments.start(learner, assignmentId, now);
    }

    // ---------------------------------------------------------------- results

    /**
     * Each learner's result (the class's learners, and anyone removed after starting), and the class's
     * figures per area and per question over the closed tests. A test whose time has run out is closed
     * first.
     */
    @PreAuthorize(INSTRUCTORS_ONLY)
    public AssignmentResults results(long assignmentId, Instant now) {
        return results.results(assignmentId, now);
    }

    /**
     * The learners' results as CSV (RFC 4180, a header row; times in {@code zone}; marks to 2 decimal
     * places, percentages too), for a spreadsheet.
     */
    @PreAuthorize(INSTRUCTORS_ONLY)
    public String resultsCsv(long assignmentId, Instant now, ZoneId zone) {
        return results.resultsCsv(assignmentId, now, zone);
    }

    /**
     * The class's figures as CSV (RFC 4180, a header row): a row per area (section "area") with its
     * marks as a percentage, then a row per question (section "question"); facility to 4 decimal places.
     */
    @PreAuthorize(INSTRUCTORS_ONLY)
    public String figuresCsv(long assignmentId, Instant now) {
        return results.figuresCsv(assignmentId, now);
    }

    /** "figures-<class>-<test>.csv", in letters, digits and hyphens. */
    public static String figuresCsvFileName(Assignment assignment) {
        return ClassResults.figuresCsvFileName(assignment);
    }

    /** "results-<class>-<test>.csv", in letters, digits and hyphens. */
    public static String csvFileName(Assignment assignment) {
        return ClassResults.csvFileName(assignment);
    }
}

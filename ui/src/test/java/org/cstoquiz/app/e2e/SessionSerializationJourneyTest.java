package org.cstoquiz.app.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.cstoquiz.app.e2e.PracticePages.button;
import static org.cstoquiz.app.e2e.PracticePages.progress;
import static org.cstoquiz.app.e2e.PracticePages.score;
import static org.cstoquiz.app.e2e.PracticePages.stem;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.vaadin.flow.server.VaadinSession;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.NotSerializableException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.apache.catalina.Manager;
import org.apache.catalina.Session;
import org.apache.catalina.session.StandardManager;
import org.cstoquiz.app.RunAs;
import org.cstoquiz.app.account.AccountService;
import org.cstoquiz.app.account.Role;
import org.cstoquiz.app.assessment.SelfTest;
import org.cstoquiz.app.assessment.SelfTestService;
import org.cstoquiz.app.practice.PracticeService;
import org.cstoquiz.app.practice.PracticeSession;
import org.cstoquiz.app.practice.PracticeSettings;
import org.cstoquiz.engine.question.Question;
import org.cstoquiz.engine.question.QuestionType;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.web.server.servlet.context.ServletWebServerApplicationContext;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;

/**
 * A learner's server session, taken in the middle of a practice session and of a test, is written
 * with plain Java serialisation and read back whole: the Vaadin session with its screens, and the
 * login. Then the server writes every session out and reads it back as it does over a restart, and the
 * learner's open page carries on: the same question, and the next answer is saved.
 */
class SessionSerializationJourneyTest extends BrowserJourney {

    private static final String PASSWORD = "serialised session pass";
    private static final List<QuestionType> ONE_CHOICE = List.of(QuestionType.SINGLE_CHOICE, QuestionType.STATEMENTS,
            QuestionType.ASSERTION_REASON);

    @Autowired
    AccountService accounts;

    @Autowired
    PracticeService practice;

    @Autowired
    SelfTestService tests;

    @Autowired
    ServletWebServerApplicationContext context;

    @Test
    void aSessionMidPracticeIsWrittenAndReadBackAndTheLearnerCarriesOn() throws Exception {
        String user = "e2e-serial-practice";
        Page page = PracticePages.loggedIn(browser(), accounts, url(""), user, PASSWORD, 1280, 900);
        page.navigate(url("/practice"));
        PracticePages.fillForm(page, "Single choice", 3, "5 minutes");
        button(page, "Start").click();
        assertThat(progress(page)).hasText("Question 1 of 3");
        PracticeSession session = practice.current(user, Instant.now()).orElseThrow();
        PracticePages.answerRightly(page, session.attempt().slot(1).question());
        button(page, "Next question").click();
        assertThat(progress(page)).hasText("Question 2 of 3");
        Question second = session.attempt().slot(2).question();

        PracticePages.waitForVaadin(page);
        Restored restored = writtenAndReadBack(sessionOf(user));
        assertThat(loginIn(restored.attributes())).isEqualTo(user);
        assertThat(vaadinSessionIn(restored.attributes())).isNotNull();
        assertThat(restored.classes()).as("what the session holds").contains("MainLayout", "PracticeSessionView",
                "OneChoiceInput", "Countdown", "KeyBindings");

        writeOutAndReadBackEverySession();
        assertThat(page.getByText(second.stem())).isVisible();
        PracticePages.answerRightly(page, second);
        assertThat(score(page)).hasText("Score 2 of 2");
        assertThat(practice.current(user, Instant.now()).orElseThrow().submitted()).isEqualTo(2);

        page.reload();
        assertThat(page.locator(".signed-in-user")).hasText(Pattern.compile("^" + user + " · "));
        assertThat(progress(page)).hasText("Question 2 of 3");
        page.close();
    }

    @Test
    void aSessionMidTestIsWrittenAndReadBackAndTheLearnerCarriesOn() throws Exception {
        String user = "e2e-serial-test";
        Page page = PracticePages.loggedIn(browser(), accounts, url(""), user, PASSWORD, 1280, 900);
        page.navigate(url("/tests"));
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Start “Exam style”")).click();
        assertThat(page.getByText("Question 1 of 25")).isVisible();
        SelfTest test = tests.current(user, Instant.now()).orElseThrow();
        int[] oneChoice = java.util.stream.IntStream.rangeClosed(1, test.size())
                .filter(number -> ONE_CHOICE.contains(test.slot(number).question().type())).limit(2).toArray();
        assertThat(oneChoice).as("one-choice questions in the test").hasSize(2);

        page.navigate(url("/tests/" + test.id() + "?question=" + oneChoice[0]));
        assertThat(page.getByText("Question " + oneChoice[0] + " of 25")).isVisible();
        page.keyboard().press(String.valueOf(PracticePages.correctPosition(test.slot(oneChoice[0]).question())));
        assertThat(page.getByText("Your answer is saved.")).isVisible();
        PracticePages.waitForVaadin(page);

        Restored restored = writtenAndReadBack(sessionOf(user));
        assertThat(loginIn(restored.attributes())).isEqualTo(user);
        assertThat(restored.classes()).as("what the session holds").contains("MainLayout", "TestView",
                "OneChoiceInput", "Countdown", "KeyBindings");

        writeOutAndReadBackEverySession();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(
                Pattern.compile("^Question " + oneChoice[1] + "\\b"))).click();
        Question next = test.slot(oneChoice[1]).question();
        assertThat(stem(page)).hasText(next.stem());
        page.keyboard().press(String.valueOf(PracticePages.correctPosition(next)));
        assertThat(page.getByText("Your answer is saved.")).isVisible();
        SelfTest saved = tests.current(user, Instant.now()).orElseThrow();
        assertThat(saved.unanswered()).doesNotContain(oneChoice[0], oneChoice[1]);
        page.close();
    }

    /** Every screen a learner opens is written with the session and read back. */
    @Test
    void everyLearnerScreenIsWrittenWithTheSession() throws Exception {
        String user = "e2e-serial-screens";
        Page page = PracticePages.loggedIn(browser(), accounts, url(""), user, PASSWORD, 1280, 900);
        assertEveryScreenWritten(page, user, List.of("/", "/practice", "/tests", "/review", "/progress", "/my-classes",
                "/study", "/timeline"));
    }

    /**
     * Every screen of an instructor's is written with the session and read back; a learner's closed
     * practice session first, so that the bank shows item statistics.
     */
    @Test
    void everyInstructorScreenIsWrittenWithTheSession() throws Exception {
        String learner = "e2e-serial-answered";
        PracticePages.register(accounts, learner, PASSWORD);
        PracticeSession answered = practice.start(learner, PracticeSettings.untimed(1), Instant.now());
        practice.answer(learner, answered.id(), 1, answered.attempt().slot(1).question().correctResponse(), Instant.now());
        practice.finish(learner, answered.id(), Instant.now());
        String user = "e2e-serial-instructor";
        PracticePages.register(accounts, user, PASSWORD);
        RunAs.instructor(() -> accounts.changeRole(accounts.findByUsername(user).orElseThrow().id(), Role.INSTRUCTOR));
        Page page = browser().newPage(1280, 900);
        PracticePages.logIn(page, url(""), user, PASSWORD);
        assertEveryScreenWritten(page, user, List.of("/bank", "/curation", "/blueprints", "/classes", "/accounts",
                "/study", "/timeline"));
    }

    /** Opens each screen in turn (a session holds a UI per open page) and writes the session with it. */
    private void assertEveryScreenWritten(Page page, String user, List<String> screens) throws Exception {
        List<String> failures = new java.util.ArrayList<>();
        for (String screen : screens) {
            page.navigate(url(screen));
            assertThat(page.locator(".signed-in-user")).isVisible();
            PracticePages.waitForVaadin(page);
            try {
                Restored restored = writtenAndReadBack(sessionOf(user));
                assertThat(loginIn(restored.attributes())).as(screen).isEqualTo(user);
            } catch (AssertionError e) {
                failures.add(screen + ": " + e.getMessage());
            }
        }
        assertThat(failures).as("screens that cannot be written with the session").isEmpty();
        page.close();
    }

    // ------------------------------------------------------------------ the server's sessions

    private Manager manager() {
        return ServerSessions.manager(context);
    }

    private Session sessionOf(String user) {
        return ServerSessions.sessionOf(context, user);
    }

    /** The attributes of a session as read back, and the simple names of the classes of every object read. */
    record Restored(Map<String, Object> attributes, Set<String> classes) {
    }

    /**
     * Each attribute of the session written with an {@link ObjectOutputStream} and read back; a part
     * that cannot be written (a service held by a screen) fails the test with its name.
     */
    private static Restored writtenAndReadBack(Session session) throws Exception {
        Map<String, Object> restored = new LinkedHashMap<>();
        Set<String> classes = new TreeSet<>();
        for (String name : Collections.list(session.getSession().getAttributeNames())) {
            Object value = session.getSession().getAttribute(name);
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            // written while no request changes it, as the server does when it stops
            VaadinSession vaadin = value instanceof VaadinSession v ? v : null;
            if (vaadin != null) {
                vaadin.lock();
            }
            try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
                out.writeObject(value);
            } catch (NotSerializableException e) {
                throw new AssertionError("session attribute " + name + " holds a " + e.getMessage()
                        + ", which cannot be written with the session", e);
            } finally {
                if (vaadin != null) {
                    vaadin.unlock();
                }
            }
            try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray())) {
                {
                    enableResolveObject(true);
                }

                @Override
                protected Object resolveObject(Object read) {
                    classes.add(read.getClass().getSimpleName());
                    return read;
                }

                @Override
                protected Class<?> resolveClass(java.io.ObjectStreamClass description)
                        throws IOException, ClassNotFoundException {
                    return Class.forName(description.getName(), false, Thread.currentThread().getContextClassLoader());
                }
            }) {
                restored.put(name, in.readObject());
            }
        }
        return new Restored(restored, classes);
    }

    private static String loginIn(Map<String, Object> attributes) {
        return ((SecurityContext) attributes.get(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY))
                .getAuthentication().getName();
    }

    private static VaadinSession vaadinSessionIn(Map<String, Object> attributes) {
        return attributes.values().stream().filter(VaadinSession.class::isInstance).map(VaadinSession.class::cast)
                .findFirst().orElse(null);
    }

    /**
     * What the server does over a restart: every session written to the session store and read back
     * (Tomcat's own plain serialisation), the ones in memory dropped.
     */
    private void writeOutAndReadBackEverySession() throws Exception {
        StandardManager manager = (StandardManager) manager();
        if (manager.getPathname() == null) {
            Path store = Files.createTempDirectory("sessions");
            manager.setPathname(store.resolve("SESSIONS.ser").toString());
        }
        manager.unload();
        assertThat(manager.getActiveSessions()).isZero();
        manager.load();
        assertThat(manager.getActiveSessions()).as("sessions read back").isPositive();
    }
}

package org.cstoquiz.app.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.cstoquiz.app.e2e.PracticePages.button;
import static org.cstoquiz.app.e2e.PracticePages.progress;
import static org.cstoquiz.app.e2e.PracticePages.score;
import static org.cstoquiz.app.e2e.PracticePages.secondsLeft;
import static org.cstoquiz.app.e2e.PracticePages.stem;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Instant;
import java.util.regex.Pattern;
import org.cstoquiz.app.Application;
import org.cstoquiz.app.account.AccountService;
import org.cstoquiz.app.practice.PracticeService;
import org.cstoquiz.app.practice.PracticeSession;
import org.cstoquiz.engine.question.Question;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * A timed practice session survives a restart of the application: the server writes its sessions to
 * the data directory when it stops and reads them back when it starts, so the learner's open page
 * carries on at the question it shows, still logged in, with the answer given before the restart
 * counted and the clock still running from the stored deadline; a reload stays on that question.
 */
class PracticeRestartJourneyTest {

    private static final String USER = "e2e-restart";
    private static final String PASSWORD = "restart password";

    @TempDir
    Path dataDir;

    private ConfigurableApplicationContext start(int port) {
        return new SpringApplicationBuilder(Application.class)
                .run("--csto-quiz.data-dir=" + dataDir, "--server.port=" + port, "--logging.level.root=warn");
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    @Test
    void aTimedSessionGoesOnAfterARestartWithoutLoggingInAgain() throws IOException {
        PlaywrightAssertions.setDefaultAssertionTimeout(20_000);
        try (BrowserSupport browser = BrowserSupport.launchOrSkip()) {
            int port = freePort();
            String base = "http://localhost:" + port;
            Page page = browser.newPage(1280, 900);
            int beforeRestart;
            Question second;
            try (ConfigurableApplicationContext first = start(port)) {
                PracticePages.register(first.getBean(AccountService.class), USER, PASSWORD);
                PracticePages.logIn(page, base, USER, PASSWORD);
                page.navigate(base + "/practice");
                PracticePages.fillForm(page, "Single choice", 3, "5 minutes");
                button(page, "Start").click();
                assertThat(progress(page)).hasText("Question 1 of 3");

                PracticeSession session = first.getBean(PracticeService.class).current(USER, Instant.now())
                        .orElseThrow();
                Question question = session.attempt().slot(1).question();
                second = session.attempt().slot(2).question();
                assertThat(stem(page)).hasText(question.stem());
                PracticePages.answerRightly(page, question);
                assertThat(score(page)).hasText("Score 1 of 1");
                button(page, "Next question").click();
                assertThat(progress(page)).hasText("Question 2 of 3");
                beforeRestart = secondsLeft(page);
            }

            try (ConfigurableApplicationContext again = start(port)) {
                // the page left open goes on where it was, without logging in again
                assertThat(stem(page)).hasText(second.stem());
                PracticePages.answerRightly(page, second);
                assertThat(score(page)).hasText("Score 2 of 2");
                PracticeSession resumed = again.getBean(PracticeService.class).current(USER, Instant.now())
                        .orElseThrow();
                assertThat(resumed.submitted()).isEqualTo(2);
                assertThat(resumed.scoreSoFar().orElseThrow().correct()).isEqualTo(2);

                page.reload();
                assertThat(page).not().hasURL(Pattern.compile(".*/login$"));
                assertThat(page.locator(".signed-in-user")).hasText(Pattern.compile("^" + USER + " · "));
                assertThat(progress(page)).hasText("Question 2 of 3");
                assertThat(stem(page)).hasText(second.stem());
                assertThat(score(page)).hasText("Score 2 of 2");
                int afterRestart = secondsLeft(page);
                assertThat(afterRestart).isGreaterThan(0).isLessThan(beforeRestart);
            }
            page.close();
        }
    }
}

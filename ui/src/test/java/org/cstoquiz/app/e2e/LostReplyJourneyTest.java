package org.cstoquiz.app.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.cstoquiz.app.e2e.PracticePages.button;
import static org.cstoquiz.app.e2e.PracticePages.progress;
import static org.cstoquiz.app.e2e.PracticePages.verdict;

import com.microsoft.playwright.APIResponse;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Route;
import java.time.Instant;
import java.util.Set;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.cstoquiz.app.account.AccountService;
import org.cstoquiz.app.practice.PracticeService;
import org.cstoquiz.app.practice.PracticeSettings;
import org.cstoquiz.engine.question.Question;
import org.cstoquiz.engine.question.QuestionType;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The server's reply to an answer is lost on the way back (the server has saved the answer, the page
 * never hears so): the page sends the same message again, and the server replies with what it said the
 * first time, from the copy it keeps of its last reply to the page, instead of doing the action twice.
 * The learner sees the verdict, and the answer is saved once.
 */
class LostReplyJourneyTest extends BrowserJourney {

    private static final String PASSWORD = "lost reply pass phrase";

    @Autowired
    AccountService accounts;

    @Autowired
    PracticeService practice;

    @Test
    void aPageWhoseReplyWasLostGetsTheSameReplyAgainAndTheAnswerIsSavedOnce() {
        String user = "e2e-lost-reply";
        Page page = PracticePages.loggedIn(browser(), accounts, url(""), user, PASSWORD, 1280, 900);
        practice.start(user, PracticeSettings.untimed(2).withTypes(Set.of(QuestionType.SINGLE_CHOICE)), Instant.now());
        Question question = practice.current(user, Instant.now()).orElseThrow().attempt().slot(1).question();
        page.navigate(url("/practice"));
        assertThat(progress(page)).hasText("Question 1 of 2");
        PracticePages.option(page, question.choices().get(PracticePages.correctPosition(question) - 1)).check();
        PracticePages.waitForVaadin(page);

        // the next message of the page reaches the server, but its reply is dropped before the page gets it
        List<String> messages = new CopyOnWriteArrayList<>();
        List<String> replies = new CopyOnWriteArrayList<>();
        page.route(address -> address.contains("v-r=uidl"), route -> {
            if (!"POST".equals(route.request().method())) {
                route.resume();
                return;
            }
            APIResponse reply = route.fetch();
            messages.add(route.request().postData());
            replies.add(reply.text());
            if (replies.size() == 1) {
                route.abort();
            } else {
                route.fulfill(new Route.FulfillOptions().setResponse(reply));
            }
        });
        button(page, "Submit").click();

        assertThat(verdict(page)).hasText("Correct");
        assertThat(messages).as("messages sent").hasSizeGreaterThanOrEqualTo(2);
        assertThat(messages.get(1)).as("the message sent again").isEqualTo(messages.get(0));
        assertThat(replies.get(1)).as("the reply to the message sent again").isEqualTo(replies.get(0))
                .contains("Correct");
        assertThat(practice.current(user, Instant.now()).orElseThrow().submitted()).isEqualTo(1);
        button(page, "Next question").click();
        assertThat(progress(page)).hasText("Question 2 of 2");
        page.close();
    }
}

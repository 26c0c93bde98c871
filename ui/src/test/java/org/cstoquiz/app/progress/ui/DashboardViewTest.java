package org.cstoquiz.app.progress.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import org.cstoquiz.app.account.AccountService;
import org.cstoquiz.app.account.RegistrationRequest;
import org.cstoquiz.app.practice.PracticeService;
import org.cstoquiz.app.practice.PracticeSession;
import org.cstoquiz.app.practice.PracticeSettings;
import org.cstoquiz.app.assessment.SelfTest;
import org.cstoquiz.app.assessment.SelfTestService;
import org.cstoquiz.app.review.ReviewService;
import org.cstoquiz.engine.question.Response;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.ActiveProfiles;

@SpringBootTest
@ActiveProfiles("test")
class DashboardViewTest extends SpringBrowserlessTest {

    @Autowired
    AccountService accounts;

    @Autowired
    ReviewService reviews;

    @Autowired
    PracticeService practice;

    @Autowired
    SelfTestService tests;

    @Test
    @WithMockUser(username = "dash-learner", roles = "LEARNER")
    void showsTheStreakChartsAndTheWeakestFactsAfterReviews() {
        accounts.register(new RegistrationRequest("dash-learner", "long enough password", "long enough password"));
        Instant now = Instant.now();
        var right = reviews.next("dash-learner", now).orElseThrow();
        reviews.answer("dash-learner", right, right.question().correctResponse(), Duration.ofSeconds(5), now);
        var wrong = reviews.next("dash-learner", now).orElseThrow();
        reviews.answer("dash-learner", wrong, Response.BLANK, Duration.ofSeconds(5), now);

        navigate(DashboardView.class);

        assertThat($(Span.class).withText("Activity streak: 1 day").exists()).isTrue();
        Image scores = $(Image.class).withCondition(i -> i.getAlt().orElse("").startsWith("Share of answers right")).single();
        assertThat(scores.getAlt().orElseThrow()).contains("50%");
        String svg = new String(Base64.getDecoder().decode(scores.getSrc().substring("data:image/svg+xml;base64,".length())));
        assertThat(svg).startsWith("<svg").contains("<circle");
        assertThat($(Image.class).withCondition(i -> i.getAlt().orElse("").startsWith("Mastery per area")).exists()).isTrue();
        assertThat($(ListItem.class).all()).anySatisfy(li -> assertThat(li.getText()).contains("recall"));
        assertThat($(Paragraph.class).withText("Set your exam date under Review to see a plan here.").exists()).isTrue();
    }

    @Test
    @WithMockUser(username = "dash-new", roles = "LEARNER")
    void aNewLearnerSeesEmptyChartsAndAHint() {
        accounts.register(new RegistrationRequest("dash-new", "long enough password", "long enough password"));

        navigate(DashboardView.class);

        assertThat($(Span.class).withText("Activity streak: 0 days").exists()).isTrue();
        assertThat($(Paragraph.class).withText("None yet: review some facts first.").exists()).isTrue();
    }

    @Test
    @WithMockUser(username = "dash-tester", roles = "LEARNER")
    void chartsTheScoresOfFinishedPracticeSessionsAndTests() {
        accounts.register(new RegistrationRequest("dash-tester", "long enough password", "long enough password"));
        Instant now = Instant.now();
        PracticeSession session = practice.start("dash-tester", PracticeSettings.untimed(1), now.minusSeconds(600));
        practice.answer("dash-tester", session.id(), 1, session.attempt().slots().getFirst().question().correctResponse(),
                now.minusSeconds(590));
        practice.finish("dash-tester", session.id(), now.minusSeconds(580));
        long quickCheck = tests.blueprints().stream().filter(b -> b.name().equals("Quick check")).findFirst()
                .orElseThrow().id().orElseThrow();
        SelfTest test = tests.start("dash-tester", quickCheck, now.minusSeconds(300));
        tests.submit("dash-tester", test.id(), now.minusSeconds(200));

        navigate(DashboardView.class);

        Image chart = $(Image.class).withCondition(i -> i.getAlt().orElse("").startsWith("Scores of practice")).single();
        assertThat(chart.getAlt().orElseThrow()).containsPattern("Practice session \\d+ \\w+ 100%, Quick check \\d+ \\w+ 0%");
        String svg = new String(Base64.getDecoder().decode(chart.getSrc().substring("data:image/svg+xml;base64,".length())));
        assertThat(svg).contains("Scores of your latest practice sessions and tests");
        assertThat(svg.split("<circle", -1)).hasSize(3);
    }
}

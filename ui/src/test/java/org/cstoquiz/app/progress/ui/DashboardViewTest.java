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

    @Test
    @WithMockUser(username = "dash-learner", roles = "LEARNER")
    void showsTheStreakChartsAndTheWeakestFactsAfterReviews() {
        accounts.register(new RegistrationRequest("dash-learner", "long enough", "long enough"));
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
        accounts.register(new RegistrationRequest("dash-new", "long enough", "long enough"));

        navigate(DashboardView.class);

        assertThat($(Span.class).withText("Activity streak: 0 days").exists()).isTrue();
        assertThat($(Paragraph.class).withText("None yet: review some facts first.").exists()).isTrue();
    }
}

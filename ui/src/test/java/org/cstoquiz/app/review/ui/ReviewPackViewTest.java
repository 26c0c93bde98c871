package org.cstoquiz.app.review.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import java.time.Instant;
import org.cstoquiz.app.account.AccountService;
import org.cstoquiz.app.account.RegistrationRequest;
import org.cstoquiz.app.bank.ExportRequest;
import org.cstoquiz.app.bank.QuestionBankService;
import org.cstoquiz.app.review.ReviewService;
import org.cstoquiz.domain.PackInfo;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.ActiveProfiles;

/** With several packs loaded, the learner chooses the organization to review, kept for later visits; each keeps its own progress. */
@SpringBootTest(properties = "csto-quiz.packs-dir=../content/src/test/resources/extra-packs")
@ActiveProfiles("test")
class ReviewPackViewTest extends SpringBrowserlessTest {

    @Autowired
    AccountService accounts;

    @Autowired
    QuestionBankService bank;

    @Autowired
    ReviewService reviews;

    @Autowired
    JdbcTemplate jdbc;

    @SuppressWarnings("unchecked")
    private Select<PackInfo> organization() {
        return $(Select.class).withCaption("Organization").single();
    }

    private String shownStem() {
        return $(Paragraph.class).withCondition(p -> p.hasClassName("question-stem")).single().getText();
    }

    private String status() {
        return $(Span.class).withCondition(s -> s.hasClassName("review-status")).single().getText();
    }

    @Test
    @WithMockUser(username = "rev-pack", roles = "LEARNER")
    void aLearnerReviewsNatoFactsAndTheCstoProgressStaysApart() {
        accounts.register(new RegistrationRequest("rev-pack", "long enough password", "long enough password"));
        ReviewView view = navigate(ReviewView.class);
        assertThat(organization().isVisible()).isTrue();
        assertThat(organization().getValue().id()).isEqualTo("csto");

        test(organization()).selectItem("North Atlantic Treaty Organization");
        String stem = shownStem();
        assertThat(bank.bank("nato", ExportRequest.DEFAULT_SEED).questions()).anySatisfy(q ->
                assertThat(q.stem()).isEqualTo(stem));
        view.onKey("Enter");
        view.onKey("3");

        assertThat(jdbc.queryForList("select pack from review_card where username = 'rev-pack'", String.class))
                .containsExactly("nato");
        int natoFacts = reviews.status("rev-pack", "nato", Instant.now()).total();
        assertThat(status()).endsWith("1 of " + natoFacts + " facts seen");

        navigate(ReviewView.class);
        assertThat(organization().getValue().id()).as("kept for the next visit").isEqualTo("nato");
        assertThat(jdbc.queryForObject("select review_pack from learner_settings where username = 'rev-pack'", String.class))
                .isEqualTo("nato");
        test(organization()).selectItem("Collective Security Treaty Organization");
        assertThat(status()).endsWith("0 of " + reviews.status("rev-pack", "csto", Instant.now()).total() + " facts seen");
        assertThat(natoFacts).isNotEqualTo(reviews.status("rev-pack", "csto", Instant.now()).total());
    }
}

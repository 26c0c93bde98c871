package org.cstoquiz.app.progress.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.cstoquiz.app.MutableClock;
import org.cstoquiz.app.account.AccountService;
import org.cstoquiz.app.account.RegistrationRequest;
import org.cstoquiz.app.assessment.SelfTest;
import org.cstoquiz.app.assessment.SelfTestService;
import org.cstoquiz.app.bank.ExportRequest;
import org.cstoquiz.app.bank.QuestionBankService;
import org.cstoquiz.app.practice.PracticeService;
import org.cstoquiz.app.practice.PracticeSession;
import org.cstoquiz.app.practice.PracticeSettings;
import org.cstoquiz.app.review.LearnerSettingsService;
import org.cstoquiz.app.review.ReviewService;
import org.cstoquiz.app.review.ReviewHistoryService;
import org.cstoquiz.app.review.ReviewItem;
import org.cstoquiz.domain.Area;
import org.cstoquiz.engine.question.Question;
import org.cstoquiz.engine.question.QuestionType;
import org.cstoquiz.engine.question.Response;
import org.cstoquiz.engine.schedule.CardState;
import org.cstoquiz.engine.schedule.Rating;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;

/**
 * The dashboard of a learner in Kiritimati (UTC+14) after a scripted history, its figures worked out
 * by hand:
 * <ul>
 *   <li>T0 = 23 Nov 2026 09:00 UTC (23:00 in Kiritimati): seven Dates facts reviewed, the first four
 *       right (Good), the last three wrong (Again).</li>
 *   <li>T0 + 1 d 12 h = 24 Nov 21:00 UTC (25 Nov 11:00 in Kiritimati): a practice session of three
 *       Organs questions, two right and one wrong; then ten minutes later a Quick check test submitted
 *       blank.</li>
 *   <li>Seen at T0 + 2 d = 25 Nov 09:00 UTC (25 Nov 23:00 in Kiritimati).</li>
 * </ul>
 * Streak: active days in Kiritimati are 23 and 25 November, today is the 25th, the 24th is empty: 1
 * day (in UTC it would be 2: the 23rd and 24th). Review per day: 23 Nov, 4 of 7 right, 57 %. Scores:
 * 1. practice 2 of 3 = 67 %, 2. test 0 %. Mastery of Dates: the four right facts were reviewed two
 * days ago with stability 2.3065: R = (1 + 0.98034649 × 2 / 2.3065)^(−0.1542) = 1.85007283^(−0.1542)
 * = e^(−0.1542 × 0.61522501) = 0.90949326 each; the three wrong count 0; 4 × 0.90949326 = 3.64 facts
 * recalled of the area's facts. Weakest: the three facts answered wrong (the four right ones, at 91 %,
 * are above the 90 % line). Answers per area: Dates review 4 of 7 (57 %), Organs practice 2 of 3 (67 %).
 */
@SpringBootTest
@ActiveProfiles("test")
@Import(DashboardViewTest.Beans.class)
@DirtiesContext
class DashboardViewTest extends SpringBrowserlessTest {

    private static final Instant T0 = Instant.parse("2026-11-23T09:00:00Z");
    private static final double R_2_DAYS = 0.90949326;

    @TestConfiguration
    static class Beans {
        @Bean
        @Primary
        MutableClock testClock() {
            return new MutableClock(T0);
        }
    }

    @Autowired
    AccountService accounts;

    @Autowired
    ReviewService reviews;

    @Autowired
    ReviewHistoryService reviewHistory;

    @Autowired
    LearnerSettingsService settings;

    @Autowired
    PracticeService practice;

    @Autowired
    SelfTestService tests;

    @Autowired
    QuestionBankService bank;

    @Autowired
    MutableClock clock;

    private void register(String name) {
        accounts.register(new RegistrationRequest(name, "long enough password", "long enough password"));
    }

    /** The SVG of the chart whose accessible name starts so. */
    private String chart(String name) {
        return $(Div.class).withCondition(d -> d.hasClassName("progress-chart")
                        && d.getElement().getProperty("innerHTML", "").contains("aria-label=\"" + name))
                .single().getElement().getProperty("innerHTML", "");
    }

    private List<String> items(String listClass) {
        return $(OrderedList.class).withCondition(l -> l.hasClassName(listClass)).single().getChildren()
                .map(c -> ((ListItem) c).getText()).toList();
    }

    @Test
    @WithMockUser(username = "dash-script", roles = "LEARNER")
    void theFiguresOfAScriptedHistoryInTheLearnersZone() {
        String user = "dash-script";
        register(user);
        settings.rememberZone(user, "Pacific/Kiritimati");

        List<String> dates = bank.bank(ExportRequest.DEFAULT_SEED).questions().stream()
                .filter(q -> q.area() == Area.DATES && q.factIds().size() == 1).map(q -> q.factIds().getFirst())
                .distinct().limit(7).toList();
        for (int i = 0; i < 7; i++) {
            String fact = dates.get(i);
            Question question = bank.bank(ExportRequest.DEFAULT_SEED).questions().stream()
                    .filter(q -> q.factIds().equals(List.of(fact))).findFirst().orElseThrow();
            ReviewItem item = new ReviewItem("csto", fact, reviews.label("csto", fact), question, CardState.NEW, false);
            reviews.rate(user, item, i < 4 ? Rating.GOOD : Rating.AGAIN, i < 4, true, T0);
        }

        Instant practiceStart = T0.plus(Duration.ofHours(36));
        PracticeSession session = practice.start(user, PracticeSettings.untimed(3).withAreas(Set.of(Area.ORGANS))
                .withTypes(Set.of(QuestionType.SINGLE_CHOICE)), practiceStart);
        for (int slot = 1; slot <= 3; slot++) {
            Question q = session.attempt().slot(slot).question();
            Response response = slot < 3 ? q.correctResponse() : Response.select(q.choices().stream()
                    .map(c -> c.id()).filter(id -> !q.correctResponse().equals(Response.select(id))).findFirst()
                    .orElseThrow());
            practice.answer(user, session.id(), slot, response, practiceStart.plusSeconds(10L * slot));
        }
        practice.finish(user, session.id(), practiceStart.plusSeconds(60));
        long quickCheck = tests.blueprints().stream().filter(b -> b.name().equals("Quick check")).findFirst()
                .orElseThrow().id().orElseThrow();
        SelfTest test = tests.start(user, quickCheck, practiceStart.plus(Duration.ofMinutes(10)));
        tests.submit(user, test.id(), practiceStart.plus(Duration.ofMinutes(11)));

        clock.set(T0.plus(Duration.ofDays(2)));
        navigate(DashboardView.class);

        assertThat($(Span.class).withCondition(s -> s.hasClassName("progress-streak")).single().getText())
                .isEqualTo("Activity streak: 1 day");
        assertThat($(Span.class).withText("Days and times are in your time zone, Pacific/Kiritimati.").exists()).isTrue();

        assertThat(chart("Review answers right, per day")).contains("<title>Mon 23 Nov: 4 of 7 right (57%)</title>")
                .containsOnlyOnce("<circle");

        String scores = chart("Scores of your latest practice sessions and tests");
        assertThat(scores).contains("<title>1. Practice session, Wed 25 Nov 2026, 11:00: 67%</title>")
                .contains("<title>2. Quick check, Wed 25 Nov 2026, 11:10: 0%</title>");
        assertThat(items("progress-sessions")).containsExactly("Practice session, Wed 25 Nov 2026, 11:00: 67%",
                "Quick check, Wed 25 Nov 2026, 11:10: 0%");

        int datesFacts = reviewHistory.reviewableFactsPerArea().get(Area.DATES);
        double recalled = 4 * R_2_DAYS;
        assertThat(chart("Mastery per area")).contains("<title>Dates: you would recall about 3.6 of its " + datesFacts
                + " facts now (" + Math.round(100 * recalled / datesFacts) + "%); 7 reviewed</title>");

        // equally weak, they come in the order of their ids
        assertThat(items("progress-weakest")).containsExactlyElementsOf(dates.subList(4, 7).stream().sorted()
                .map(f -> reviews.label("csto", f) + " — last answer wrong · right 0 of 1").toList());

        String perArea = chart("Answers right per area");
        assertThat(perArea).contains("<title>Dates, Review: 4 of 7 (57%)</title>")
                .contains("<title>Dates, Practice and tests: none</title>")
                .contains("<title>Organs, Practice and tests: 2 of 3 (67%)</title>");
        assertThat($(Paragraph.class).withText("Set your exam date under Review to see a plan here.").exists()).isTrue();
        assertThat(String.format(Locale.ROOT, "%.2f", recalled)).isEqualTo("3.64");
    }

    @Test
    @WithMockUser(username = "dash-new", roles = "LEARNER")
    void aNewLearnerSeesEmptyChartsAndAHint() {
        register("dash-new");
        clock.set(T0);

        navigate(DashboardView.class);

        assertThat($(Span.class).withText("Activity streak: 0 days").exists()).isTrue();
        assertThat($(Paragraph.class).withText("None yet: review some facts first.").exists()).isTrue();
        assertThat(chart("Review answers right, per day")).contains("No answers yet");
        assertThat($(Span.class).withText("Days and times are in your time zone, UTC.").exists()).isTrue();
    }

    @Test
    @WithMockUser(username = "dash-packs", roles = "LEARNER")
    void progressIsShownPerOrganization() {
        register("dash-packs");
        clock.set(T0);
        ReviewItem item = reviews.next("dash-packs", clock.instant(), Set.of()).orElseThrow();
        reviews.rate("dash-packs", item, Rating.GOOD, true, true, clock.instant());

        DashboardView view = navigate(DashboardView.class);

        @SuppressWarnings("unchecked")
        com.vaadin.flow.component.select.Select<org.cstoquiz.domain.PackInfo> organization =
                $(com.vaadin.flow.component.select.Select.class).withCaption("Organization").single();
        assertThat(organization.isVisible()).isTrue();
        assertThat(organization.getValue().id()).isEqualTo("csto");
        assertThat(chart("Review answers right, per day")).contains("1 of 1 right");

        organization.setValue(reviews.packs().stream().filter(p -> p.id().equals("sco-mini")).findFirst().orElseThrow());

        assertThat(chart("Review answers right, per day")).contains("No answers yet");
        assertThat(chart("Mastery per area")).contains("Shanghai Cooperation Organisation");
        assertThat(view.getChildren().anyMatch(organization::equals)).isTrue();
    }
}

package org.cstoquiz.app.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.BoundingBox;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import org.cstoquiz.app.RunAs;
import org.cstoquiz.app.account.AccountService;
import org.cstoquiz.app.assessment.Blueprint;
import org.cstoquiz.app.assessment.SelfTest;
import org.cstoquiz.app.assessment.SelfTestService;
import org.cstoquiz.engine.question.QuestionType;
import org.cstoquiz.engine.scoring.ScoringScheme;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A learner on a phone (390 × 844 in Chromium), measured by the boxes the browser lays out: the Tests
 * cards stay on the screen with a long blueprint name, practice fields fill the width, a test's
 * question buttons are at least 24 px targets, its countdown stays in view while the page scrolls,
 * and the result that time-up leads to starts below the top bar.
 */
class PhoneJourneyTest extends BrowserJourney {

    private static final int WIDTH = 390;
    private static final int HEIGHT = 844;
    private static final String PASSWORD = "phone journey 42";
    private static final String LONG_NAME = "Collective-Security-Treaty-Organization-membership-and-founding-documents-mock";

    @Autowired
    AccountService accounts;

    @Autowired
    SelfTestService tests;

    @Test
    void theLearnersPagesFitAPhone() {
        String user = "e2e-phone";
        // a one-minute test, started 30 s ago: its time runs out during the journey
        Blueprint blueprint = RunAs.instructor(() -> tests.saveBlueprint(new Blueprint(Optional.empty(), LONG_NAME,
                Set.of(), Set.of(QuestionType.STATEMENTS), 25, 1, ScoringScheme.PLAIN)));
        Page page = PracticePages.loggedIn(browser(), accounts, url(""), user, PASSWORD, WIDTH, HEIGHT);

        // Tests: the card with the long name stays on the screen, and nothing scrolls sideways
        page.navigate(url("/tests"));
        Locator card = page.locator(".blueprint-card").filter(new Locator.FilterOptions().setHasText(LONG_NAME));
        assertThat(card).isVisible();
        for (BoundingBox box : boxes(page.locator(".blueprint-card"))) {
            assertThat(box.x).as("a card's left edge").isGreaterThanOrEqualTo(0);
            assertThat(box.x + box.width).as("a card's right edge").isLessThanOrEqualTo(WIDTH + 1);
        }
        assertThat(fitsTheWidth(page)).as("the Tests page scrolls sideways").isTrue();
        BrowserSupport.screenshot(page, "tests-phone-long-name");

        // Practice: the form's fields take the width of the form
        page.navigate(url("/practice"));
        double formWidth = page.locator("vaadin-form-layout").first().boundingBox().width;
        assertThat(formWidth).as("the form's width").isGreaterThan(WIDTH * 0.75);
        for (String field : new String[] {"Areas", "Types", "Questions", "Time limit", "Scoring"}) {
            Locator host = page.locator("vaadin-form-layout > *").filter(new Locator.FilterOptions()
                    .setHas(page.getByLabel(field, new Page.GetByLabelOptions().setExact(true)))).first();
            assertThat(host.boundingBox().width).as(field + " field's width").isGreaterThanOrEqualTo(formWidth - 1);
        }

        // A 25-question test: question buttons are 24 px targets at least, the countdown stays in view
        SelfTest started = tests.start(user, blueprint.id().orElseThrow(), Instant.now().minusSeconds(30));
        page.navigate(url("/tests/" + started.id()));
        assertThat(page.getByText("Question 1 of 25")).isVisible();
        Locator buttons = page.locator(".test-navigation .question-button");
        assertThat(buttons).hasCount(25);
        for (BoundingBox box : boxes(buttons)) {
            assertThat(box.width).as("a question button's width").isGreaterThanOrEqualTo(24);
            assertThat(box.height).as("a question button's height").isGreaterThanOrEqualTo(24);
        }
        Locator countdown = page.locator(".test-countdown");
        assertThat(countdown).isVisible();
        page.mouse().move(WIDTH / 2.0, HEIGHT * 0.75);
        page.mouse().wheel(0, 3000);
        BrowserSupport.screenshot(page, "test-phone-scrolled");
        // scrolled: the test's title has gone up behind the top bar
        assertThat(page).hasURL(url("/tests/" + started.id() + "?question=1"));
        double barBottom = navbarBottom(page);
        BoundingBox heading = page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName(started.title())
                .setExact(true)).boundingBox();
        assertThat(heading.y + heading.height).as("the test title's bottom after scrolling").isLessThanOrEqualTo(barBottom);
        BoundingBox shown = countdown.boundingBox();
        assertThat(shown.y).as("the countdown's top after scrolling").isGreaterThanOrEqualTo(barBottom - 1);
        assertThat(shown.y + shown.height).as("the countdown's bottom after scrolling").isLessThanOrEqualTo(HEIGHT);
        assertThat(countdown).isInViewport();

        // time runs out with the page scrolled down: the result's title is below the top bar
        Locator title = page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName(started.title()).setExact(true));
        assertThat(page).hasURL(url("/tests/" + started.id() + "/result"), new com.microsoft.playwright.assertions
                .PageAssertions.HasURLOptions().setTimeout(40_000));
        assertThat(title).isVisible();
        assertThat(title).isInViewport();
        assertThat(title.boundingBox().y).as("the result title's top").isGreaterThanOrEqualTo(navbarBottom(page) - 1);
        assertThat(fitsTheWidth(page)).as("the result page scrolls sideways").isTrue();
        page.close();
    }

    private static java.util.List<BoundingBox> boxes(Locator locator) {
        return locator.all().stream().map(Locator::boundingBox).toList();
    }

    private static double navbarBottom(Page page) {
        return ((Number) page.evaluate("""
                () => {
                  const layout = document.querySelector('vaadin-app-layout');
                  const bar = layout.shadowRoot.querySelector('[part~="navbar"]');
                  return bar.getBoundingClientRect().bottom;
                }""")).doubleValue();
    }

    private static boolean fitsTheWidth(Page page) {
        return (Boolean) page.evaluate("document.documentElement.scrollWidth <= document.documentElement.clientWidth + 1");
    }
}

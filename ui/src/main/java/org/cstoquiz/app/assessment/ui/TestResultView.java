package org.cstoquiz.app.assessment.ui;

import com.vaadin.flow.component.html.H2;
import org.cstoquiz.app.session.Injected;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.PermitAll;
import java.time.Clock;
import org.cstoquiz.app.assessment.SelfTest;
import org.cstoquiz.app.assessment.SelfTestService;
import org.cstoquiz.app.attempt.ui.AttemptScreen;
import org.cstoquiz.app.attempt.ui.AttemptReview;
import org.cstoquiz.app.attempt.ui.ResultSummary;

/**
 * The result of a closed test: the score under the blueprint's scheme, the breakdown by area, the time
 * used, and every question as Moodle's review page shows it (the options marked, the learner's answer,
 * the correct one, why, and the source), with a filter for what was got wrong. A test still open goes
 * back to its questions.
 */
@Route("tests/:id(\\d+)/result")
@PageTitle("Test result")
@PermitAll
class TestResultView extends AttemptScreen<SelfTest> {

    private final Injected<SelfTestService> service;

    TestResultView(SelfTestService service, Clock clock, AuthenticationContext authentication) {
        super(TestScreens.LOAD, TestScreens.LINKS, clock, authentication);
        this.service = Injected.of(SelfTestService.class, service);
    }

    @Override
    protected void show(SelfTest test, BeforeEnterEvent event) {
        add(new H2(test.title()));
        add(new ResultSummary(test.result().orElseThrow(), "Result",
                "Time is up: the test was closed at its deadline, and the answers saved before it are marked.",
                "test-result", test.timeAllowed()));
        add(new AttemptReview(test.attempt(), service.get().sourceNotes(test.packId())), new RouterLink("Back to the tests", TestsView.class));
    }
}

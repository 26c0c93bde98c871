package org.cstoquiz.app.practice.ui;

import com.vaadin.flow.component.UI;
import org.cstoquiz.app.session.Injected;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.PermitAll;
import java.time.Clock;
import org.cstoquiz.app.attempt.ui.AttemptReview;
import org.cstoquiz.app.attempt.ui.AttemptScreen;
import org.cstoquiz.app.attempt.ui.ResultSummary;
import org.cstoquiz.app.practice.PracticeService;
import org.cstoquiz.app.practice.PracticeSession;

/**
 * The result of a closed practice session, with every question reviewed as Moodle's review page shows
 * it (the options marked, the learner's answer and the key, why, and the source); reached at the end
 * of a session and from the list of past sessions. A session still open goes back to its questions.
 */
@Route("practice/:id(\\d+)/result")
@PageTitle("Practice result")
@PermitAll
class PracticeResultView extends AttemptScreen<PracticeSession> {

    private final Injected<PracticeService> service;

    PracticeResultView(PracticeService service, Clock clock, AuthenticationContext authentication) {
        super(PracticeScreens.LOAD, PracticeScreens.LINKS, clock, authentication);
        this.service = Injected.of(PracticeService.class, service);
    }

    @Override
    protected void show(PracticeSession session, BeforeEnterEvent event) {
        add(new H2("Practice"));
        add(new ResultSummary(session.result().orElseThrow(), "Session finished",
                "Time is up: the session was closed at its deadline, and the answers given before it are scored.",
                "practice-result", session.timeAllowed()));
        Button again = new Button("Start another session", click -> UI.getCurrent().navigate(PracticeView.class));
        again.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(again, new AttemptReview(session.attempt(), service.get().sourceNotes(session.packId())),
                new RouterLink("Back to practice", PracticeView.class));
    }
}

package org.cstoquiz.app.attempt.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import org.cstoquiz.app.attempt.AttemptException;
import org.cstoquiz.app.attempt.AttemptSnapshot;

/**
 * A screen of one of the learner's attempts, named by the {@code :id} of its route: the attempt is
 * loaded from the server on every entry (closed first if its deadline has passed) and the screen is
 * drawn anew, or sent on to the screen for the attempt's state. An id that is not the learner's gets
 * the reason in words and a way back.
 */
public abstract class AttemptScreen<S extends AttemptSnapshot> extends VerticalLayout implements BeforeEnterObserver {

    private final String heading;
    private final String back;
    private final Class<? extends Component> backTo;

    protected AttemptScreen(String heading, String back, Class<? extends Component> backTo) {
        this.heading = heading;
        this.back = back;
        this.backTo = backTo;
        setMaxWidth("60rem");
    }

    /** The route parameters that name the attempt {@code id}. */
    public static RouteParameters idOf(long id) {
        return new RouteParameters("id", String.valueOf(id));
    }

    /** @throws AttemptException if the learner has no such attempt */
    protected abstract S load(long id);

    /** Draws the screen for {@code attempt}, or forwards the event to the screen for its state. */
    protected abstract void show(S attempt, BeforeEnterEvent event);

    @Override
    public final void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        S attempt;
        try {
            attempt = load(event.getRouteParameters().getLong("id").orElse(-1L));
        } catch (AttemptException e) {
            add(new H2(heading), new Paragraph(e.getMessage()), new RouterLink(back, backTo));
            return;
        }
        show(attempt, event);
    }
}

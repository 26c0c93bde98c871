package org.cstoquiz.app.attempt.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.spring.security.AuthenticationContext;
import java.io.Serializable;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.cstoquiz.app.attempt.AttemptException;
import org.cstoquiz.app.attempt.AttemptSnapshot;
import org.cstoquiz.app.session.Injected;

/**
 * A screen of one of the learner's attempts, named by the {@code :id} of its route: the attempt is
 * loaded from the server on every entry (closed first if its deadline has passed) and the screen is
 * drawn anew, or sent on to the screen for the attempt's state. An id that is not the learner's gets
 * the reason in words and a way back. An open attempt's result screen sends the learner on to its
 * questions, and a closed attempt's other screens to its result. While a timed attempt is shown, its {@link Countdown}
 * counts down in the browser and calls {@link #tick} when it reaches zero (and on its slow heartbeat): at the
 * deadline the attempt is loaded again, which closes it, and its result is shown.
 */
public abstract class AttemptScreen<S extends AttemptSnapshot> extends VerticalLayout implements BeforeEnterObserver {

    /**
     * How a screen loads one of the owner's attempts, e.g. {@code (owner, id, now) ->
     * Injected.lookUp(PracticeService.class).session(owner, id, now)}: it is kept with the screen, so it
     * looks the service up rather than holding it.
     */
    @FunctionalInterface
    public interface Loader<S> extends Serializable {
        /** @throws AttemptException if the owner has no such attempt */
        S load(String owner, long id, Instant now);
    }

    /**
     * Where a feature's attempt screens lead.
     *
     * @param heading the heading of a screen whose attempt cannot be shown ("Practice")
     * @param back    the words of the link back ("Back to practice")
     * @param home      the screen the link leads to
     * @param questions the screen of an open attempt's questions
     * @param result    the screen of a closed attempt
     */
    public record Links(String heading, String back, Class<? extends Component> home,
                        Class<? extends Component> questions, Class<? extends Component> result) implements Serializable {
    }

    /**
     * Scrolls the page, and every box the screen sits in that scrolls, back to the top once the screen
     * is in the document: a result reached from a scrolled page (time up while reading the last
     * question) starts with its title in view, not under the top bar.
     */
    private static final String TO_THE_TOP = """
            const screen = this;
            let tries = 0;
            const toTheTop = () => {
              if (!screen.isConnected) {
                if (tries++ < 100) {
                  setTimeout(toTheTop, 50);
                }
                return;
              }
              // up the composed tree: through the slot a view is shown in (the app layout's content scrolls)
              for (let n = screen; n; n = n.assignedSlot || n.parentElement
                  || (n.getRootNode() instanceof ShadowRoot ? n.getRootNode().host : null)) {
                if (n.scrollTop > 0) {
                  n.scrollTop = 0;
                }
              }
              window.scrollTo(0, 0);
            };
            toTheTop();
            """;

    private final Injected<Clock> clock;
    protected final String owner;
    private final Loader<S> loader;
    private final Links links;
    /**
     * The attempt as the server returned it in this request. It is let go once the reply is written, so
     * an open screen keeps only the attempt's id between requests (not its questions, texts and
     * sources): the next request that needs it loads it again, as does a screen read back after a
     * restart.
     */
    private transient S current;
    private transient boolean letGoAfterReply;
    private long currentId = -1;

    protected AttemptScreen(Loader<S> loader, Links links, Clock clock, AuthenticationContext authentication) {
        this.loader = loader;
        this.links = links;
        this.clock = Injected.of(Clock.class, clock);
        this.owner = authentication.getPrincipalName().orElseThrow();
        setMaxWidth("60rem");
    }

    /** The route parameters that name the attempt {@code id}. */
    public static RouteParameters idOf(long id) {
        return new RouteParameters("id", String.valueOf(id));
    }

    /** Draws the screen for the attempt, in the state this screen is for. */
    protected abstract void show(S attempt, BeforeEnterEvent event);

    /** Shows the time left and whatever else changes while the attempt runs. */
    protected void updateStatus() {
    }

    @Override
    public final void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        try {
            update(loader.load(owner, event.getRouteParameters().getLong("id").orElse(-1L), clock().instant()));
        } catch (AttemptException e) {
            current = null;
            currentId = -1;
            add(new H2(links.heading()), new Paragraph(e.getMessage()), new RouterLink(links.back(), links.home()));
            return;
        }
        boolean resultScreen = getClass() == links.result();
        if (current.isOpen() == resultScreen) {
            event.forwardTo(resultScreen ? links.questions() : links.result(), idOf(current.id()));
            return;
        }
        show(current, event);
        if (resultScreen) {
            getElement().executeJs(TO_THE_TOP);
        }
    }

    protected final S current() {
        if (current == null && currentId >= 0) {
            keep(loader.load(owner, currentId, clock().instant()));
        }
        return current;
    }

    /** The id of the attempt shown, without loading it. */
    protected final long currentId() {
        return currentId;
    }

    /** Takes the attempt as the server returned it after a change. */
    protected final void update(S attempt) {
        keep(attempt);
        currentId = attempt.id();
    }

    private void keep(S attempt) {
        current = attempt;
        UI ui = UI.getCurrent();
        if (ui != null && !letGoAfterReply) {
            letGoAfterReply = true;
            ui.beforeClientResponse(ui, context -> {
                current = null;
                letGoAfterReply = false;
            });
        }
    }

    /** The application's clock. */
    protected final Clock clock() {
        return clock.get();
    }

    /**
     * When the browser's countdown reaches zero, or on its heartbeat: the time left from the stored
     * deadline is shown again (which also sets the browser's count right); at zero the attempt is closed
     * and its result shown, as it is when the attempt, loaded again, turns out closed already.
     */
    protected final void tick() {
        if (current() == null) {
            return;
        }
        Instant now = clock().instant();
        if (current.isOpen() && current.timeLeft(now).filter(Duration::isZero).isPresent()) {
            update(loader.load(owner, currentId, now));
        }
        if (!current.isOpen()) {
            showResult();
            return;
        }
        updateStatus();
    }

    /** Goes on to the result of the attempt. */
    protected final void showResult() {
        UI.getCurrent().navigate(links.result(), idOf(currentId));
    }
}

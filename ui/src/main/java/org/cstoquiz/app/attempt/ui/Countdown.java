package org.cstoquiz.app.attempt.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.shared.Registration;
import java.time.Duration;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;

/**
 * The time left of an attempt, worked out from the deadline the server stored: "Time left 9:05" (in
 * red for the last minute) or "Untimed". While a timed attempt is shown the page polls the server
 * every second and each poll runs the {@link #onTick tick}, which shows the time again or closes the
 * attempt at its deadline.
 */
public class Countdown extends Span {

    static final int POLL_MILLIS = 1000;

    private Runnable tick = () -> { };
    private boolean timed;
    private Registration polling;

    public Countdown(String className) {
        addClassName(className);
        getElement().setAttribute("aria-live", "off");
    }

    /** What each poll of a timed attempt runs. */
    public void onTick(Runnable tick) {
        this.tick = tick;
    }

    /** Shows the time left, or "Untimed" for none; polls the server every second while there is a deadline. */
    public void show(Optional<Duration> left) {
        setText(left.map(time -> "Time left " + Labels.clock(time)).orElse("Untimed"));
        getElement().getClassList().set("text-error", left.isPresent() && left.get().compareTo(Duration.ofMinutes(1)) < 0);
        timed = left.isPresent();
        getUI().ifPresent(Countdown::poll);
    }

    @Override
    protected void onAttach(AttachEvent event) {
        super.onAttach(event);
        polling = event.getUI().addPollListener(poll -> tick.run());
        shown(event.getUI()).add(this);
        poll(event.getUI());
    }

    @Override
    protected void onDetach(DetachEvent event) {
        polling.remove();
        shown(event.getUI()).remove(this);
        poll(event.getUI());
        super.onDetach(event);
    }

    /** Polls every second while a timed countdown is on the page, and not at all otherwise. */
    private static void poll(UI ui) {
        boolean anyTimed = shown(ui).stream().anyMatch(countdown -> countdown.timed);
        ui.setPollInterval(anyTimed ? POLL_MILLIS : -1);
    }

    @SuppressWarnings("unchecked")
    private static Set<Countdown> shown(UI ui) {
        Set<Countdown> shown = ComponentUtil.getData(ui, Shown.class);
        if (shown == null) {
            shown = new Shown();
            ComponentUtil.setData(ui, Shown.class, (Shown) shown);
        }
        return shown;
    }

    /** The countdowns attached to a UI. */
    private static final class Shown extends HashSet<Countdown> {
    }
}

package org.cstoquiz.app.attempt.ui;

import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.function.SerializableRunnable;
import java.time.Duration;
import java.util.Optional;

/**
 * The time left of an attempt, worked out from the deadline the server stored: "Time left 9:05" (in
 * red for the last minute) or "Untimed". The browser counts down by itself from the time left the
 * server gave it, so a timed page asks the server nothing while the learner thinks: it tells the
 * server ({@value #TICK_EVENT}) when its count reaches zero, and once every
 * {@link #HEARTBEAT_SECONDS} seconds so that a page whose clock drifts, or that was asleep, is set
 * right. Both run the {@link #onTick tick} (one event, one listener on the page), which shows the time as the
 * server sees it or closes the attempt at its deadline. The server alone decides: an answer after
 * the deadline is refused whatever the page shows.
 */
public class Countdown extends Span {

    /** The DOM event the browser fires when its count reaches zero, and every {@link #HEARTBEAT_SECONDS} seconds while it counts. */
    public static final String TICK_EVENT = "countdown-tick";
    public static final int HEARTBEAT_SECONDS = 60;

    /**
     * Counts down from {@code $0} milliseconds (the time left on the server's clock when it answered),
     * writing into the text the server set, so the server's own updates of the text still land.
     * Timers of the page are throttled in a hidden tab; each step works from the monotonic clock,
     * so the figure is right whenever it is drawn.
     */
    private static final String COUNT_DOWN = """
            const element = this;
            if (element.__countdown) {
              clearTimeout(element.__countdown.timer);
              clearInterval(element.__countdown.heartbeat);
            }
            if ($0 < 0) {
              element.__countdown = null;
              return;
            }
            const state = { end: performance.now() + $0, zero: false };
            element.__countdown = state;
            const pad = n => String(n).padStart(2, '0');
            const draw = () => {
              if (element.__countdown !== state) {
                return;
              }
              if (!element.isConnected) {
                clearInterval(state.heartbeat);
                return;
              }
              const left = Math.max(0, state.end - performance.now());
              const seconds = Math.ceil(left / 1000);
              const h = Math.floor(seconds / 3600), m = Math.floor(seconds % 3600 / 60), s = seconds % 60;
              const text = 'Time left ' + (h > 0 ? h + ':' + pad(m) + ':' + pad(s) : m + ':' + pad(s));
              const node = element.firstChild;
              if (node && node.nodeType === Node.TEXT_NODE) {
                if (node.data !== text) {
                  node.data = text;
                }
              } else {
                element.textContent = text;
              }
              element.classList.toggle('text-error', left < 60000);
              if (left <= 0) {
                if (!state.zero) {
                  state.zero = true;
                  element.dispatchEvent(new CustomEvent('EVENT_TICK'));
                }
                return;
              }
              state.timer = setTimeout(draw, (left % 1000) + 20);
            };
            state.heartbeat = setInterval(() => {
              if (element.__countdown === state && element.isConnected) {
                element.dispatchEvent(new CustomEvent('EVENT_TICK'));
              }
            }, $1);
            draw();
            """.replace("EVENT_TICK", TICK_EVENT);

    private SerializableRunnable tick = () -> { };

    public Countdown(String className) {
        addClassName(className);
        getElement().setAttribute("aria-live", "off");
        getElement().setAttribute("role", "timer");
        // also while a dialog (e.g. "Finish the session?") makes the rest of the page inert
        getElement().addEventListener(TICK_EVENT, event -> tick.run()).allowInert();
    }

    /** What the browser's zero and heartbeat run: show the time as the server sees it, or close the attempt. */
    public void onTick(SerializableRunnable tick) {
        this.tick = tick;
    }

    /** Shows the time left, or "Untimed" for none, and lets the browser count it down. */
    public void show(Optional<Duration> left) {
        setText(left.map(time -> "Time left " + Labels.clock(time)).orElse("Untimed"));
        getElement().getClassList().set("text-error", left.isPresent() && left.get().compareTo(Duration.ofMinutes(1)) < 0);
        getElement().executeJs(COUNT_DOWN, left.map(Duration::toMillis).orElse(-1L),
                HEARTBEAT_SECONDS * 1000);
    }
}

package org.cstoquiz.app.attempt.ui;

import com.vaadin.flow.dom.Element;

/**
 * Puts the focus into part of an answer input once the browser has drawn it, without scrolling. On a
 * page just opened the input's elements may not be in the document yet when the server asks (the
 * router inserts the view afterwards), so it tries again for a few seconds, but only while the focus is
 * nowhere: never away from a control the learner has reached meanwhile.
 */
final class FocusWhenDrawn {

    private static final String SCRIPT_START = """
            const host = this;
            const pick = () => (""";
    private static final String SCRIPT_END = """
            );
            let tries = 0;
            const attempt = () => {
              const target = pick();
              if (target && target.isConnected) {
                target.focus({preventScroll: true});
                if (host.contains(document.activeElement)) {
                  return;
                }
              }
              const nowhere = !document.activeElement || document.activeElement === document.body;
              if (nowhere && tries++ < 100) {
                setTimeout(attempt, 50);
              }
            };
            attempt();
            """;

    private FocusWhenDrawn() {
    }

    /** Focuses what the JavaScript expression {@code target} picks (it may use {@code host}, the element) in {@code host}. */
    static void focus(Element host, String target) {
        host.executeJs(SCRIPT_START + target + SCRIPT_END);
    }
}

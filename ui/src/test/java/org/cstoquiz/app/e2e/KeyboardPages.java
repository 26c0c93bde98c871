package org.cstoquiz.app.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import java.util.function.Predicate;

/** What the keyboard journeys read and do: where the focus is, and Tab until it reaches a control. */
final class KeyboardPages {

    /**
     * The control that has the focus, followed into shadow roots, as "kind: name[: state]": "radio: B. Minsk:
     * checked", "checkbox: A. Armenia: unchecked", "button: Next question", "select: 1. Treaty", "item: B. 2002",
     * "field: Your answer", or the tag name of anything else.
     */
    private static final String FOCUSED = """
            () => {
              let el = document.activeElement;
              while (el && el.shadowRoot && el.shadowRoot.activeElement) {
                el = el.shadowRoot.activeElement;
              }
              if (!el || el === document.body) {
                return 'nothing';
              }
              const within = node => {
                for (let n = node; n; n = n.parentElement || (n.getRootNode && n.getRootNode().host)) {
                  if (n.matches && n.matches('vaadin-radio-button, vaadin-checkbox, vaadin-button, vaadin-select, vaadin-select-item,'
                      + ' vaadin-text-field, vaadin-number-field, vaadin-side-nav-item, a, button')) {
                    return n;
                  }
                }
                return node;
              };
              const host = within(el);
              const tag = host.tagName.toLowerCase();
              const label = h => (h.label || h.getAttribute('label') || h.textContent || '').trim();
              if (tag === 'vaadin-radio-button') {
                return 'radio: ' + label(host) + (host.checked ? ': checked' : ': unchecked');
              }
              if (tag === 'vaadin-checkbox') {
                return 'checkbox: ' + label(host) + (host.checked ? ': checked' : ': unchecked');
              }
              if (tag === 'vaadin-button' || tag === 'button') {
                return 'button: ' + (host.getAttribute('aria-label') || host.textContent.trim());
              }
              if (tag === 'vaadin-select-item') {
                return 'item: ' + host.textContent.trim();
              }
              if (tag === 'vaadin-select') {
                return 'select: ' + host.label;
              }
              if (tag === 'vaadin-text-field' || tag === 'vaadin-number-field') {
                return 'field: ' + host.label;
              }
              return tag;
            }""";

    private KeyboardPages() {
    }

    static String focused(Page page) {
        return (String) page.evaluate(FOCUSED);
    }

    /** Waits until the focus is on the control described as {@code expected} (see {@link #FOCUSED}). */
    static void assertFocus(Page page, String expected) {
        try {
            page.waitForFunction("expected => (" + FOCUSED + ")() === expected", expected,
                    new Page.WaitForFunctionOptions().setTimeout(10_000));
        } catch (RuntimeException timedOut) {
            assertThat(focused(page)).as("the focus").isEqualTo(expected);
        }
    }

    /** Waits until the focus is on a control whose description starts with {@code start} ("item: "). */
    static void assertFocusStartsWith(Page page, String start) {
        try {
            page.waitForFunction("start => (" + FOCUSED + ")().startsWith(start)", start,
                    new Page.WaitForFunctionOptions().setTimeout(10_000));
        } catch (RuntimeException timedOut) {
            assertThat(focused(page)).as("the focus").startsWith(start);
        }
    }

    /** Presses Tab (or Shift+Tab) until the focus is on a control {@code wanted} accepts; fails after 40 presses. */
    static void tabTo(Page page, Predicate<String> wanted, boolean backwards) {
        for (int presses = 0; presses < 40; presses++) {
            if (wanted.test(focused(page))) {
                return;
            }
            page.keyboard().press(backwards ? "Shift+Tab" : "Tab");
        }
        throw new AssertionError("40 presses of Tab never reached the control; the focus is on " + focused(page));
    }

    static void tabTo(Page page, String control) {
        tabTo(page, control::equals, false);
    }

    /** Waits until the page's Vaadin client has no request to the server in flight. */
    static void settled(Page page) {
        page.waitForFunction("""
                () => {
                  const clients = window.Vaadin && window.Vaadin.Flow && window.Vaadin.Flow.clients;
                  return !!clients && Object.values(clients).every(client => !client.isActive || !client.isActive());
                }""");
    }

    static void assertNoVerdict(Page page) {
        assertThat(PracticePages.verdict(page)).hasCount(0);
    }
}

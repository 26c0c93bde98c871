package org.cstoquiz.app.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.cstoquiz.app.e2e.KeyboardPages.assertFocus;
import static org.cstoquiz.app.e2e.KeyboardPages.settled;
import static org.cstoquiz.app.e2e.KeyboardPages.tabTo;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.cstoquiz.engine.question.Choice;
import org.cstoquiz.engine.question.Prompt;
import org.cstoquiz.engine.question.Question;
import org.cstoquiz.engine.question.Response;

/**
 * Gives the right answer to the question shown with the keyboard alone, from the focus the page put
 * in the answer, checking after each key that the focus is on the control that was used. What goes on
 * (submitting, the next question) is the caller's; {@code nothingHappened} checks, after keys that
 * must not do so, that the page has not gone on.
 */
final class KeyboardAnswers {

    private KeyboardAnswers() {
    }

    static void answer(Page page, Question question, Runnable nothingHappened) {
        switch (question.type()) {
            case SINGLE_CHOICE, STATEMENTS, ASSERTION_REASON -> oneChoice(page, question);
            case MULTIPLE_RESPONSE -> severalChoices(page, question);
            case TRUE_FALSE -> trueOrFalse(page, question);
            case NUMERIC -> typed(page, ((Response.NumberAnswer) question.correctResponse()).value().toPlainString(),
                    nothingHappened);
            case SHORT_ANSWER -> typed(page, ((Response.TextAnswer) question.correctResponse()).text(), nothingHappened);
            case ORDERING -> ordering(page, question);
            case MATCHING -> matching(page, question, nothingHappened);
        }
        settled(page);
    }

    /** The arrows walk the options, each one walked to chosen with the focus on it (Space for the first). */
    private static void oneChoice(Page page, Question question) {
        List<Choice> choices = question.choices();
        assertFocus(page, "radio: " + label(choices.getFirst()) + ": unchecked");
        int position = PracticePages.correctPosition(question);
        if (position == 1) {
            page.keyboard().press("Space");
        }
        for (int i = 2; i <= position; i++) {
            page.keyboard().press("ArrowDown");
            assertFocus(page, "radio: " + label(choices.get(i - 1)) + ": checked");
        }
        assertFocus(page, "radio: " + label(choices.get(position - 1)) + ": checked");
    }

    /** Space ticks the focused box and Tab goes on to the next. */
    private static void severalChoices(Page page, Question question) {
        Set<String> key = ((Response.Selection) question.correctResponse()).choiceIds();
        List<Choice> choices = question.choices();
        assertFocus(page, "checkbox: " + label(choices.getFirst()) + ": unchecked");
        for (int i = 0; i < choices.size(); i++) {
            Choice choice = choices.get(i);
            if (key.contains(choice.id())) {
                page.keyboard().press("Space");
                assertFocus(page, "checkbox: " + label(choice) + ": checked");
            }
            if (i < choices.size() - 1) {
                page.keyboard().press("Tab");
                assertFocus(page, "checkbox: " + label(choices.get(i + 1)) + ": unchecked");
            }
        }
    }

    private static void trueOrFalse(Page page, Question question) {
        boolean value = ((Response.TrueFalseAnswer) question.correctResponse()).value();
        assertFocus(page, "radio: True: unchecked");
        page.keyboard().press(value ? "Space" : "ArrowDown");
        assertFocus(page, value ? "radio: True: checked" : "radio: False: checked");
    }

    /**
     * Letters and digits typed into the field stay in it (N does not go on, A and 1 choose nothing); the
     * answer is then typed over them.
     */
    private static void typed(Page page, String answer, Runnable nothingHappened) {
        assertFocus(page, "field: Your answer");
        Locator field = page.getByLabel("Your answer");
        String probe = answer.matches("-?[0-9.]+") ? "12" : "n a 1";
        page.keyboard().type(probe);
        settled(page);
        assertThat(field).hasValue(probe);
        assertFocus(page, "field: Your answer");
        nothingHappened.run();
        page.keyboard().press("Control+A");
        page.keyboard().type(answer);
        assertThat(field).hasValue(answer);
        assertFocus(page, "field: Your answer");
    }

    /**
     * Each item in turn is walked up to its place by Space on its "Move up" arrow: the focus stays on
     * that arrow after every move (on its "Move down" arrow once the item is at the top).
     */
    private static void ordering(Page page, Question question) {
        List<String> target = ((Response.OrderAnswer) question.correctResponse()).choiceIds().stream()
                .map(id -> question.choices().stream().filter(c -> c.id().equals(id)).findFirst().orElseThrow().text())
                .toList();
        assertFocus(page, "button: Move down: " + shownOrder(page).getFirst());
        for (int place = 0; place < target.size(); place++) {
            String text = target.get(place);
            int at = shownOrder(page).indexOf(text);
            if (at == place) {
                continue;
            }
            String focusedItem = KeyboardPages.focused(page).replaceFirst("^button: Move (up|down): ", "");
            tabTo(page, ("button: Move up: " + text)::equals, at < shownOrder(page).indexOf(focusedItem));
            while (at > place) {
                page.keyboard().press("Space");
                at--;
                assertThat(page.locator(".order-item").nth(at)).hasText((at + 1) + ". " + text);
                settled(page);
                assertFocus(page, (at == 0 ? "button: Move down: " : "button: Move up: ") + text);
            }
        }
        assertThat(shownOrder(page)).containsExactlyElementsOf(target);
    }

    /**
     * Enter opens a prompt's list, the arrows go down to the answer and Enter takes it: the list closes,
     * the focus is back on that prompt's select and nothing else happens; Tab goes on to the next prompt.
     */
    private static void matching(Page page, Question question, Runnable nothingHappened) {
        Map<String, String> pairs = ((Response.MatchAnswer) question.correctResponse()).promptToChoice();
        List<Prompt> prompts = question.prompts();
        for (int i = 0; i < prompts.size(); i++) {
            Prompt prompt = prompts.get(i);
            String label = prompt.id() + ". " + prompt.text();
            assertFocus(page, "select: " + label);
            int index = indexOf(question.choices(), pairs.get(prompt.id()));
            page.keyboard().press("Enter");
            assertThat(page.locator("vaadin-select[opened]")).hasCount(1);
            // the list has the focus (on its first item, "(no answer)")
            KeyboardPages.assertFocusStartsWith(page, "item: ");
            String wanted = label(question.choices().get(index));
            for (int down = 0; down <= index; down++) {
                page.keyboard().press("ArrowDown");
            }
            KeyboardPages.assertFocus(page, "item: " + wanted);
            page.keyboard().press("Enter");
            assertThat(page.locator("vaadin-select[opened]")).hasCount(0);
            assertThat(page.locator(".match-answer vaadin-select").nth(i)).containsText(wanted);
            settled(page);
            nothingHappened.run();
            assertFocus(page, "select: " + label);
            if (i < prompts.size() - 1) {
                // a Tab pressed while the closed list is still animating out goes to the list's focus trap
                waitForOverlaysToClose(page);
                page.keyboard().press("Tab");
            }
        }
    }

    /** Waits until no overlay, in the page or in any shadow root, is still opening or closing. */
    private static void waitForOverlaysToClose(Page page) {
        page.waitForFunction("""
                () => {
                  const roots = [document];
                  while (roots.length) {
                    for (const el of roots.pop().querySelectorAll('*')) {
                      if (el.hasAttribute('opening') || el.hasAttribute('closing')
                          || (el.localName.endsWith('-overlay') && el.hasAttribute('opened'))) {
                        return false;
                      }
                      if (el.shadowRoot) {
                        roots.push(el.shadowRoot);
                      }
                    }
                  }
                  return true;
                }""");
    }

    private static List<String> shownOrder(Page page) {
        return page.locator(".order-item").allTextContents().stream().map(text -> text.replaceFirst("^\\d+\\. ", ""))
                .toList();
    }

    private static int indexOf(List<Choice> choices, String id) {
        for (int i = 0; i < choices.size(); i++) {
            if (choices.get(i).id().equals(id)) {
                return i;
            }
        }
        throw new AssertionError("no choice " + id);
    }

    private static String label(Choice choice) {
        return choice.id() + ". " + choice.text();
    }
}

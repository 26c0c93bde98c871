package org.cstoquiz.app.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import java.util.List;
import java.util.Map;
import org.cstoquiz.app.account.AccountService;
import org.cstoquiz.app.practice.PracticeService;
import org.cstoquiz.engine.question.Choice;
import org.cstoquiz.engine.question.Question;
import org.cstoquiz.engine.question.QuestionType;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The feedback after a wrong pick as the browser paints it: every option's text, the key's, the wrong
 * pick's and the others', stands out from what is behind it by the WCAG contrast ratio of at least
 * 4.5:1 (computed from the colours the page computes, through any opacity), the marks at least 3:1;
 * the key is ticked and said to be the correct answer, the wrong pick crossed and said to be wrong.
 * The answer is sent with a double click on Submit, which shows its feedback once and leaves it there.
 */
class FeedbackContrastJourneyTest extends BrowserJourney {

    private static final String PASSWORD = "contrast journey 42";

    /**
     * Each marked option's parts as {row, part, text, ratio}: the contrast of the part's colour (faded by
     * the opacity of it and its ancestors) against the colours behind it, layered up to an opaque one
     * (the page's white where none is). Colours in any CSS notation are read back as sRGB from a canvas.
     */
    private static final String CONTRASTS = """
            () => {
              const canvas = document.createElement('canvas');
              canvas.width = canvas.height = 1;
              const ctx = canvas.getContext('2d', { willReadFrequently: true });
              const rgba = css => {
                ctx.clearRect(0, 0, 1, 1);
                ctx.fillStyle = '#000';
                ctx.fillStyle = css;
                ctx.fillRect(0, 0, 1, 1);
                const d = ctx.getImageData(0, 0, 1, 1).data;
                return [d[0], d[1], d[2], d[3] / 255];
              };
              const over = (top, bottom) => {
                const a = top[3];
                return [0, 1, 2].map(i => top[i] * a + bottom[i] * (1 - a)).concat([1]);
              };
              const parent = el => el.parentElement || (el.getRootNode() && el.getRootNode().host) || null;
              const background = el => {
                const layers = [];
                for (let n = el; n; n = parent(n)) {
                  const c = rgba(getComputedStyle(n).backgroundColor);
                  if (c[3] > 0) {
                    layers.push(c);
                    if (c[3] >= 1) break;
                  }
                }
                let result = [255, 255, 255, 1];
                for (let i = layers.length - 1; i >= 0; i--) {
                  result = over(layers[i], result);
                }
                return result;
              };
              const opacity = el => {
                let o = 1;
                for (let n = el; n; n = parent(n)) {
                  o *= parseFloat(getComputedStyle(n).opacity);
                }
                return o;
              };
              const luminance = c => {
                const [r, g, b] = c.slice(0, 3).map(v => {
                  const s = v / 255;
                  return s <= 0.04045 ? s / 12.92 : Math.pow((s + 0.055) / 1.055, 2.4);
                });
                return 0.2126 * r + 0.7152 * g + 0.0722 * b;
              };
              const ratio = el => {
                const bg = background(el);
                const fg = rgba(getComputedStyle(el).color);
                const shown = over([fg[0], fg[1], fg[2], fg[3] * opacity(el)], bg);
                const [l1, l2] = [luminance(shown), luminance(bg)].sort((x, y) => y - x);
                return (l1 + 0.05) / (l2 + 0.05);
              };
              const rows = [...document.querySelectorAll('.marked-option')];
              return rows.flatMap((row, index) =>
                [...row.querySelectorAll('.option-text, .option-mark, vaadin-icon.option-sign')].map(part => ({
                  row: index + 1,
                  part: part.classList.contains('option-text') ? 'text' : part.classList.contains('option-mark') ? 'words' : 'sign',
                  text: part.textContent.trim(),
                  ratio: ratio(part)
                })));
            }""";

    @Autowired
    AccountService accounts;

    @Autowired
    PracticeService practice;

    @Test
    void theKeyTheWrongPickAndTheOtherOptionsAreLegibleAndMarkedInMoreThanColour() {
        String user = "e2e-contrast";
        Page page = PracticePages.loggedIn(browser(), accounts, url(""), user, PASSWORD, 1280, 900);
        Question question = PracticePages.practiseOne(page, practice, url(""), user, QuestionType.SINGLE_CHOICE);

        Choice wrong = PracticePages.wrongChoice(question);
        Choice key = question.choices().get(PracticePages.correctPosition(question) - 1);
        PracticePages.option(page, wrong).check();
        // a double click on Submit sends one answer and leaves its feedback shown
        PracticePages.button(page, "Submit").dblclick();
        assertThat(PracticePages.verdict(page)).hasText("Incorrect");
        KeyboardPages.settled(page);
        assertThat(PracticePages.verdict(page)).hasText("Incorrect");
        assertThat(page.locator(".practice-result")).hasCount(0);

        Locator rows = page.locator(".marked-option");
        assertThat(rows).hasCount(question.choices().size());
        Locator keyRow = rows.filter(new Locator.FilterOptions().setHasText(key.id() + ". " + key.text()));
        Locator wrongRow = rows.filter(new Locator.FilterOptions().setHasText(wrong.id() + ". " + wrong.text()));
        assertThat(keyRow.locator("vaadin-icon[icon='vaadin:check']")).hasCount(1);
        assertThat(keyRow.locator(".option-mark")).hasText("Correct answer");
        assertThat(wrongRow.locator("vaadin-icon[icon='vaadin:close']")).hasCount(1);
        assertThat(wrongRow.locator(".option-mark")).hasText("Your answer, wrong");
        assertThat(page.locator(".marked-option vaadin-icon")).hasCount(2);

        @SuppressWarnings("unchecked")
        List<Map<String, Object>> parts = (List<Map<String, Object>>) page.evaluate(CONTRASTS);
        assertThat(parts.stream().filter(part -> part.get("part").equals("text"))).hasSize(question.choices().size());
        for (Map<String, Object> part : parts) {
            double ratio = ((Number) part.get("ratio")).doubleValue();
            String what = "option " + part.get("row") + " " + part.get("part") + " “" + part.get("text") + "”";
            System.out.printf("contrast %s: %.2f:1%n", what, ratio);
            assertThat(ratio).as("contrast of " + what).isGreaterThanOrEqualTo(part.get("part").equals("sign") ? 3.0 : 4.5);
        }
        page.close();
    }
}

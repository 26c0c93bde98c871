package org.cstoquiz.app.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.nio.file.Files;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Pattern;
import org.cstoquiz.app.account.AccountService;
import org.cstoquiz.app.account.Role;
import org.cstoquiz.app.bank.ExportRequest;
import org.cstoquiz.app.bank.QuestionBankService;
import org.cstoquiz.app.attempt.AttemptFixtures;
import org.cstoquiz.engine.question.Question;
import org.cstoquiz.engine.question.QuestionType;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import org.springframework.context.ApplicationContext;

/**
 * Every main view, the learner's and the instructor's, in a real browser at desktop (1280 px) and
 * phone (390 px) width, saved as screenshots under {@code target/screenshots}. At either width no view may be wider than the screen nor cut off
 * the label of a field.
 */
class LayoutJourneyTest extends BrowserJourney {

    private static final String PASSWORD = "layout password";

    /** The elements whose right edge lies beyond the viewport, light and shadow DOM alike, to say what overflows. */
    private static final String WIDER_THAN_THE_SCREEN = """
            () => {
              const limit = document.documentElement.clientWidth + 1;
              const found = [];
              const walk = root => {
                for (const el of root.querySelectorAll('*')) {
                  const box = el.getBoundingClientRect();
                  if (box.width > 0 && box.right > limit) {
                    const classes = typeof el.className === 'string' && el.className.trim()
                        ? '.' + el.className.trim().split(/\\s+/).join('.') : '';
                    found.push(el.tagName.toLowerCase() + classes + ' (right edge ' + Math.round(box.right) + ' px)');
                  }
                  if (el.shadowRoot) {
                    walk(el.shadowRoot);
                  }
                }
              };
              walk(document);
              return found.slice(0, 12).join('; ');
            }""";

    /**
     * Whether the app layout's content area and the view in it (where there is a layout) are no wider
     * than they show: the content area scrolls by itself and a full-size view clips what sticks out, so
     * neither would widen the page.
     */
    private static final String VIEW_FITS = """
            (() => {
              const layout = document.querySelector('vaadin-app-layout');
              if (!layout) {
                return true;
              }
              const content = layout.shadowRoot.querySelector('[part~="content"]');
              const view = [...layout.children].find(child => !child.hasAttribute('slot'));
              if (!content || !view) {
                throw new Error('no content area or no view in the app layout');
              }
              return [content, view].every(box => box.scrollWidth <= box.clientWidth + 1);
            })()""";

    /** The labels of fields shown cut off (with an ellipsis), joined; empty when every label is whole. */
    private static final String CUT_LABELS = """
            (() => {
              const cut = [];
              const walk = root => {
                for (const el of root.querySelectorAll('*')) {
                  if (!el.shadowRoot) {
                    continue;
                  }
                  const label = el.querySelector(':scope > label[slot="label"]');
                  const part = el.shadowRoot.querySelector('[part~="label"]');
                  if (label && part && part.clientWidth > 0 && part.scrollWidth > part.clientWidth + 1) {
                    cut.push(label.textContent.trim());
                  }
                  walk(el.shadowRoot);
                }
              };
              walk(document);
              return cut.join('; ');
            })()""";

    /**
     * The charts (SVG images, or SVG drawn in the page) whose smallest text is drawn under 10 px once
     * scaled to fit, each with that size (0 when it was not drawn), joined; empty when every chart is legible.
     */
    private static final String SMALL_CHART_TEXT = """
            (() => {
              const smallest = (svg, shownWidth, drawnWidth) => {
                const sizes = [...svg.matchAll(/font-size='([0-9.]+)'/g)].map(m => parseFloat(m[1]));
                return drawnWidth > 0 ? Math.min(...sizes) * shownWidth / drawnWidth : 0;
              };
              const images = [...document.querySelectorAll('img[src^="data:image/svg+xml;base64,"]')]
                .filter(img => img.clientWidth > 0)
                .map(img => ({ name: img.alt.split(':')[0],
                  smallest: smallest(atob(img.src.substring(img.src.indexOf(',') + 1)), img.clientWidth, img.naturalWidth) }));
              const drawn = [...document.querySelectorAll('svg[role="img"][viewBox]')]
                .filter(svg => svg.clientWidth > 0 && svg.querySelector('text'))
                .map(svg => ({ name: svg.getAttribute('aria-label'),
                  smallest: smallest(svg.outerHTML.replaceAll('"', "'"), svg.clientWidth, svg.viewBox.baseVal.width) }));
              return [...images, ...drawn]
                .filter(chart => chart.smallest < 10)
                .map(chart => chart.name + ' (' + chart.smallest.toFixed(1) + ' px)')
                .join('; ');
            })()""";

    /** Hides Vaadin's development-mode tools, which would otherwise cover part of every screenshot. */
    private static final String HIDE_DEV_TOOLS = """
            document.addEventListener('DOMContentLoaded', () => {
              const style = document.createElement('style');
              style.textContent = 'vaadin-dev-tools, copilot-main { display: none !important; }';
              document.head.appendChild(style);
            });""";

    @Autowired
    AccountService accounts;

    @Autowired
    QuestionBankService bank;

    @Autowired
    ApplicationContext context;

    @Test
    void desktop() throws Exception {
        List<String> problems = visitEveryView("desktop", 1280, 900);
        assertThat(problems).isEmpty();
    }

    @Test
    void phone() throws Exception {
        List<String> problems = visitEveryView("phone", 390, 844);
        assertThat(problems).isEmpty();
    }

    /** Opens each view, saves a screenshot named {@code view-suffix} and returns what is wrong with their layout. */
    private List<String> visitEveryView(String suffix, int width, int height) throws Exception {
        Files.createDirectories(BrowserSupport.SCREENSHOTS);
        String user = "e2e-look-" + suffix;
        PracticePages.register(accounts, user, PASSWORD);
        Page page = browser().newPage(width, height);
        page.context().addInitScript(HIDE_DEV_TOOLS);
        List<String> problems = new ArrayList<>();

        page.navigate(url("/login"));
        assertThat(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Log in"))).isVisible();
        check(page, "login", suffix, problems);

        page.navigate(url("/register"));
        assertThat(PracticePages.button(page, "Create account")).isVisible();
        check(page, "register", suffix, problems);

        PracticePages.logIn(page, url(""), user, PASSWORD);
        assertThat(page.getByText("Prepare for your exam on")).isVisible();
        check(page, "home", suffix, problems);

        page.navigate(url("/practice"));
        assertThat(PracticePages.button(page, "Start")).isVisible();
        check(page, "practice-form", suffix, problems);

        PracticePages.fillForm(page, "Single choice", 1, "10 minutes");
        PracticePages.button(page, "Start").click();
        assertThat(PracticePages.progress(page)).hasText("Question 1 of 1");
        PracticePages.button(page, "I don't know").click();
        assertThat(PracticePages.verdict(page)).hasText("Not answered");
        check(page, "practice-feedback", suffix, problems);

        PracticePages.button(page, "See the result").click();
        assertThat(heading(page, "Session finished")).isVisible();
        check(page, "practice-result", suffix, problems);

        // A matching question labels each select with a whole prompt: the one of the bank with the longest.
        Question matching = bank.bank(ExportRequest.DEFAULT_SEED).questions().stream()
                .filter(question -> question.type() == QuestionType.MATCHING)
                .max(Comparator.comparingInt(question -> question.prompts().stream()
                        .mapToInt(prompt -> prompt.text().length()).max().orElse(0)))
                .orElseThrow();
        AttemptFixtures.storeUntimedSession(context, user, Instant.now(), List.of(matching));
        page.navigate(url("/practice"));
        assertThat(page.locator("vaadin-select")).hasCount(matching.prompts().size());
        check(page, "practice-matching", suffix, problems);

        page.navigate(url("/tests"));
        assertThat(heading(page, "Tests")).isVisible();
        check(page, "tests", suffix, problems);

        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(Pattern.compile("^Start .Quick check.$")))
                .click();
        assertThat(page.getByText(Pattern.compile("^Question 1 of 10"))).isVisible();
        check(page, "test-question", suffix, problems);

        PracticePages.button(page, "Finish the test…").click();
        assertThat(heading(page, "Summary before submitting")).isVisible();
        check(page, "test-summary", suffix, problems);

        page.navigate(url("/review"));
        assertThat(heading(page, "Review")).isVisible();
        assertThat(page.getByText(" facts seen")).isVisible();
        check(page, "review", suffix, problems);
        PracticePages.button(page, "Show the answer").click();
        assertThat(page.locator(".review-ratings vaadin-button")).hasCount(4);
        check(page, "review-answer", suffix, problems);

        page.navigate(url("/progress"));
        assertThat(heading(page, "Progress")).isVisible();
        assertThat(page.locator("svg[aria-label^='Mastery per area']")).isVisible();
        check(page, "progress", suffix, problems);

        page.navigate(url("/study"));
        assertThat(heading(page, "Study the facts")).isVisible();
        assertThat(page.getByText(Pattern.compile("^\\d+ facts$"))).isVisible();
        assertThat(page.locator("vaadin-grid")).isVisible();
        // A phone gives the fact the whole row; the card it opens names its kind and area.
        Locator kindHeader = page.locator("vaadin-grid-cell-content")
                .getByText("Kind", new Locator.GetByTextOptions().setExact(true));
        if (width < 600) {
            assertThat(kindHeader).isHidden();
        } else {
            assertThat(kindHeader).isVisible();
        }
        check(page, "study", suffix, problems);

        page.navigate(url("/timeline"));
        assertThat(heading(page, "Timeline")).isVisible();
        assertThat(page.getByText(Pattern.compile("^\\d+ events$"))).isVisible();
        assertThat(page.locator("vaadin-grid")).isVisible();
        check(page, "timeline", suffix, problems);
        page.close();

        String instructor = "e2e-look-teacher-" + suffix;
        PracticePages.register(accounts, instructor, PASSWORD);
        org.cstoquiz.app.RunAs.instructor(() -> accounts.changeRole(accounts.findByUsername(instructor).orElseThrow().id(), Role.INSTRUCTOR));
        Page teacher = browser().newPage(width, height);
        teacher.context().addInitScript(HIDE_DEV_TOOLS);
        PracticePages.logIn(teacher, url(""), instructor, PASSWORD);

        teacher.navigate(url("/bank"));
        assertThat(heading(teacher, "Question bank")).isVisible();
        assertThat(teacher.getByText(Pattern.compile("^\\d+ questions$"))).isVisible();
        check(teacher, "bank", suffix, problems);

        teacher.navigate(url("/blueprints"));
        assertThat(heading(teacher, "Test blueprints")).isVisible();
        assertThat(teacher.getByText("Exam style").first()).isVisible();
        check(teacher, "blueprints", suffix, problems);

        teacher.navigate(url("/accounts"));
        assertThat(heading(teacher, "Accounts")).isVisible();
        assertThat(teacher.locator("vaadin-grid")).isVisible();
        check(teacher, "accounts", suffix, problems);
        teacher.close();
        return problems;
    }

    private static com.microsoft.playwright.Locator heading(Page page, String name) {
        return page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName(name).setExact(true));
    }

    /**
     * Saves the screenshot; notes the view, and what sticks out, when it is wider than the screen, and
     * the field labels it cuts off.
     */
    private static void check(Page page, String view, String suffix, List<String> problems) {
        BrowserSupport.screenshot(page, view + "-" + suffix);
        boolean pageFits = (Boolean) page.evaluate(
                "document.documentElement.scrollWidth <= document.documentElement.clientWidth + 1");
        boolean viewFits = (Boolean) page.evaluate(VIEW_FITS);
        if (!pageFits || !viewFits) {
            problems.add(view + " is wider than the screen: " + page.evaluate(WIDER_THAN_THE_SCREEN));
        }
        String small = (String) page.evaluate(SMALL_CHART_TEXT);
        if (!small.isEmpty()) {
            problems.add(view + " draws chart text too small to read: " + small);
        }
        String cut = (String) page.evaluate(CUT_LABELS);
        if (!cut.isEmpty()) {
            problems.add(view + " cuts off labels: " + cut);
        }
    }
}

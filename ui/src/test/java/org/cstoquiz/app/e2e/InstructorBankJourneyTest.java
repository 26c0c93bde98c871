package org.cstoquiz.app.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.BoundingBox;
import java.io.InputStream;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.cstoquiz.app.RunAs;
import org.cstoquiz.app.account.AccountService;
import org.cstoquiz.app.account.Role;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * An instructor works in the question bank in a real browser, on a desktop (1280×800) and on a phone
 * (390×844): the grid takes the page and shows a good number of rows, a click previews the question
 * beside the grid (below it on the phone), columns sort, the search finds words of the options, and
 * ticked questions download as one zip of papers and keys.
 */
class InstructorBankJourneyTest extends BrowserJourney {

    private static final String PASSWORD = "teacher password";

    /**
     * The grid's rows shown whole between its header and its bottom edge (rows the grid keeps ready
     * but out of view are not counted).
     */
    private static final String ROWS_IN_VIEW = """
            (() => {
              const grid = document.querySelector('vaadin-grid');
              const root = grid.shadowRoot;
              const top = root.querySelector('thead').getBoundingClientRect().bottom;
              const table = root.querySelector('#table');
              const bottom = table.getBoundingClientRect().top + table.clientHeight;
              return [...root.querySelectorAll('#items tr')].filter(row => {
                const box = row.getBoundingClientRect();
                return !row.hidden && box.height > 0 && box.top >= top - 1 && box.bottom <= bottom + 1;
              }).length;
            })()""";

    /** The middle of a cell ([row shown, column]) of the rows shown whole, in the order shown. */
    private static final String CELL = """
            ([index, column]) => {
              const root = document.querySelector('vaadin-grid').shadowRoot;
              const top = root.querySelector('thead').getBoundingClientRect().bottom;
              const row = [...root.querySelectorAll('#items tr')]
                .filter(r => !r.hidden && r.getBoundingClientRect().height > 0 && r.getBoundingClientRect().top >= top - 1)
                .sort((a, b) => a.getBoundingClientRect().top - b.getBoundingClientRect().top)[index];
              const cell = row.querySelectorAll('td')[column];
              const box = cell.getBoundingClientRect();
              return [box.left + box.width / 2, box.top + box.height / 2, cell.querySelector('slot').name];
            }""";

    @Autowired
    AccountService accounts;

    private Page instructorPage(String name, int width, int height) {
        PracticePages.register(accounts, name, PASSWORD);
        RunAs.instructor(() -> accounts.changeRole(accounts.findByUsername(name).orElseThrow().id(), Role.INSTRUCTOR));
        Page page = browser().newPage(width, height);
        PracticePages.logIn(page, url(""), name, PASSWORD);
        page.navigate(url("/bank"));
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Question bank"))).isVisible();
        assertThat(page.getByText(Pattern.compile("^\\d+ questions$"))).isVisible();
        return page;
    }

    private static int rowsInView(Page page) {
        return ((Number) page.evaluate(ROWS_IN_VIEW)).intValue();
    }

    private static void clickCell(Page page, int row, int column) {
        List<?> point = (List<?>) page.evaluate(CELL, List.of(row, column));
        page.mouse().click(((Number) point.get(0)).doubleValue(), ((Number) point.get(1)).doubleValue());
    }

    /** Ticks the row shown at {@code row} with its own checkbox. */
    static void tick(Page page, int row) {
        List<?> cell = (List<?>) page.evaluate(CELL, List.of(row, 0));
        Locator checkbox = page.locator("vaadin-grid-cell-content[slot='" + cell.get(2) + "'] vaadin-checkbox");
        checkbox.click();
        assertThat(checkbox).hasAttribute("checked", "");
    }

    private static void clickFirstQuestion(Page page) {
        clickCell(page, 0, 1);
    }

    private static Locator bar(Page page, String summary) {
        return page.locator("vaadin-details-summary").filter(new Locator.FilterOptions().setHasText(summary));
    }

    @Test
    void onADesktopTheGridShowsManyRowsAndThePreviewSitsBesideIt() throws Exception {
        Page page = instructorPage("e2e-teacher-desk", 1280, 800);

        page.waitForCondition(() -> rowsInView(page) >= 8);
        int rows = rowsInView(page);
        System.out.println("bank grid at 1280x800: " + rows + " rows in view");
        assertThat(rows).isGreaterThanOrEqualTo(8);

        // sort by difficulty, hardest first: two clicks on the header
        Locator difficulty = page.locator("vaadin-grid-sorter").filter(new Locator.FilterOptions().setHasText("Difficulty"));
        difficulty.click();
        difficulty.click();
        assertThat(difficulty).hasAttribute("direction", "desc");

        assertThat(page.locator(".question-preview")).hasCount(0);
        clickFirstQuestion(page);
        Locator preview = page.locator(".question-preview");
        assertThat(preview).isVisible();
        assertThat(preview.getByText("Key:")).isVisible();
        page.waitForCondition(() -> rowsInView(page) >= 8);
        BrowserSupport.screenshot(page, "bank-preview-desktop");
        BoundingBox grid = page.locator("vaadin-grid").boundingBox();
        BoundingBox beside = preview.boundingBox();
        assertThat(beside.x).as("preview to the right of the grid").isGreaterThanOrEqualTo(grid.x + grid.width - 1);

        // the search finds words of the options too
        String whole = page.getByText(Pattern.compile("^\\d+ questions$")).textContent();
        page.getByLabel("Search").fill("Tashkent");
        page.getByLabel("Search").press("Enter");
        assertThat(page.getByText(Pattern.compile("^\\d+ questions?$"))).not().hasText(whole);

        bar(page, "Export and papers").click();
        tick(page, 0);
        assertThat(page.getByText("1 ticked question makes the paper")).isVisible();
        tick(page, 1);
        assertThat(page.getByText("2 ticked questions make the paper")).isVisible();
        page.getByLabel("Paper title").fill("Mid-term");
        page.getByLabel("Variants").fill("2");
        page.getByLabel("Variants").press("Tab");
        page.locator("vaadin-select").filter(new Locator.FilterOptions().setHasText("json")).click();
        page.getByRole(AriaRole.OPTION, new Page.GetByRoleOptions().setName("pdf")).click();
        assertThat(page.getByText("2 of 2 questions will be written in pdf.")).isVisible();
        Files.createDirectories(BrowserSupport.SCREENSHOTS);
        BrowserSupport.screenshot(page, "bank-journey-desktop");

        Download download = page.waitForDownload(() -> page.getByText("Download", new Page.GetByTextOptions()
                .setExact(true)).click());

        assertThat(download.suggestedFilename()).isEqualTo("mid-term-variants.zip");
        List<String> names = new ArrayList<>();
        try (InputStream in = Files.newInputStream(download.path()); ZipInputStream zip = new ZipInputStream(in)) {
            for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
                names.add(e.getName());
            }
        }
        assertThat(names).containsExactly("mid-term-A-paper.pdf", "mid-term-A-key.pdf", "mid-term-B-paper.pdf",
                "mid-term-B-key.pdf");
        page.close();
    }

    @Test
    void onAPhoneThePreviewGoesBelowTheGrid() {
        Page page = instructorPage("e2e-teacher-phone", 390, 844);

        page.waitForCondition(() -> rowsInView(page) >= 5);
        int rows = rowsInView(page);
        System.out.println("bank grid at 390x844: " + rows + " rows in view");
        assertThat(rows).isGreaterThanOrEqualTo(5);
        assertThat(page.locator("vaadin-split-layout")).hasAttribute("orientation", "vertical");

        clickFirstQuestion(page);
        Locator preview = page.locator(".question-preview");
        assertThat(preview).isAttached();
        BoundingBox grid = page.locator("vaadin-grid").boundingBox();
        assertThat(page.locator(".bank-preview").boundingBox().y).as("preview below the grid")
                .isGreaterThanOrEqualTo(grid.y + grid.height - 1);
        assertThat((Boolean) page.evaluate("document.documentElement.scrollWidth <= document.documentElement.clientWidth + 1"))
                .as("nothing wider than the phone").isTrue();

        bar(page, "Filters: ").click();
        assertThat(page.getByText("Negative discrimination only")).isVisible();
        BrowserSupport.screenshot(page, "bank-journey-phone");
        page.close();
    }
}

package org.cstoquiz.app.facts.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridTester;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import java.util.Optional;
import org.cstoquiz.app.facts.FactCatalog;
import org.cstoquiz.domain.Area;
import org.cstoquiz.domain.ConflictingClaims;
import org.cstoquiz.domain.Fact;
import org.cstoquiz.domain.PackInfo;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.ActiveProfiles;

@SpringBootTest
@ActiveProfiles("test")
@WithMockUser(username = "study-learner", roles = "LEARNER")
class StudyViewTest extends SpringBrowserlessTest {

    @Autowired
    FactCatalog catalog;

    @SuppressWarnings("unchecked")
    private GridTester<Grid<StudyView.FactRow>, StudyView.FactRow> grid() {
        return test((Grid<StudyView.FactRow>) $(Grid.class).single());
    }

    private String count() {
        return $(Span.class).withCondition(span -> span.getText().matches("\\d+ facts?")).single().getText();
    }

    @Test
    void listsEveryFactOfTheBuiltInPack() {
        navigate(StudyView.class);
        int all = catalog.primary().facts().size();
        assertThat(grid().size()).isEqualTo(all);
        assertThat(count()).isEqualTo(all + " facts");
    }

    @Test
    void searchNarrowsTheListToMatchingFacts() {
        navigate(StudyView.class);
        int all = grid().size();
        test($(TextField.class).withLabel("Search").single()).setValue("Tashkent");

        var grid = grid();
        assertThat(grid.size()).isPositive().isLessThan(all);
        List<Fact> expected = catalog.search("csto", Optional.empty(), "Tashkent");
        assertThat(grid.size()).isEqualTo(expected.size());
        assertThat(count()).isEqualTo(expected.size() + (expected.size() == 1 ? " fact" : " facts"));
    }

    @Test
    @SuppressWarnings("unchecked")
    void areaFilterShowsOnlyThatArea() {
        navigate(StudyView.class);
        test((Select<Area>) $(Select.class).withLabel("Area").single()).selectItem("Organs");

        var grid = grid();
        assertThat(grid.size()).isEqualTo(catalog.primary().inArea(Area.ORGANS).size());
        for (int row = 0; row < grid.size(); row++) {
            assertThat(grid.getCellText(row, grid.getColumnPosition("area"))).isEqualTo("Organs");
        }
    }

    @Test
    void aFactShowsItsQuotesAndBothReadingsWhereSourcesDisagree() {
        ConflictingClaims conflict = catalog.primary().all(ConflictingClaims.class).getFirst();
        Fact disputed = catalog.primary().find(conflict.facts().getFirst()).orElseThrow();
        navigate(StudyView.class);
        var grid = grid();
        int row = rowOf(grid, disputed.label());

        grid.clickRow(row);

        assertThat($(com.vaadin.flow.component.html.Div.class).withClassName("fact-kind").single().getText())
                .isEqualTo(grid.getCellText(row, grid.getColumnPosition("kind")) + " · "
                        + grid.getCellText(row, grid.getColumnPosition("area")));
        assertThat($(Span.class).withText("“" + disputed.allCitations().getFirst().quote() + "”").exists()).isTrue();
        String source = disputed.allCitations().getFirst().source();
        assertThat($(Span.class).withText(" — " + catalog.sourceNotes(catalog.primary().pack().id()).label(source)).exists())
                .as("the source by its title and date, not its file name").isTrue();
        assertThat(catalog.sourceNotes(catalog.primary().pack().id()).label(source)).doesNotContain(".txt")
                .matches(".+, as of .*\\d{4}");
        assertThat($(com.vaadin.flow.component.html.H4.class).withText("Sources disagree: " + conflict.topic()).exists())
                .isTrue();
        for (var claim : conflict.claims()) {
            assertThat($(com.vaadin.flow.component.html.Paragraph.class)
                    .withCondition(p -> p.getText().startsWith(claim.says())).exists()).as(claim.says()).isTrue();
        }
    }

    @Test
    @SuppressWarnings("unchecked")
    void extraPacksCanBeStudiedToo() {
        navigate(StudyView.class);
        Select<PackInfo> pack = (Select<PackInfo>) $(Select.class).withLabel("Organization").single();
        assertThat(pack.isVisible()).isTrue();

        test(pack).selectItem("Shanghai Cooperation Organisation (sample)");

        assertThat(grid().size()).isEqualTo(1);
        assertThat(grid().getCellText(0, grid().getColumnPosition("fact")))
                .isEqualTo("Shanghai Cooperation Organisation (SCO)");
    }

    private static int rowOf(GridTester<Grid<StudyView.FactRow>, StudyView.FactRow> grid, String label) {
        for (int i = 0; i < grid.size(); i++) {
            if (grid.getCellText(i, grid.getColumnPosition("fact")).equals(label)) {
                return i;
            }
        }
        throw new AssertionError(label + " is not listed");
    }
}

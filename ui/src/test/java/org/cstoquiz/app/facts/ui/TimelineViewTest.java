package org.cstoquiz.app.facts.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridTester;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import java.util.ArrayList;
import java.util.List;
import org.cstoquiz.app.facts.FactCatalog;
import org.cstoquiz.domain.EventCategory;
import org.cstoquiz.domain.Event;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.ActiveProfiles;

@SpringBootTest
@ActiveProfiles("test")
@WithMockUser(username = "timeline-learner", roles = "LEARNER")
class TimelineViewTest extends SpringBrowserlessTest {

    @Autowired
    FactCatalog catalog;

    @SuppressWarnings("unchecked")
    private GridTester<Grid<TimelineView.EventRow>, TimelineView.EventRow> grid() {
        return test((Grid<TimelineView.EventRow>) $(Grid.class).single());
    }

    @Test
    void listsEveryDatedEventInDateOrder() {
        navigate(TimelineView.class);
        var grid = grid();
        List<Event> events = catalog.primary().events();
        assertThat(grid.size()).isEqualTo(events.size()).isGreaterThan(20);
        List<Event> shown = new ArrayList<>();
        for (int row = 0; row < grid.size(); row++) {
            shown.add(catalog.primary().find(grid.getRow(row).id(), Event.class).orElseThrow());
        }
        assertThat(shown).isSortedAccordingTo((a, b) -> a.date().compareTo(b.date()));
        assertThat(grid.getCellText(0, grid.getColumnPosition("date"))).isEqualTo(events.getFirst().date().display());
    }

    @Test
    @SuppressWarnings("unchecked")
    void kindFilterShowsOnlyThatKindOfEvent() {
        navigate(TimelineView.class);
        test((Select<EventCategory>) $(Select.class).withLabel("Kind of event").single()).selectItem("Signing");
        var grid = grid();
        List<Event> signings = catalog.timeline("csto", java.util.Optional.of(EventCategory.SIGNING));
        assertThat(grid.size()).isEqualTo(signings.size()).isPositive()
                .isLessThan(catalog.primary().events().size());
        assertThat($(Span.class).withText(signings.size() + (signings.size() == 1 ? " event" : " events")).exists())
                .isTrue();
        for (int row = 0; row < grid.size(); row++) {
            assertThat(grid.getRow(row).category()).isEqualTo(EventCategory.SIGNING);
        }
    }

    @Test
    void clickingAnEventShowsItsSourceInItsOwnWords() {
        navigate(TimelineView.class);
        var grid = grid();

        grid.clickRow(0);

        Event first = catalog.primary().find(grid.getRow(0).id(), Event.class).orElseThrow();
        assertThat($(Span.class).withText("“" + first.citations().getFirst().quote() + "”").exists()).isTrue();
    }
}

package org.cstoquiz.app.attempt.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import org.cstoquiz.app.base.ui.Names;
import org.cstoquiz.domain.Area;
import org.cstoquiz.engine.attempt.AttemptResult;
import org.cstoquiz.engine.attempt.AttemptState;
import org.cstoquiz.engine.scoring.Tally;

/**
 * The result of a closed attempt: how it ended, the score under its scheme, the count of right,
 * partly right, wrong and blank answers with the time used, and the marks per area.
 */
public class ResultSummary extends Div {

    /**
     * @param finished   the heading when the learner finished it ("Result"); "Time is up" when the deadline closed it
     * @param timeUpNote what a close at the deadline means for the answers, shown under that heading
     * @param scoreClass the class of the score line
     * @param allowed    the time allowed; empty when untimed
     */
    public ResultSummary(AttemptResult result, String finished, String timeUpNote, String scoreClass,
                         Optional<Duration> allowed) {
        boolean timeUp = result.state() == AttemptState.TIME_UP;
        add(new H3(timeUp ? "Time is up" : finished));
        if (timeUp) {
            add(new Paragraph(timeUpNote));
        }
        Tally total = result.total();
        Span marks = new Span("Score: " + Labels.score(total) + " (" + Labels.marks(total.percentage()) + "%)");
        marks.addClassNames(scoreClass, "font-semibold");
        add(new Paragraph(marks, new Span(" · " + Labels.scheme(result.scheme()))));
        add(new Paragraph(total.correct() + " correct, " + total.partiallyCorrect() + " partly correct, "
                + total.incorrect() + " incorrect, " + total.blank() + " not answered · "
                + Labels.clock(result.timeUsed()) + " used"
                + allowed.map(time -> " of " + Labels.clock(time)).orElse("")));
        add(new H3("By area"));
        UnorderedList byArea = new UnorderedList();
        byArea.addClassName("result-areas");
        for (Map.Entry<Area, Tally> area : result.byArea().entrySet()) {
            Tally tally = area.getValue();
            byArea.add(new ListItem(Names.area(area.getKey()) + ": " + Labels.score(tally) + " · " + tally.correct()
                    + " of " + tally.questions() + " correct"));
        }
        add(byArea);
    }
}

package org.cstoquiz.app.attempt.ui;

import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import java.util.LinkedHashMap;
import java.util.Map;
import org.cstoquiz.app.facts.SourceNotes;
import org.cstoquiz.engine.attempt.Attempt;
import org.cstoquiz.engine.attempt.Slot;
import org.cstoquiz.engine.attempt.SlotFeedback;
import org.cstoquiz.engine.question.GradeState;

/**
 * Every question of a closed attempt as Moodle's review page shows it: the stem, the options with
 * the key ticked and the learner's wrong pick crossed, the learner's answer and the key, why, and
 * the source; "Only what I got wrong" hides the questions answered fully right.
 */
public class AttemptReview extends Div {

    private final Map<QuestionCard, Boolean> cardsRight = new LinkedHashMap<>();
    private final Paragraph shown = new Paragraph();

    public AttemptReview(Attempt attempt, SourceNotes notes) {
        addClassName("attempt-review");
        setWidthFull();
        for (Slot slot : attempt.slots()) {
            var feedback = attempt.feedback(slot.number());
            boolean right = feedback.map(SlotFeedback::grade).map(grade -> grade.state() == GradeState.CORRECT)
                    .orElse(false);
            cardsRight.put(QuestionCard.reviewed(slot.number(), slot.question(), feedback, notes), right);
        }
        long wrong = cardsRight.values().stream().filter(right -> !right).count();
        Checkbox onlyWrong = new Checkbox("Only what I got wrong (" + wrong + ")");
        onlyWrong.addClassName("only-wrong");
        onlyWrong.addValueChangeListener(change -> filter(change.getValue()));
        shown.addClassNames("text-secondary", "text-s");
        shown.getElement().setAttribute("role", "status");
        add(new H3("Questions"), onlyWrong, shown);
        cardsRight.keySet().forEach(this::add);
        filter(false);
    }

    private void filter(boolean onlyWrong) {
        int visible = 0;
        for (Map.Entry<QuestionCard, Boolean> card : cardsRight.entrySet()) {
            boolean show = !onlyWrong || !card.getValue();
            card.getKey().setVisible(show);
            visible += show ? 1 : 0;
        }
        shown.setText(onlyWrong ? visible + " of " + cardsRight.size() + " questions shown: those not answered fully right."
                : "All " + cardsRight.size() + " questions.");
    }
}

package org.cstoquiz.app.classes;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.cstoquiz.engine.attempt.Attempt;
import org.cstoquiz.engine.attempt.AttemptResult;
import org.cstoquiz.engine.attempt.SlotResult;
import org.cstoquiz.domain.Area;
import org.cstoquiz.engine.question.GradeState;

/** The class's figures per area and per question, over the closed tests of an assignment. */
final class ClassFigures {

    private ClassFigures() {
    }

    /** Per area that occurs, in {@link Area} order. */
    static List<AreaFigure> byArea(List<Attempt> closed) {
        Map<Area, Sums> sums = new EnumMap<>(Area.class);
        for (Attempt attempt : closed) {
            AttemptResult result = attempt.result().orElseThrow();
            for (SlotResult slot : result.slots()) {
                sums.computeIfAbsent(slot.area(), area -> new Sums()).add(slot);
            }
        }
        List<AreaFigure> figures = new ArrayList<>();
        sums.forEach((area, sum) -> figures.add(new AreaFigure(area, sum.asked, sum.answered, sum.facility(),
                sum.percentage())));
        return figures;
    }

    /** Per question, in the order of the paper (as the first test met them). */
    static List<QuestionFigure> byQuestion(List<Attempt> closed) {
        Map<String, Sums> sums = new LinkedHashMap<>();
        Map<String, String> stems = new LinkedHashMap<>();
        Map<String, Area> areas = new LinkedHashMap<>();
        for (Attempt attempt : closed) {
            for (SlotResult slot : attempt.result().orElseThrow().slots()) {
                sums.computeIfAbsent(slot.questionId(), id -> new Sums()).add(slot);
                stems.putIfAbsent(slot.questionId(), attempt.slot(slot.slotNumber()).question().stem());
                areas.putIfAbsent(slot.questionId(), slot.area());
            }
        }
        List<QuestionFigure> figures = new ArrayList<>();
        sums.forEach((id, sum) -> figures.add(new QuestionFigure(id, areas.get(id), stems.get(id), sum.asked,
                sum.answered, sum.facility())));
        return figures;
    }

    private static final class Sums {
        int asked;
        int answered;
        double fractions;
        double awarded;
        double atStake;

        void add(SlotResult slot) {
            asked++;
            answered += slot.grade().state() == GradeState.BLANK ? 0 : 1;
            fractions += slot.grade().fraction();
            awarded += slot.marksAwarded();
            atStake += slot.marks();
        }

        double facility() {
            return asked == 0 ? 0.0 : fractions / asked;
        }

        double percentage() {
            return atStake == 0.0 ? 0.0 : 100.0 * awarded / atStake;
        }
    }
}

package org.cstoquiz.app.classes;

import java.util.List;

/** An assignment's results: each learner's, and the class's figures per area and per question. */
public record AssignmentResults(Assignment assignment, List<LearnerResult> learners, List<AreaFigure> areas,
                                List<QuestionFigure> questions) {

    public AssignmentResults {
        learners = List.copyOf(learners);
        areas = List.copyOf(areas);
        questions = List.copyOf(questions);
    }
}

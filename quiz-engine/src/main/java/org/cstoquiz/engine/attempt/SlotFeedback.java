package org.cstoquiz.engine.attempt;

import java.util.List;
import org.cstoquiz.engine.question.Grade;
import org.cstoquiz.engine.question.Response;
import org.cstoquiz.engine.question.Source;

/**
 * What the learner may see about a slot once its behaviour allows: their answer, its grade and
 * marks under the attempt's scheme, the correct answer, the explanation and its sources.
 */
public record SlotFeedback(int slotNumber, Response response, Grade grade, double marks, double marksAwarded,
                           Response correctResponse, String explanation, List<Source> sources) {

    public SlotFeedback {
        sources = List.copyOf(sources);
    }
}

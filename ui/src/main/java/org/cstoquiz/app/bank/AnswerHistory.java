package org.cstoquiz.app.bank;

import java.util.List;
import org.cstoquiz.engine.stats.ItemResponse;

/** Where learners' graded answers come from, for item statistics (implemented by the attempts feature). */
public interface AnswerHistory {

    /** Every graded answer of every closed attempt. */
    List<ItemResponse> gradedAnswers();
}

package org.cstoquiz.engine.attempt;

import org.cstoquiz.domain.Area;
import org.cstoquiz.engine.question.Grade;

/** One slot of a closed attempt: how it was graded and what it earned under the scheme (unrounded). */
public record SlotResult(int slotNumber, String questionId, Area area, Grade grade, double marks, double marksAwarded,
                         boolean flagged) {
}

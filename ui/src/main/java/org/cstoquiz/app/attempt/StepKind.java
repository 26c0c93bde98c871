package org.cstoquiz.app.attempt;

import org.cstoquiz.engine.attempt.Step;

/** The kinds of {@link Step}, as stored. */
enum StepKind {
    SAVED, SUBMITTED, FLAGGED, UNFLAGGED, FINISHED, TIME_UP;

    static StepKind of(Step step) {
        return switch (step) {
            case Step.AnswerSaved ignored -> SAVED;
            case Step.Submitted ignored -> SUBMITTED;
            case Step.Flagged ignored -> FLAGGED;
            case Step.Unflagged ignored -> UNFLAGGED;
            case Step.Finished ignored -> FINISHED;
            case Step.TimeUp ignored -> TIME_UP;
        };
    }
}

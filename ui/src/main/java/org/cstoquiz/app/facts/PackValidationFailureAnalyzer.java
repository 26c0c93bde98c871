package org.cstoquiz.app.facts;

import org.cstoquiz.content.PackValidationException;
import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Turns an invalid fact pack at start-up into the list of its problems instead of a stack trace. */
class PackValidationFailureAnalyzer extends AbstractFailureAnalyzer<PackValidationException> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, PackValidationException cause) {
        return new FailureAnalysis("The fact packs cannot be loaded:\n" + cause.getMessage().strip(),
                "Correct the files listed above (each line is file:line: problem), or check a pack with "
                        + "'java -jar csto-quiz.jar facts --check DIR'.", cause);
    }
}

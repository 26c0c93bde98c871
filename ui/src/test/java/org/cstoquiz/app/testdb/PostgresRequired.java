package org.cstoquiz.app.testdb;

import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;

/** Skips (on a laptop) or fails (under {@code CI=true}) a test that needs PostgreSQL when none is given. */
public final class PostgresRequired implements ExecutionCondition {

    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
        if (Postgres.serverUrl().isPresent()) {
            return ConditionEvaluationResult.enabled(Postgres.VARIABLE + " is set");
        }
        String reason = "PostgreSQL test " + context.getDisplayName() + " skipped: " + Postgres.missingReason();
        ToolRequired.missing(reason);
        return ConditionEvaluationResult.disabled(reason);
    }
}

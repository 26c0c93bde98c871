package org.cstoquiz.engine.generate;

import java.util.ArrayList;
import java.util.List;
import org.cstoquiz.domain.Citation;
import org.cstoquiz.engine.question.Area;

/**
 * "Consider the following statements: 1. ... 2. ... Which of the statements given above is/are
 * correct?" and "How many of the above statements are correct?", as civil-service papers set them:
 * statements of one area, each true, or (the seed decides, where the facts would contradict it) false.
 * Every candidate appears in one two-statement and one three-statement item.
 */
final class ExamStatementsFamily implements Family {

    @Override
    public void generate(Context ctx) {
        for (Area area : Area.values()) {
            List<StatementCandidate> pool = ctx.candidates(area);
            if (pool.size() < 2) {
                continue;
            }
            for (int i = 0; i < pool.size(); i += 2) {
                combine(ctx, area, "statements-pair", List.of(pool.get(i), pool.get((i + 1) % pool.size())));
            }
            if (pool.size() >= 3) {
                for (int i = 0; i < pool.size(); i += 3) {
                    combine(ctx, area, "statements-three",
                            List.of(pool.get(i), pool.get((i + 1) % pool.size()), pool.get((i + 2) % pool.size())));
                }
            }
        }
    }

    private static void combine(Context ctx, Area area, String family, List<StatementCandidate> parts) {
        if (parts.stream().map(StatementCandidate::factId).distinct().count() < parts.size()) {
            return;
        }
        Draft d = ctx.draft(area, family, String.join("|", parts.stream().map(StatementCandidate::factId).toList()));
        List<Draft.Stmt> stmts = new ArrayList<>();
        for (StatementCandidate c : parts) {
            boolean truly = !c.canBeFalse() || d.random.nextBoolean();
            stmts.add(truly ? new Draft.Stmt(c.trueText(), c.trueAssertion(), true)
                    : new Draft.Stmt(c.falseText().orElseThrow(), c.falseAssertion().orElseThrow(), false));
        }
        if (parts.size() == 2) {
            d.whichStatements(null, stmts);
        } else {
            d.howMany(null, stmts);
        }
        StringBuilder because = new StringBuilder();
        for (int i = 0; i < parts.size(); i++) {
            because.append(i + 1).append(stmts.get(i).truth() ? " is correct: " : " is incorrect: ")
                    .append(parts.get(i).trueText()).append(' ');
        }
        List<Citation> cites = parts.stream().flatMap(c -> c.citations().stream().limit(2)).toList();
        d.facts(parts.stream().map(StatementCandidate::factId).toList()).cite(cites)
                .because(because.toString().strip())
                .difficulty(parts.size() == 2 ? 0.55 : 0.65).emit();
    }
}

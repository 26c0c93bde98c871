package org.cstoquiz.engine.generate;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.cstoquiz.domain.PartialDate;
import org.cstoquiz.domain.Statement;
import org.cstoquiz.engine.question.Area;

/**
 * "Consider the following statements" items built around the pack's statement facts: each statement
 * (true as of its time frame) is set beside facts of its area stated truly or falsely (the seed
 * decides which, like a distractor).
 */
final class ExamStatements implements AreaGenerator {

    @Override
    public void generate(Context ctx) {
        aroundStatementFacts(ctx);
        for (Area area : Area.values()) {
            List<Context.Candidate> pool = ctx.candidates(area);
            for (int i = 0; i + 1 < pool.size(); i += 2) {
                combine(ctx, area, "statements-pair", List.of(pool.get(i), pool.get(i + 1)));
            }
            for (int i = 0; i + 2 < pool.size(); i += 3) {
                combine(ctx, area, "statements-three", List.of(pool.get(i), pool.get(i + 1), pool.get(i + 2)));
            }
        }
    }

    /** Two or three facts of one area, each stated truly or falsely as the seed decides. */
    private static void combine(Context ctx, Area area, String family, List<Context.Candidate> parts) {
        if (parts.stream().map(Context.Candidate::factId).distinct().count() < parts.size()) {
            return;
        }
        Draft d = ctx.draft(area, family, String.join("|", parts.stream().map(Context.Candidate::factId).toList()));
        List<Draft.Stmt> stmts = parts.stream().map(c -> stated(c, d.random.nextBoolean())).toList();
        if (parts.size() == 2) {
            d.whichStatements(null, stmts);
        } else {
            d.howMany(null, stmts);
        }
        parts.stream().map(Context.Candidate::timeFrame).flatMap(Optional::stream).findFirst().ifPresent(d::timeFrame);
        StringBuilder because = new StringBuilder();
        for (int i = 0; i < parts.size(); i++) {
            because.append(i + 1).append(stmts.get(i).truth() ? " is correct: " : " is incorrect: ")
                    .append(parts.get(i).trueText()).append(' ');
        }
        d.facts(parts.stream().map(Context.Candidate::factId).toList())
                .cite(parts.stream().flatMap(c -> c.citations().stream().limit(1)).toList())
                .because(because.toString().strip())
                .difficulty(parts.size() == 2 ? 0.55 : 0.65).emit();
    }

    private void aroundStatementFacts(Context ctx) {
        for (Statement st : ctx.facts.statements()) {
            Area area = Context.area(st);
            List<Context.Candidate> pool = ctx.candidates(area).stream()
                    .filter(c -> !st.subjects().contains(c.factId())).toList();
            if (pool.size() < 2) {
                pool = ctx.candidates(Area.DATES);
            }
            String text = st.asOf().map(a -> "As of " + a.display() + ", " + Phrases.continuing(st.text())).orElse(st.text());
            Draft.Stmt own = new Draft.Stmt(Texts.sentence(text), new Claim.StatementHolds(st.id()), true);
            Draft d = ctx.draft(area, "statement-pair", st.id());
            List<Context.Candidate> partners = Draft.pick(pool, 2, d.random);
            if (partners.size() < 2) {
                continue;
            }
            List<Draft.Stmt> two = new ArrayList<>();
            List<Draft.Stmt> three = new ArrayList<>();
            two.add(own);
            three.add(own);
            two.add(stated(partners.getFirst(), d.random.nextBoolean()));
            three.add(stated(partners.getFirst(), d.random.nextBoolean()));
            three.add(stated(partners.get(1), d.random.nextBoolean()));
            if (d.random.nextBoolean()) {
                java.util.Collections.reverse(two);
            }
            emit(ctx, d, st, two, partners.subList(0, 1), false);
            Draft h = ctx.draft(area, "statement-triple", st.id());
            emit(ctx, h, st, three, partners, true);
        }
    }

    private static Draft.Stmt stated(Context.Candidate c, boolean truly) {
        return truly ? new Draft.Stmt(c.trueText(), c.trueClaim(), true) : new Draft.Stmt(c.falseText(), c.falseClaim(), false);
    }

    private static void emit(Context ctx, Draft d, Statement st, List<Draft.Stmt> stmts, List<Context.Candidate> partners,
                             boolean howMany) {
        if (howMany) {
            d.howMany(null, stmts);
        } else {
            d.whichStatements(null, stmts);
        }
        List<String> ids = new ArrayList<>();
        ids.add(st.id());
        partners.forEach(p -> ids.add(p.factId()));
        List<org.cstoquiz.domain.Citation> cites = new ArrayList<>(st.citations());
        partners.forEach(p -> cites.addAll(p.citations().stream().limit(1).toList()));
        Optional<PartialDate> frame = st.asOf().or(() -> partners.stream().map(Context.Candidate::timeFrame)
                .flatMap(Optional::stream).findFirst());
        frame.ifPresent(d::timeFrame);
        StringBuilder because = new StringBuilder();
        for (Draft.Stmt s : stmts) {
            because.append(s.truth() ? "Correct: " : "Incorrect: ").append(s.text()).append(' ');
        }
        for (Context.Candidate p : partners) {
            because.append("In fact: ").append(p.trueText()).append(' ');
        }
        d.facts(ids).cite(cites).because(because.toString().strip()).difficulty(howMany ? 0.65 : 0.55).emit();
    }
}

package org.cstoquiz.engine.generate;

import java.util.List;
import org.cstoquiz.domain.FactBase;

/**
 * Enumerates every question the facts support, area by area. Deterministic: the same facts and
 * the same seed give the same bank, question for question. The seed only chooses distractors (and
 * the false statements of the exam formats) and the order of the options; what is asked follows
 * from the facts alone.
 */
public final class QuestionBank {

    private static final List<AreaGenerator> GENERATORS = List.of(
            new DatesGenerator(),
            new MembersGenerator(),
            new ArticlesGenerator(),
            new OrgansGenerator(),
            new PeopleGenerator(),
            new FiguresGenerator(),
            new OperationsGenerator(),
            new RelationsGenerator(),
            new ExamStatements());

    private QuestionBank() {
    }

    /** Every question the facts support, with the seed choosing distractors and option order. */
    public static Bank generate(FactBase facts, long seed) {
        Context ctx = new Context(facts, seed);
        for (AreaGenerator generator : GENERATORS) {
            generator.generate(ctx);
        }
        return new Bank(facts.pack().id(), seed, ctx.generated(), ctx.dropped());
    }
}

package org.cstoquiz.engine.generate;

import java.util.List;
import org.cstoquiz.domain.FactBase;

/**
 * Enumerates every question the facts support, family by family. Deterministic: the same facts and
 * the same seed give the same bank, question for question. The seed only chooses distractors (and
 * whether an exam-format statement is put truly or falsely) and the order of the options; what is
 * asked follows from the facts alone. A valid pack always yields a bank: a fact that yields no
 * question is listed in {@link Bank#skipped()} with the reason.
 */
public final class QuestionBank {

    private static final List<Family> FAMILIES = List.of(
            new EventYearFamily(),
            new EventDateFamily(),
            new EventPlaceFamily(),
            new EventActorFamily(),
            new YearEventsFamily(),
            new ChronologyFamily(),
            new MembershipAtDateFamily(),
            new MembershipStatusFamily(),
            new StatusChangeFamily(),
            new MemberCountFamily(),
            new AssertionReasonFamily(),
            new OtherOrganizationsFamily(),
            new ArticleFamily(),
            new DocumentFamily(),
            new OrganAttributeFamily(),
            new OrganStructureFamily(),
            new OfficeFamily(),
            new OrganizationFamily(),
            new HolderFamily(),
            new SeatFamily(),
            new FigureFamily(),
            new FigureComparisonFamily(),
            new ForceFamily(),
            new OperationFamily(),
            new RelationFamily(),
            new StatementFamily(),
            new ExamStatementsFamily());

    private QuestionBank() {
    }

    /** Every question the facts support, with the seed choosing distractors and option order. */
    public static Bank generate(FactBase facts, long seed) {
        Context ctx = new Context(facts, seed);
        for (Family family : FAMILIES) {
            family.generate(ctx);
        }
        return new Bank(facts.pack().id(), seed, ctx.generated(), ctx.dropped(), ctx.skipped());
    }
}

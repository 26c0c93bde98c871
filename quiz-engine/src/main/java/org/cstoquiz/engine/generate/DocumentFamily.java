package org.cstoquiz.engine.generate;

import java.util.ArrayList;
import java.util.List;
import org.cstoquiz.domain.Area;
import org.cstoquiz.domain.Document;
import org.cstoquiz.domain.Names;
import org.cstoquiz.engine.question.Numeric;

/**
 * The documents: what each does ("Which document regulates military-technical cooperation?"), for how
 * long it was concluded, and by what other name it is known.
 */
final class DocumentFamily implements Family {

    @Override
    public void generate(Context ctx) {
        List<Document> documents = ctx.facts.documents().stream().filter(d -> ctx.examWorthy(d.id())).toList();
        List<AttributeQuestions.Item> summaries = new ArrayList<>();
        List<AttributeQuestions.Item> terms = new ArrayList<>();
        for (Document d : documents) {
            d.summary().filter(s -> AttributeQuestions.fits(ctx, d, "summary", s.value()))
                    .ifPresent(s -> summaries.add(item(d, "summary", s.value(), s.citations())));
            d.term().ifPresent(t -> terms.add(item(d, "term", t.value(), t.citations())));
            alsoKnownAs(ctx, d);
        }
        AttributeQuestions.forward(ctx, Area.ARTICLES, "document-summary", summaries);
        AttributeQuestions.reverse(ctx, Area.ARTICLES, "summary-document", "Which document", summaries);
        AttributeQuestions.trueFalse(ctx, Area.ARTICLES, "document-summary-tf", summaries);
        for (AttributeQuestions.Item t : terms) {
            OfficeFamily.years(t.value()).ifPresent(n -> ctx.draft(Area.ARTICLES, "document-term-numeric", t.fact().id())
                    .stem("For how many years was " + t.subject() + " concluded? Enter the number of years.")
                    .numeric(Numeric.exactly(n), AttributeQuestions.is(t, t.value()))
                    .facts(t.fact().id()).cite(t.citations()).because(Texts.sentence(t.sentence())).difficulty(0.45).emit());
        }
        AttributeQuestions.trueFalse(ctx, Area.ARTICLES, "document-term-tf", terms);
    }

    private static AttributeQuestions.Item item(Document d, String attribute, String value, List<org.cstoquiz.domain.Citation> cites) {
        return new AttributeQuestions.Item(d, d.name(), Wording.shown(d), false, attribute.equals("term"), attribute, value,
                d.kind().name(), cites);
    }

    /** "By what other name is the Collective Security Treaty known?": typed, any of its other names accepted. */
    private void alsoKnownAs(Context ctx, Document d) {
        List<String> other = d.variants().stream().filter(v -> Texts.words(v).stream().noneMatch(Texts.words(d.name())::contains))
                .map(Names::bare).toList();
        if (other.isEmpty() || d.summary().isEmpty() && d.term().isEmpty()) {
            return;
        }
        List<String> accepted = new ArrayList<>(other);
        d.variants().stream().map(Names::bare).filter(v -> !accepted.contains(v)).forEach(accepted::add);
        ctx.draft(Area.ARTICLES, "document-other-name", d.id())
                .stem("By what other name is " + d.name() + " known?")
                .shortAnswer(accepted, new Assertion.AttributeIs(d.id(), "variant", d.variants().get(d.variants().indexOf(
                        d.variants().stream().filter(v -> Names.bare(v).equals(other.getFirst())).findFirst().orElseThrow()))))
                .facts(d.id()).cite(d.citations())
                .because(Texts.sentence(Names.capitalized(d.name()) + " is also known as " + Texts.joinAnd(other)))
                .difficulty(0.45).emit();
    }
}

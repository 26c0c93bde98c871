package org.cstoquiz.app.review;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.cstoquiz.app.bank.ExportRequest;
import org.cstoquiz.app.bank.QuestionBankService;
import org.cstoquiz.app.facts.FactCatalog;
import org.cstoquiz.domain.Area;
import org.cstoquiz.domain.Fact;
import org.cstoquiz.domain.FactBase;
import org.cstoquiz.domain.PackInfo;
import org.cstoquiz.domain.PartialDate;
import org.cstoquiz.domain.SourceDocument;
import org.cstoquiz.engine.generate.Bank;
import org.springframework.stereotype.Component;

/**
 * What review asks about, per pack: the facts with a question, their questions in turn, the
 * learner's cards on them, and how facts and sources are named.
 */
@Component
class ReviewQuestions {

    /** A fact id inside a label: dot-separated lower-case words, at least two. */
    private static final Pattern FACT_ID = Pattern.compile("\\b[a-z][a-z0-9-]*(\\.[a-z0-9][a-z0-9-]*)+\\b");

    private final QuestionBankService bank;
    private final FactCatalog catalog;
    private final ReviewCardRepository cards;
    private final Map<String, ReviewPool> pools = new ConcurrentHashMap<>();

    ReviewQuestions(QuestionBankService bank, FactCatalog catalog, ReviewCardRepository cards) {
        this.bank = bank;
        this.catalog = catalog;
        this.cards = cards;
    }

    List<PackInfo> packs() {
        return catalog.packs();
    }

    String builtIn() {
        return catalog.primary().pack().id();
    }

    /** The questions of pack {@code packId}, rebuilt when its bank is. */
    ReviewPool pool(String packId) {
        Bank current = bank.bank(packId, ExportRequest.DEFAULT_SEED);
        ReviewPool known = pools.get(packId);
        if (known == null || known.bank() != current) {
            known = ReviewPool.of(current);
            pools.put(packId, known);
        }
        return known;
    }

    /** The learner's cards on facts of the pool that still have a question. */
    List<ReviewCard> reviewable(String user, ReviewPool questions) {
        return cards.findByUsernameAndPack(user, questions.pack()).stream()
                .filter(c -> questions.has(c.factId()))
                .toList();
    }

    /** How many facts of each area of pack {@code packId} can be reviewed. */
    Map<Area, Integer> reviewableFactsPerArea(String packId) {
        ReviewPool questions = pool(packId);
        Map<Area, Integer> counts = new EnumMap<>(Area.class);
        for (Area area : Area.values()) {
            counts.put(area, 0);
        }
        questions.facts().forEach(f -> counts.merge(questions.forFact(f).getFirst().area(), 1, Integer::sum));
        return counts;
    }

    /**
     * The name of a fact of a pack, for lists: its label, with the ids of other facts it mentions
     * ("country.tajikistan in org.csto") replaced by their names ("Tajikistan in CSTO").
     */
    String label(String pack, String factId) {
        FactBase base = catalog.pack(pack);
        String label = base.find(factId).map(Fact::label).orElse(factId);
        return FACT_ID.matcher(label).replaceAll(found -> Matcher.quoteReplacement(
                base.find(found.group()).filter(f -> !f.id().equals(factId)).map(Fact::label).orElse(found.group())));
    }

    /** The sources of a question, by title, with when their information holds. */
    List<SourceLine> sources(ReviewItem item) {
        return item.question().sources().stream().map(source -> {
            Optional<SourceDocument> document = catalog.pack(item.pack()).pack().source(source.document());
            return new SourceLine(document.map(SourceDocument::title).orElse(source.document()),
                    document.flatMap(SourceDocument::asOf).map(PartialDate::display), source.quote());
        }).toList();
    }
}

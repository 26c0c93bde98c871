package org.cstoquiz.app.curation;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.cstoquiz.engine.generate.Bank;
import org.cstoquiz.engine.generate.GeneratedQuestion;
import org.cstoquiz.engine.question.Question;

/**
 * Curations applied to a generated bank. A curation finds its generated question by id, or, when
 * the generator has changed the question since, by its type and stem (the seed chooses only
 * distractors and option order, never what is asked, and a bank never asks the same stem twice; so
 * a curation also follows its question into the banks of other seeds). Then a retired question is
 * left out and a corrected one replaced by its edited copy. A curation is <em>stale</em> when the
 * question it found in the bank of its own seed is no longer the one it was made on; it is an
 * <em>orphan</em> when the bank has no such question any more (an orphan changes nothing).
 *
 * @param served  the bank as it is served
 * @param matched the generated question each curation found, by curation id
 * @param stale   the curations whose generated question has changed since
 */
record AppliedCuration(Bank served, Map<Long, Question> matched, Set<Long> stale) {

    static AppliedCuration of(Bank generated, List<Curation> curations) {
        Map<String, Curation> byId = new HashMap<>();
        Map<String, Curation> byStem = new HashMap<>();
        for (Curation curation : curations) {
            byId.put(curation.questionId(), curation);
            byStem.putIfAbsent(stemKey(curation.original()), curation);
        }
        Map<Long, Question> matched = new HashMap<>();
        Set<Long> stale = new HashSet<>();
        List<GeneratedQuestion> served = new ArrayList<>();
        Set<String> servedIds = new HashSet<>();
        for (GeneratedQuestion generatedQuestion : generated.generated()) {
            Question question = generatedQuestion.question();
            Curation curation = byId.get(question.id());
            if (curation == null) {
                curation = byStem.get(stemKey(question));
                if (curation != null && byIdInBank(generated, curation)) {
                    curation = null; // its own question is in this bank too: this one only has the same stem
                }
            }
            GeneratedQuestion serve = generatedQuestion;
            if (curation != null && matched.putIfAbsent(curation.id(), question) == null) {
                if (curation.bankSeed() == generated.seed() && !QuestionJson.same(question, curation.original())) {
                    stale.add(curation.id());
                }
                if (curation.retired()) {
                    continue;
                }
                if (curation.edited().isPresent()) {
                    serve = new GeneratedQuestion(curation.edited().get(), generatedQuestion.family(),
                            generatedQuestion.checks(), generatedQuestion.timeFrame(),
                            generatedQuestion.precision());
                }
            }
            if (servedIds.add(serve.question().id())) {
                served.add(serve);
            }
        }
        return new AppliedCuration(new Bank(generated.packId(), generated.seed(), served, generated.dropped(), generated.skipped()),
                Map.copyOf(matched), Set.copyOf(stale));
    }

    private static boolean byIdInBank(Bank bank, Curation curation) {
        return bank.generated().stream().anyMatch(g -> g.question().id().equals(curation.questionId()));
    }

    /** The generated question a curation found in the bank, if any. */
    Optional<Question> current(Curation curation) {
        return Optional.ofNullable(matched.get(curation.id()));
    }

    boolean isStale(Curation curation) {
        return stale.contains(curation.id());
    }

    boolean isOrphan(Curation curation) {
        return !matched.containsKey(curation.id());
    }

    /** Type and stem with its blanks collapsed: what a question asks, whatever its options. */
    static String stemKey(Question question) {
        return question.type().jsonName() + "|" + question.stem().strip().replaceAll("\\s+", " ");
    }
}

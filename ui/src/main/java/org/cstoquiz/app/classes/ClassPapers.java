package org.cstoquiz.app.classes;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.cstoquiz.app.assessment.Blueprint;
import org.cstoquiz.app.attempt.QuestionPool;
import org.cstoquiz.app.bank.QuestionBankService;
import org.cstoquiz.domain.PackInfo;
import org.cstoquiz.engine.question.Question;
import org.springframework.stereotype.Component;

/**
 * Fixed papers: the questions an instructor chose in the question bank (by their ids, as the bank's
 * export bar lists them), checked when assigned and served as they are now when a learner starts.
 * Papers are chosen from the bank tests are served from (each pack's bank of {@link QuestionPool#BANK_SEED}).
 */
@Component
class ClassPapers {

    private final QuestionPool pool;
    private final QuestionBankService bank;

    ClassPapers(QuestionPool pool, QuestionBankService bank) {
        this.pool = pool;
        this.bank = bank;
    }

    /** The ids typed or pasted: separated by spaces, commas, semicolons or new lines. */
    static List<String> ids(String typed) {
        if (typed == null) {
            return List.of();
        }
        return Arrays.stream(typed.split("[\\s,;]+")).filter(id -> !id.isEmpty()).toList();
    }

    List<PackInfo> packs() {
        return pool.packs();
    }

    /**
     * The paper's question ids, checked: at least one, at most a test's worth, each once, each a
     * question of the pack's bank as it is served.
     *
     * @throws ClassException saying what is wrong
     */
    List<String> check(String packId, List<String> ids) {
        if (pool.packs().stream().noneMatch(pack -> pack.id().equals(packId))) {
            throw new ClassException("Choose the organization whose questions make the paper.");
        }
        if (ids.isEmpty()) {
            throw new ClassException("A paper needs at least one question: paste the ids the question bank lists for "
                    + "the questions you ticked.");
        }
        if (ids.size() > Blueprint.MAX_QUESTIONS) {
            throw new ClassException("A paper has at most " + Blueprint.MAX_QUESTIONS + " questions; this one has "
                    + ids.size() + ".");
        }
        Set<String> once = new LinkedHashSet<>();
        List<String> twice = ids.stream().filter(id -> !once.add(id)).distinct().toList();
        if (!twice.isEmpty()) {
            throw new ClassException("A question is on the paper twice: " + String.join(", ", twice) + ".");
        }
        List<Optional<Question>> served = bank.asServedNow(packId, QuestionPool.BANK_SEED, ids);
        List<String> unknown = new ArrayList<>();
        for (int i = 0; i < ids.size(); i++) {
            if (served.get(i).isEmpty()) {
                unknown.add(ids.get(i));
            }
        }
        if (!unknown.isEmpty()) {
            throw new ClassException((unknown.size() == 1 ? "Not a question" : unknown.size() + " ids are not questions")
                    + " of the bank tests are served from (seed " + QuestionPool.BANK_SEED + "), or retired: "
                    + String.join(", ", unknown.stream().limit(5).toList()) + (unknown.size() > 5 ? ", …" : "") + ".");
        }
        return List.copyOf(ids);
    }

    /** The paper as it is served now: its questions in order, those retired since left out. */
    Served served(StoredAssignment paper) {
        List<String> ids = paper.getPaperQuestions();
        List<Optional<Question>> now = bank.asServedNow(paper.getPaperPack(), paper.getPaperSeed(), ids);
        List<Question> questions = new ArrayList<>();
        List<String> leftOut = new ArrayList<>();
        for (int i = 0; i < ids.size(); i++) {
            if (now.get(i).isPresent()) {
                questions.add(now.get(i).get());
            } else {
                leftOut.add(ids.get(i));
            }
        }
        return new Served(questions, leftOut);
    }

    /** A paper's questions as served now, and the ids of those left out (retired since it was assigned). */
    record Served(List<Question> questions, List<String> leftOut) {
    }
}

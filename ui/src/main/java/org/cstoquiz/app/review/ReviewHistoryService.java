package org.cstoquiz.app.review;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.cstoquiz.domain.Area;
import org.cstoquiz.engine.schedule.Card;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** What a learner's reviews add up to, for the progress screen: answers, cards and what is left to learn. */
@Service
@Transactional(readOnly = true)
public class ReviewHistoryService {

    private final ReviewCardRepository cards;
    private final ReviewLogRepository log;
    private final ReviewQuestions questions;

    ReviewHistoryService(ReviewCardRepository cards, ReviewLogRepository log, ReviewQuestions questions) {
        this.cards = cards;
        this.log = log;
        this.questions = questions;
    }

    /** Review answers of pack {@code pack} since {@code since}, and every fact of it reviewed. */
    public ReviewHistory history(String user, String pack, Instant since) {
        List<ReviewHistory.Answer> answers = log
                .findByUsernameAndPackAndReviewedAtGreaterThanEqualOrderByReviewedAtAsc(user, pack, since).stream()
                .map(ReviewLogEntry::toAnswer).toList();
        Map<String, ReviewLogRepository.FactCounts> counts = log.countsPerFact(user, pack).stream()
                .collect(Collectors.toMap(ReviewLogRepository.FactCounts::getFactId, c -> c));
        Map<String, ReviewLogEntry> latest = log.latestPerFact(user, pack).stream()
                .collect(Collectors.toMap(ReviewLogEntry::factId, e -> e, (a, b) -> a.id() > b.id() ? a : b));
        List<ReviewHistory.FactRecord> facts = new ArrayList<>();
        for (ReviewCard card : cards.findByUsernameAndPack(user, pack)) {
            ReviewLogEntry last = latest.get(card.factId());
            ReviewLogRepository.FactCounts figures = counts.get(card.factId());
            if (last == null || figures == null) {
                continue;
            }
            facts.add(new ReviewHistory.FactRecord(card.factId(), last.toAnswer().area(), card.card(),
                    (int) figures.getAnswered(), (int) figures.getRightAnswers(), last.correct()));
        }
        facts.sort(Comparator.comparing(ReviewHistory.FactRecord::factId));
        return new ReviewHistory(pack, answers, facts);
    }

    /** The probability of recalling a card at {@code now}, from the forgetting curve (0 for a new card). */
    public double retrievability(Card card, Instant now) {
        return ReviewService.FSRS.retrievability(card, now);
    }

    /** How many facts of each area can be reviewed (those with a question), in the built-in pack. */
    public Map<Area, Integer> reviewableFactsPerArea() {
        return reviewableFactsPerArea(questions.builtIn());
    }

    /** How many facts of each area of pack {@code packId} can be reviewed. */
    public Map<Area, Integer> reviewableFactsPerArea(String packId) {
        return questions.reviewableFactsPerArea(packId);
    }
}

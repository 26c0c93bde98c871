package org.cstoquiz.app.review;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.cstoquiz.domain.Area;
import org.cstoquiz.engine.generate.Bank;
import org.cstoquiz.engine.question.Question;
import org.cstoquiz.engine.question.QuestionType;

/**
 * The questions of each fact of a bank, the types taking turns (a fact asked as single choice,
 * then true/false, then by its year...), and the order new facts are introduced in: the areas
 * taking turns, each in bank order.
 */
record ReviewPool(Bank bank, Map<String, List<Question>> byFact, List<String> newOrder) {

    /** Questions testing more facts than this are asked about a fact only when it has no other. */
    static final int MAX_FACTS_PER_QUESTION = 6;

    static ReviewPool of(Bank bank) {
        Map<String, List<Question>> all = new LinkedHashMap<>();
        for (Question q : bank.questions()) {
            for (String fact : q.factIds()) {
                all.computeIfAbsent(fact, f -> new ArrayList<>()).add(q);
            }
        }
        Map<String, List<Question>> byFact = new LinkedHashMap<>();
        all.forEach((fact, questions) -> byFact.put(fact, typesTakingTurns(questions)));
        Map<Area, List<String>> byArea = new EnumMap<>(Area.class);
        byFact.forEach((fact, questions) -> byArea.computeIfAbsent(questions.getFirst().area(),
                a -> new ArrayList<>()).add(fact));
        return new ReviewPool(bank, byFact, roundRobin(byArea.values()));
    }

    private static List<Question> typesTakingTurns(List<Question> questions) {
        List<Question> focused = questions.stream().filter(q -> q.factIds().size() <= MAX_FACTS_PER_QUESTION).toList();
        List<Question> usable = focused.isEmpty() ? questions : focused;
        Map<QuestionType, List<Question>> byType = new EnumMap<>(QuestionType.class);
        usable.stream()
                .sorted(Comparator.comparingInt((Question q) -> q.factIds().size()))
                .forEach(q -> byType.computeIfAbsent(q.type(), t -> new ArrayList<>()).add(q));
        List<List<Question>> groups = new ArrayList<>(byType.values());
        groups.sort(Comparator.comparingInt((List<Question> g) -> g.getFirst().factIds().size()));
        return roundRobin(groups);
    }

    private static <T> List<T> roundRobin(Collection<List<T>> lists) {
        List<T> out = new ArrayList<>();
        int longest = lists.stream().mapToInt(List::size).max().orElse(0);
        for (int i = 0; i < longest; i++) {
            for (List<T> list : lists) {
                if (i < list.size()) {
                    out.add(list.get(i));
                }
            }
        }
        return out;
    }

    String pack() {
        return bank.packId();
    }

    boolean has(String fact) {
        return byFact.containsKey(fact);
    }

    List<Question> forFact(String fact) {
        return byFact.get(fact);
    }

    Set<String> facts() {
        return byFact.keySet();
    }
}

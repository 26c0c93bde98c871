package org.cstoquiz.engine.generate;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.cstoquiz.domain.Area;
import org.cstoquiz.engine.question.Question;
import org.cstoquiz.engine.question.QuestionType;

/**
 * A generated question bank.
 *
 * @param packId    the fact pack it was generated from
 * @param seed      the seed that chose distractors and option order
 * @param generated the questions with what they rest on, in generation order
 * @param dropped   candidate questions left out, counted by reason (for review)
 * @param skipped   exam-worthy facts asked by fewer than two kinds of question, and why
 */
public record Bank(String packId, long seed, List<GeneratedQuestion> generated, Map<String, Integer> dropped,
                   List<Skipped> skipped) {

    public Bank {
        Objects.requireNonNull(packId, "packId");
        generated = List.copyOf(generated);
        dropped = Map.copyOf(dropped);
        skipped = List.copyOf(skipped);
    }

    public List<Question> questions() {
        return generated.stream().map(GeneratedQuestion::question).toList();
    }

    public int size() {
        return generated.size();
    }

    public Map<Area, Integer> countByArea() {
        Map<Area, Integer> counts = new EnumMap<>(Area.class);
        for (Area a : Area.values()) {
            counts.put(a, 0);
        }
        generated.forEach(g -> counts.merge(g.question().area(), 1, Integer::sum));
        return counts;
    }

    public Map<QuestionType, Integer> countByType() {
        Map<QuestionType, Integer> counts = new EnumMap<>(QuestionType.class);
        for (QuestionType t : QuestionType.values()) {
            counts.put(t, 0);
        }
        generated.forEach(g -> counts.merge(g.question().type(), 1, Integer::sum));
        return counts;
    }

    public Map<String, Integer> countByFamily() {
        Map<String, Integer> counts = new TreeMap<>();
        generated.forEach(g -> counts.merge(g.family(), 1, Integer::sum));
        return counts;
    }

    /** Counts per area and per type, for reports. */
    public String summary() {
        StringBuilder sb = new StringBuilder();
        sb.append("Bank of pack ").append(packId).append(" (seed ").append(seed).append("): ")
                .append(size()).append(" questions\n");
        countByArea().forEach((a, n) -> sb.append(String.format("  %-18s %5d%n", a.key(), n)));
        countByType().forEach((t, n) -> sb.append(String.format("  %-18s %5d%n", t.jsonName(), n)));
        if (!skipped.isEmpty()) {
            sb.append(skipped.size()).append(" exam-worthy fact").append(skipped.size() == 1 ? " is" : "s are")
                    .append(" asked in fewer than two kinds of question:\n");
            skipped.forEach(s -> sb.append("  ").append(s).append('\n'));
        }
        return sb.toString();
    }
}

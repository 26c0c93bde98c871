package org.cstoquiz.app.attempt;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.function.Predicate;
import org.cstoquiz.app.bank.ExportRequest;
import org.cstoquiz.app.bank.QuestionBankService;
import org.cstoquiz.app.facts.FactCatalog;
import org.cstoquiz.app.facts.SourceNotes;
import org.cstoquiz.domain.Area;
import org.cstoquiz.domain.PackInfo;
import org.cstoquiz.engine.generate.Bank;
import org.cstoquiz.engine.paper.Draw;
import org.cstoquiz.engine.question.Question;
import org.cstoquiz.engine.question.QuestionType;
import org.springframework.stereotype.Component;

/** The questions practice sessions and tests are drawn from: each pack's bank of the default seed. */
@Component
public class QuestionPool {

    public static final long BANK_SEED = ExportRequest.DEFAULT_SEED;

    private final QuestionBankService bank;
    private final FactCatalog facts;

    QuestionPool(QuestionBankService bank, FactCatalog facts) {
        this.bank = bank;
        this.facts = facts;
    }

    /** The packs questions can be drawn from, the built-in one first. */
    public List<PackInfo> packs() {
        return facts.packs();
    }

    /** The id of the built-in pack, drawn from when no other is chosen. */
    public String builtIn() {
        return facts.primary().pack().id();
    }

    /** {@code packId} when it is loaded, otherwise the built-in pack (e.g. a pack chosen once and since removed). */
    public String loadedOrBuiltIn(String packId) {
        return packs().stream().map(PackInfo::id).filter(id -> id.equals(packId)).findFirst().orElseGet(this::builtIn);
    }

    /** The titles and dates of the sources a pack's questions cite, and where the sources disagree. */
    public SourceNotes sourceNotes(String packId) {
        return facts.sourceNotes(packId);
    }

    /** @throws java.util.NoSuchElementException when no pack has that id */
    public Bank source(String packId) {
        return bank.bank(packId, BANK_SEED);
    }

    /**
     * {@code count} questions of {@code pool} (fewer if it has fewer), spread over its areas and its
     * question types as evenly as it allows, in random order. Each question drawn is of the area and
     * type drawn least so far, each counted against its fair share (so with 8 areas and 9 types both
     * stay within about one question of even); areas or types the pool runs out of leave their turn
     * to the others. No two questions drawn rest on the same fact while the pool has questions on facts
     * not yet asked (a second question on a fact gives its answer away or asks it again); only a pool
     * too small for that repeats a fact.
     */
    public static List<Question> spread(List<Question> pool, int count, Random random) {
        return spread(pool, count, random, new Draw.Guard());
    }

    /**
     * As {@link #spread(List, int, Random)}, for one part of a sitting drawn in parts: {@code guard}
     * holds the facts the parts before asked, and takes this part's.
     */
    public static List<Question> spread(List<Question> pool, int count, Random random, Draw.Guard guard) {
        List<Question> shuffled = new ArrayList<>(pool);
        Collections.shuffle(shuffled, random);
        Map<Area, Map<QuestionType, Deque<Question>>> cells = cells(shuffled);
        Set<QuestionType> types = new HashSet<>();
        cells.values().forEach(byType -> types.addAll(byType.keySet()));
        Turns turns = new Turns(cells.size(), types.size());
        List<Question> drawn = new ArrayList<>(Math.min(count, shuffled.size()));
        List<Question> repeats = turns.fill(cells, count, drawn, guard::take);
        turns.fill(cells(repeats), count, drawn, question -> true);
        Collections.shuffle(drawn, random);
        return drawn;
    }

    private static Map<Area, Map<QuestionType, Deque<Question>>> cells(List<Question> questions) {
        Map<Area, Map<QuestionType, Deque<Question>>> cells = new LinkedHashMap<>();
        for (Question question : questions) {
            cells.computeIfAbsent(question.area(), area -> new LinkedHashMap<>())
                    .computeIfAbsent(question.type(), type -> new ArrayDeque<>()).add(question);
        }
        return cells;
    }

    /** Whose turn it is: the area and type drawn least so far, each counted against its fair share. */
    private static final class Turns {
        private final int areas;
        private final int types;
        private final Map<Area, Integer> areaCounts = new HashMap<>();
        private final Map<QuestionType, Integer> typeCounts = new HashMap<>();

        Turns(int areas, int types) {
            this.areas = areas;
            this.types = types;
        }

        /** Draws from {@code cells} into {@code drawn} until it holds {@code count}; returns the questions {@code takes} refused. */
        List<Question> fill(Map<Area, Map<QuestionType, Deque<Question>>> cells, int count, List<Question> drawn,
                Predicate<Question> takes) {
            List<Question> refused = new ArrayList<>();
            while (drawn.size() < count) {
                Area bestArea = null;
                QuestionType bestType = null;
                long bestCost = Long.MAX_VALUE;
                for (Map.Entry<Area, Map<QuestionType, Deque<Question>>> area : cells.entrySet()) {
                    for (Map.Entry<QuestionType, Deque<Question>> cell : area.getValue().entrySet()) {
                        if (cell.getValue().isEmpty()) {
                            continue;
                        }
                        // counts weighed by the number of the other kind, i.e. each against its fair share; the kind
                        // with fewer groups (and so the larger share each) is evened out first, the other breaks ties:
                        // 16 questions of 8 areas are two an area, 14 of 7 types two a type, whatever the other kind
                        long byArea = (long) areaCounts.getOrDefault(area.getKey(), 0) * types;
                        long byType = (long) typeCounts.getOrDefault(cell.getKey(), 0) * areas;
                        long cost = areas <= types ? byArea * 1_000_000L + byType : byType * 1_000_000L + byArea;
                        if (cost < bestCost) {
                            bestCost = cost;
                            bestArea = area.getKey();
                            bestType = cell.getKey();
                        }
                    }
                }
                if (bestArea == null) {
                    break;
                }
                Question next = cells.get(bestArea).get(bestType).poll();
                if (!takes.test(next)) {
                    refused.add(next);
                    continue;
                }
                drawn.add(next);
                areaCounts.merge(bestArea, 1, Integer::sum);
                typeCounts.merge(bestType, 1, Integer::sum);
            }
            return refused;
        }
    }

    /** The pack's questions of the areas and types (empty sets match everything), each id once, in bank order. */
    public List<Question> matching(String packId, Set<Area> areas, Set<QuestionType> types) {
        Map<String, Question> byId = new LinkedHashMap<>();
        for (Question question : source(packId).questions()) {
            if ((areas.isEmpty() || areas.contains(question.area()))
                    && (types.isEmpty() || types.contains(question.type()))) {
                byId.putIfAbsent(question.id(), question);
            }
        }
        return new ArrayList<>(byId.values());
    }
}

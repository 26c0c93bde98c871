package org.cstoquiz.engine.generate;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SplittableRandom;
import org.cstoquiz.domain.Citation;
import org.cstoquiz.domain.ConflictingClaims;
import org.cstoquiz.domain.Fact;
import org.cstoquiz.domain.FactBase;
import org.cstoquiz.domain.Named;
import org.cstoquiz.domain.PartialDate;
import org.cstoquiz.domain.SourceDocument;
import org.cstoquiz.engine.question.Area;
import org.cstoquiz.engine.question.Source;

/** What every generator shares: the facts, the seed, the sources, and the list questions go to. */
final class Context {

    final FactBase facts;
    final long seed;
    final ClaimChecker checker;
    private final Map<String, List<ConflictingClaims>> conflictsByFact = new HashMap<>();
    private final List<GeneratedQuestion> out = new ArrayList<>();
    private final Set<String> ids = new HashSet<>();
    private final Map<String, Integer> dropped = new HashMap<>();

    Context(FactBase facts, long seed) {
        this.facts = facts;
        this.seed = seed;
        this.checker = new ClaimChecker(facts);
        for (ConflictingClaims c : facts.all(ConflictingClaims.class)) {
            for (String id : c.facts()) {
                conflictsByFact.computeIfAbsent(id, k -> new ArrayList<>()).add(c);
            }
        }
    }

    /** A random source for one item, independent of the order in which items are generated. */
    SplittableRandom random(String key) {
        long h = 0xcbf29ce484222325L;
        for (byte b : key.getBytes(StandardCharsets.UTF_8)) {
            h ^= b;
            h *= 0x100000001b3L;
        }
        return new SplittableRandom(mix(seed ^ mix(h)));
    }

    private static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
        z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
        return z ^ (z >>> 31);
    }

    Draft draft(Area area, String family, String key) {
        return new Draft(this, area, family, family + "|" + key);
    }

    // ---------------------------------------------------------------- names and sources

    String name(String factId) {
        Fact f = facts.find(factId).orElseThrow(() -> new IllegalArgumentException("no fact " + factId));
        return f instanceof Named n ? n.name() : f.label();
    }

    /** The conflicts that concern any of the facts. */
    List<ConflictingClaims> conflictsAbout(List<String> factIds) {
        Set<ConflictingClaims> found = new LinkedHashSet<>();
        factIds.forEach(id -> found.addAll(conflictsByFact.getOrDefault(id, List.of())));
        return List.copyOf(found);
    }

    boolean contested(String factId) {
        return conflictsByFact.containsKey(factId);
    }

    /**
     * A source the stem can name to make contested facts unambiguous: one the question cites, that
     * backs the adopted reading of every conflict and no rejected one, and whose quote contains every
     * hint (the year, month or place asked, so that the source named really gives it). The shortest title wins.
     */
    Optional<SourceDocument> attributionFor(List<ConflictingClaims> conflicts, List<Citation> citations, List<String> hints) {
        return citations.stream().map(Citation::source).distinct()
                .filter(file -> conflicts.stream().allMatch(cc -> cc.adoptedClaim().sources().contains(file)
                        && cc.rejectedClaims().stream().noneMatch(r -> r.sources().contains(file))))
                .filter(file -> hints.isEmpty() || citations.stream().filter(c -> c.source().equals(file))
                        .anyMatch(c -> hints.stream().allMatch(h -> (" " + Texts.normalized(c.quote()) + " ")
                                .contains(" " + Texts.normalized(h) + " "))))
                .map(this::source).flatMap(Optional::stream)
                .min(java.util.Comparator.comparingInt((SourceDocument d) -> shortTitle(d).length())
                        .thenComparing(SourceDocument::file));
    }

    /** True when a rejected claim of one of the conflicts says {@code text} (so it must not be a distractor). */
    boolean disputed(List<ConflictingClaims> conflicts, String text) {
        if (!text.matches(".*\\d.*")) {
            return false;
        }
        for (ConflictingClaims c : conflicts) {
            for (org.cstoquiz.domain.Claim claim : c.rejectedClaims()) {
                if (Texts.containsWords(claim.says(), text)
                        || claim.citations().stream().anyMatch(q -> Texts.containsWords(q.quote(), text))) {
                    return true;
                }
            }
        }
        return false;
    }

    /** {@link #disputed(List, String)} for the conflicts about the facts. */
    boolean disputed(String text, List<String> factIds) {
        return disputed(conflictsAbout(factIds), text);
    }

    Optional<SourceDocument> source(String file) {
        return facts.pack().source(file);
    }

    /** "the organization's own page", "the encyclopaedia article (Britannica)"... */
    static String shortTitle(SourceDocument source) {
        String t = source.title().replace("\"", "");
        if (t.startsWith("The ")) {
            t = t.substring(4);
        }
        int colon = t.indexOf(':');
        if (colon > 0) {
            t = t.substring(0, colon);
        }
        int with = t.indexOf(" with ");
        if (with > 0) {
            t = t.substring(0, with);
        }
        return "the " + Character.toLowerCase(t.charAt(0)) + t.substring(1);
    }

    List<Source> sources(List<Citation> citations) {
        List<Source> sources = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (Citation c : citations) {
            if (seen.add(c.source() + "\u0000" + c.quote())) {
                sources.add(new Source(c.source(), c.quote()));
            }
        }
        return sources;
    }

    /**
     * The explanation: the fact in a sentence (with its date), then each citation with its source's
     * title, file and the date its information holds.
     */
    String explanation(String statement, List<Citation> citations) {
        StringBuilder sb = new StringBuilder(Texts.sentence(statement));
        Set<String> seen = new HashSet<>();
        int shown = 0;
        for (Citation c : citations) {
            if (!seen.add(c.source()) || shown == Draft.MAX_SOURCES) {
                continue;
            }
            shown++;
            SourceDocument doc = source(c.source()).orElseThrow();
            String title = shortTitle(doc);
            sb.append(" Source: ").append(Character.toUpperCase(title.charAt(0))).append(title.substring(1))
                    .append(" (").append(doc.file())
                    .append(doc.asOf().map(a -> ", information as of " + a.display()).orElse(""))
                    .append("): \u201C").append(c.quote().strip()).append("\u201D.");
        }
        return sb.toString();
    }

    String conflictNote(List<ConflictingClaims> conflicts) {
        StringBuilder sb = new StringBuilder();
        for (ConflictingClaims c : conflicts) {
            sb.append(" Sources differ here (").append(Texts.clause(c.topic())).append("): ");
            List<String> parts = new ArrayList<>();
            c.claims().forEach(claim -> parts.add(Texts.clause(claim.says()) + " ("
                    + String.join(", ", claim.sources().stream().map(s -> source(s).map(Context::shortTitle).orElse(s)).toList())
                    + claim.asOf().map(a -> ", as of " + a.display()).orElse("") + ")"));
            sb.append(String.join("; ", parts)).append(".");
        }
        return sb.toString();
    }

    // ---------------------------------------------------------------- statements for the exam formats

    /**
     * A fact that can be stated truly or falsely, for "Consider the following statements" items.
     *
     * @param timeFrame the date the statements name, for time-dependent facts
     */
    record Candidate(Area area, String factId, String trueText, Claim trueClaim, String falseText, Claim falseClaim,
                     List<Citation> citations, Optional<PartialDate> timeFrame) {
    }

    private final List<Candidate> candidates = new ArrayList<>();

    void candidate(Candidate c) {
        if (!contested(c.factId())) {
            candidates.add(c);
        }
    }

    List<Candidate> candidates(Area area) {
        return candidates.stream().filter(c -> c.area() == area).toList();
    }

    // ---------------------------------------------------------------- output

    private final Set<String> stems = new HashSet<>();

    void accept(GeneratedQuestion q) {
        if (!stems.add(q.question().stem())) {
            drop(q.family() + ": same stem as an earlier question");
        } else if (ids.add(q.question().id())) {
            out.add(q);
        } else {
            drop("duplicate");
        }
    }

    void drop(String reason) {
        dropped.merge(reason, 1, Integer::sum);
    }

    List<GeneratedQuestion> generated() {
        return List.copyOf(out);
    }

    Map<String, Integer> dropped() {
        return Map.copyOf(dropped);
    }

    /** The engine's area for a fact's area. */
    static Area area(Fact fact) {
        return Area.valueOf(fact.area().name());
    }

    /** True when the claim is settled as {@code expected} by the facts. */
    boolean holds(Claim claim, boolean expected) {
        return checker.evaluate(claim) == org.cstoquiz.domain.Truth.of(expected);
    }

    /**
     * A bit that depends on the text only, not on the seed: decides content (whether a true/false
     * item states the fact or a falsehood) so that the seed never changes what is asked.
     */
    static boolean stableBit(String text) {
        long h = 0xcbf29ce484222325L;
        for (byte b : text.getBytes(StandardCharsets.UTF_8)) {
            h ^= b;
            h *= 0x100000001b3L;
        }
        return (mix(h) & 1) == 0;
    }

    static PartialDate year(int y) {
        return PartialDate.ofYear(y);
    }
}

package org.cstoquiz.engine.generate;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.cstoquiz.domain.Organization;
import java.util.Set;
import java.util.SplittableRandom;
import org.cstoquiz.domain.Area;
import org.cstoquiz.domain.Citation;
import org.cstoquiz.domain.Claim;
import org.cstoquiz.domain.ConflictingClaims;
import org.cstoquiz.domain.Fact;
import org.cstoquiz.domain.FactBase;
import org.cstoquiz.domain.SourceDocument;
import org.cstoquiz.domain.Truth;
import org.cstoquiz.engine.question.QuestionType;
import org.cstoquiz.engine.question.Source;

/** What every family shares: the facts, the seed, the wording, and the list questions go to. */
final class Context {

    final FactBase facts;
    final long seed;
    final AssertionChecker checker;
    final Wording words;
    private final Map<String, List<ConflictingClaims>> conflictsByFact = new HashMap<>();
    private final List<GeneratedQuestion> out = new ArrayList<>();
    private final Map<String, java.util.Set<org.cstoquiz.engine.question.QuestionType>> typesByFact = new HashMap<>();
    private final Set<String> ids = new HashSet<>();
    private final Set<String> stems = new HashSet<>();
    private final Map<String, Integer> dropped = new HashMap<>();
    private final Map<String, String> whyNot = new LinkedHashMap<>();
    private final List<StatementCandidate> candidates = new ArrayList<>();

    Context(FactBase facts, long seed) {
        this.facts = facts;
        this.seed = seed;
        this.checker = new AssertionChecker(facts);
        this.words = new Wording(facts);
        for (ConflictingClaims c : facts.conflicts()) {
            for (String id : c.facts()) {
                conflictsByFact.computeIfAbsent(id, k -> new ArrayList<>()).add(c);
            }
        }
    }

    /** A random source for one item, independent of the order in which items are generated. */
    SplittableRandom random(String key) {
        return new SplittableRandom(mix(seed ^ mix(hash(key))));
    }

    private static long hash(String text) {
        long h = 0xcbf29ce484222325L;
        for (byte b : text.getBytes(StandardCharsets.UTF_8)) {
            h ^= b;
            h *= 0x100000001b3L;
        }
        return h;
    }

    private static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
        z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
        return z ^ (z >>> 31);
    }

    /**
     * A bit that depends on the text only, not on the seed: decides content (whether a true/false item
     * states the fact or a falsehood) so that the seed never changes what is asked.
     */
    static boolean stableBit(String text) {
        return (mix(hash(text)) & 1) == 0;
    }

    /**
     * Whether a true/false item that could be put either way states the fact (one time in four) or a
     * falsehood: the items that can only be put truly (a statement in its author's words, a function no
     * other organ has) would otherwise leave seven keys in ten "true", and a candidate who answers "true"
     * throughout would pass. Like {@link #stableBit}, it depends on the text only.
     */
    static boolean statesTheFact(String text) {
        return (mix(hash(text)) & 3) == 0;
    }

    Draft draft(Area area, String family, String key) {
        return new Draft(this, area, family, family + "|" + key);
    }

    /** The engine's area for a fact's area. */
    static Area area(Fact fact) {
        return Area.valueOf(fact.area().name());
    }

    boolean examWorthy(String factId) {
        return facts.isExamWorthy(factId);
    }

    /** True when the assertion is settled as {@code expected} by the facts. */
    boolean holds(Assertion assertion, boolean expected) {
        return checker.evaluate(assertion) == Truth.of(expected);
    }

    /**
     * The other organization a statement is about, which a list's lead-in then names beside the pack's
     * own: another organization's members, aims or charter ("As of 20 May 2012, China was a member of the SCO").
     */
    Optional<Organization> otherOrganization(String factId) {
        String own = facts.pack().organization();
        Optional<String> other = switch (facts.find(factId).orElse(null)) {
            case org.cstoquiz.domain.Membership m -> Optional.of(m.organization());
            case Organization o -> Optional.of(o.id());
            // "the CSTO's members included all six members of EurAsEC": the organization on the other side
            case org.cstoquiz.domain.Relation r when r.kind() == org.cstoquiz.domain.RelationKind.OVERLAPS_WITH -> java.util.stream.Stream.of(r.subject(), r.object())
                    .filter(id -> !id.equals(own) && facts.find(id, Organization.class).isPresent()).findFirst();
            case org.cstoquiz.domain.Article a -> facts.find(a.document(), org.cstoquiz.domain.Document.class)
                    .flatMap(org.cstoquiz.domain.Document::organization);
            // "Albania withdrew from the Warsaw Pact": an event of another organization, not the pack's own
            case org.cstoquiz.domain.Event e when !e.subjects().contains(own) -> e.subjects().stream()
                    .filter(id -> facts.find(id, Organization.class).isPresent()).findFirst();
            case null, default -> Optional.empty();
        };
        return other.filter(id -> !id.equals(own)).flatMap(id -> facts.find(id, Organization.class));
    }

    // ---------------------------------------------------------------- disagreements and sources

    List<ConflictingClaims> conflictsAbout(List<String> factIds) {
        Set<ConflictingClaims> found = new LinkedHashSet<>();
        factIds.forEach(id -> found.addAll(conflictsByFact.getOrDefault(id, List.of())));
        return List.copyOf(found);
    }

    boolean contested(String factId) {
        return conflictsByFact.containsKey(factId);
    }

    /**
     * Whether some source settles a contested question: one the question cites, whose quote contains every hint (the
     * year or place asked, so that the source really gives it), and that backs the adopted reading of every conflict
     * and no rejected one; or else, when every citation comes from one source that takes one side only, that source.
     */
    boolean someSourceSettles(List<ConflictingClaims> conflicts, List<Citation> citations, List<String> hints) {
        boolean backing = citations.stream().map(Citation::source).distinct()
                .filter(file -> givesHints(file, citations, hints))
                .filter(file -> conflicts.stream().allMatch(cc -> cc.adoptedClaim().sources().contains(file)
                        && cc.rejectedClaims().stream().noneMatch(r -> r.sources().contains(file))))
                .anyMatch(file -> source(file).isPresent());
        List<String> files = citations.stream().map(Citation::source).distinct().toList();
        return backing || files.size() == 1 && givesHints(files.getFirst(), citations, hints)
                && conflicts.stream().allMatch(cc -> cc.claims().stream().filter(c -> c.sources().contains(files.getFirst())).count() <= 1)
                && source(files.getFirst()).isPresent();
    }

    private static boolean givesHints(String file, List<Citation> citations, List<String> hints) {
        return hints.isEmpty() || citations.stream().filter(c -> c.source().equals(file))
                .anyMatch(c -> hints.stream().allMatch(h -> (" " + Texts.normalized(c.quote()) + " ")
                        .contains(" " + Texts.normalized(h) + " ")));
    }

    /** True when a rejected claim of one of the conflicts says {@code text}: it must not be offered as false. */
    boolean disputed(List<ConflictingClaims> conflicts, String text) {
        for (ConflictingClaims c : conflicts) {
            for (Claim claim : c.rejectedClaims()) {
                if (Texts.containsWords(claim.says(), text)
                        || claim.citations().stream().anyMatch(q -> Texts.containsWords(q.quote(), text))) {
                    return true;
                }
            }
        }
        return false;
    }

    boolean disputed(String text, List<String> factIds) {
        return disputed(conflictsAbout(factIds), text);
    }

    Optional<SourceDocument> source(String file) {
        return facts.pack().source(file);
    }

    /** "the CSTO's official website", "the Encyclopaedia Britannica article", "the civil-service exam preparation page"... */
    static String shortTitle(SourceDocument source) {
        String t = source.title().replace("\"", "");
        // a title that starts with "The" is a name whose case is kept ("The CSTO's official website")
        boolean named = t.startsWith("The ");
        if (named) {
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
        if (QUESTION_TITLE.matcher(t).lookingAt()) {
            return "\u201c" + t + "\u201d"; // "How NATO works" is named as it is written, not "the how NATO works"
        }
        if (named) {
            return "the " + t;
        }
        return "the " + (t.startsWith("A ") ? t.substring(2) : t.startsWith("An ") ? t.substring(3)
                : Character.toLowerCase(t.charAt(0)) + t.substring(1));
    }

    private static final java.util.regex.Pattern QUESTION_TITLE = java.util.regex.Pattern.compile("(How|What|Why|Who|When|Where) ");

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

    /** The fact in a sentence (with its date), then each citation with its source's title, file and date. */
    String explanation(String statement, List<Citation> citations) {
        StringBuilder sb = new StringBuilder(Texts.sentence(statement));
        Set<String> seen = new HashSet<>();
        for (Citation c : citations) {
            if (!seen.add(c.source())) {
                continue;
            }
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

    void candidate(StatementCandidate c) {
        if (!contested(c.factId()) && examWorthy(c.factId())) {
            candidates.add(c);
        }
    }

    List<StatementCandidate> candidates(Area area) {
        return candidates.stream().filter(c -> c.area() == area).toList();
    }

    // ---------------------------------------------------------------- output

    void accept(GeneratedQuestion q) {
        // a stem may recur ("Which one of the following statements is correct?"), never with the same options
        if (!stems.add(q.question().stem() + "\n" + String.join("\n", q.question().choices().stream().map(c -> c.text()).sorted().toList()))) {
            drop(q.family() + ": same question as an earlier one", q.question().factIds());
        } else if (ids.add(q.question().id())) {
            out.add(q);
            q.question().factIds().forEach(id -> typesByFact.computeIfAbsent(id,
                    k -> java.util.EnumSet.noneOf(org.cstoquiz.engine.question.QuestionType.class)).add(q.question().type()));
        } else {
            drop(q.family() + ": duplicate", q.question().factIds());
        }
    }

    void drop(String reason) {
        dropped.merge(reason, 1, Integer::sum);
    }

    /** A candidate question left out; the reason is remembered for the facts it would have asked. */
    void drop(String reason, List<String> factIds) {
        drop(reason);
        factIds.forEach(id -> whyNot.putIfAbsent(id, reason));
    }

    /** Says why a fact yields no question of some kind (for the bank's summary). */
    void cannotAsk(String factId, String reason) {
        whyNot.putIfAbsent(factId, reason);
    }

    private final Map<String, Object> memo = new HashMap<>();

    /** A value worked out once per bank (related events, say), by its key. */
    @SuppressWarnings("unchecked")
    <T> T memo(String key, java.util.function.Supplier<T> compute) {
        Object known = memo.get(key);
        if (known == null) {
            known = compute.get();
            memo.put(key, known);
        }
        return (T) known;
    }

    /** The kinds of question the bank holds so far on a fact. */
    java.util.Set<org.cstoquiz.engine.question.QuestionType> typesSoFar(String factId) {
        return java.util.Collections.unmodifiableSet(typesByFact.getOrDefault(factId,
                java.util.EnumSet.noneOf(org.cstoquiz.engine.question.QuestionType.class)));
    }

    List<GeneratedQuestion> generated() {
        return List.copyOf(out);
    }

    Map<String, Integer> dropped() {
        return Map.copyOf(dropped);
    }

    /** Exam-worthy facts asked by fewer than two kinds of question, with the reason. */
    List<Skipped> skipped() {
        Map<String, Set<QuestionType>> types = new HashMap<>();
        Map<String, Integer> counts = new HashMap<>();
        for (GeneratedQuestion g : out) {
            for (String id : g.question().factIds()) {
                types.computeIfAbsent(id, k -> EnumSet.noneOf(QuestionType.class)).add(g.question().type());
                counts.merge(id, 1, Integer::sum);
            }
        }
        List<Skipped> skipped = new ArrayList<>();
        for (Fact f : facts.facts()) {
            if (examWorthy(f.id()) && types.getOrDefault(f.id(), Set.of()).size() < 2) {
                String reason = contested(f.id()) ? Skipped.CONTESTED
                        : whyNot.getOrDefault(f.id(), "no family asks a fact of this kind in two ways");
                skipped.add(new Skipped(f.id(), counts.getOrDefault(f.id(), 0), reason));
            }
        }
        return skipped;
    }
}

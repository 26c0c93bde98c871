package org.cstoquiz.domain;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * All facts of one pack, with typed lookups for question generators.
 *
 * <p>Build with {@link #of}, which checks integrity (unique ids, references resolve to facts of
 * the right kind, citations name the pack's sources) and throws {@link IllegalArgumentException}
 * listing every {@link Issue}. {@link #check} returns the issues without throwing.
 *
 * <p>Time questions are answered conservatively ({@link Truth#UNKNOWN} when a date is too coarse):
 * see {@link Period#covers} and {@link Membership#statusAt}.
 */
public final class FactBase {

    private final PackInfo pack;
    private final List<Fact> facts;
    private final Set<String> trivia;
    private final Map<String, Fact> byId;
    private final List<Event> events;
    /** Who refers to whom, built on first use (the fact base never changes). */
    private volatile Map<String, List<Fact>> referrers;
    /** all(kind) per kind: the fact base never changes, and question generation asks for kinds very often. */
    private final Map<Class<?>, List<?>> byKind = new java.util.concurrent.ConcurrentHashMap<>();

    private FactBase(PackInfo pack, List<Fact> facts, Set<String> trivia) {
        this.pack = pack;
        this.facts = List.copyOf(facts);
        this.trivia = Set.copyOf(trivia);
        Map<String, Fact> map = new LinkedHashMap<>();
        this.facts.forEach(f -> map.put(f.id(), f));
        this.byId = Map.copyOf(map);
        this.events = this.facts.stream().filter(Event.class::isInstance).map(Event.class::cast)
                .sorted(Comparator.comparing(Event::date).thenComparing(Event::id)).toList();
    }

    /** Builds a fact base, or throws {@link IllegalArgumentException} listing every integrity issue. */
    public static FactBase of(PackInfo pack, Collection<? extends Fact> facts) {
        return of(pack, facts, Set.of());
    }

    /**
     * Builds a fact base in which the facts with the ids in {@code trivia} are kept for study but never
     * asked (see {@link #isExamWorthy}), or throws {@link IllegalArgumentException} listing every issue.
     */
    public static FactBase of(PackInfo pack, Collection<? extends Fact> facts, Set<String> trivia) {
        List<Issue> issues = new ArrayList<>(check(pack, facts));
        Set<String> ids = new HashSet<>();
        facts.forEach(f -> ids.add(f.id()));
        trivia.stream().filter(id -> !ids.contains(id)).sorted()
                .forEach(id -> issues.add(new Issue(id, "exam", "marked as trivia but no such fact")));
        if (!issues.isEmpty()) {
            throw new IllegalArgumentException("fact base '" + pack.id() + "' has " + issues.size() + " issue(s):\n"
                    + issues.stream().map(Issue::toString).collect(Collectors.joining("\n")));
        }
        return new FactBase(pack, List.copyOf(facts), trivia);
    }

    /**
     * Integrity issues of a set of facts: duplicate ids, references to missing facts or to facts of
     * the wrong kind, citations of sources the pack does not declare, an unknown pack organization.
     */
    public static List<Issue> check(PackInfo pack, Collection<? extends Fact> facts) {
        List<Issue> issues = new ArrayList<>();
        Map<String, Fact> byId = new HashMap<>();
        for (Fact f : facts) {
            if (byId.putIfAbsent(f.id(), f) != null) {
                issues.add(new Issue(f.id(), "", "duplicate id"));
            }
        }
        Set<String> sourceFiles = new HashSet<>();
        pack.sources().forEach(s -> sourceFiles.add(s.file()));
        for (Fact f : facts) {
            for (Reference r : f.references()) {
                Fact target = byId.get(r.target());
                if (target == null) {
                    issues.add(new Issue(f.id(), r.field(), "unknown reference '" + r.target() + "' (expected "
                            + r.describeAllowed() + ")"));
                } else if (!r.accepts(target)) {
                    issues.add(new Issue(f.id(), r.field(), "'" + r.target() + "' is "
                            + Reference.kindName(target.getClass()) + ", expected " + r.describeAllowed()));
                }
            }
            for (Citation c : f.allCitations()) {
                if (!sourceFiles.contains(c.source())) {
                    issues.add(new Issue(f.id(), "cite", "cites '" + c.source() + "', which is not a source of pack '"
                            + pack.id() + "'"));
                }
            }
        }
        Fact org = byId.get(pack.organization());
        if (!(org instanceof Organization)) {
            issues.add(new Issue(pack.id(), "organization", "pack organization '" + pack.organization()
                    + "' is not an organization of the pack"));
        }
        return issues;
    }

    // ---------------------------------------------------------------- generic

    public PackInfo pack() {
        return pack;
    }

    /** Every fact, in the order the pack lists them. */
    public List<Fact> facts() {
        return facts;
    }

    public boolean contains(String id) {
        return byId.containsKey(id);
    }

    /**
     * Whether the fact is one a paper should ask. Not asked: facts the author marked as trivia
     * ({@code exam: false}: kept for study), the names other facts are about (countries, places,
     * people), bodies, documents and organizations of which the pack states nothing but their name,
     * and the records of disagreements between sources.
     */
    public boolean isExamWorthy(String id) {
        Fact fact = byId.get(id);
        return fact != null && !trivia.contains(id) && carriesKnowledge(fact);
    }

    /** The facts the author marked as trivia. */
    public Set<String> trivia() {
        return trivia;
    }

    private static boolean carriesKnowledge(Fact fact) {
        return switch (fact) {
            case Country c -> false;
            case Place p -> false;
            case Person p -> false;
            case ConflictingClaims c -> false;
            case Organization o -> o.type().isPresent() || o.headquarters().isPresent() || o.purpose().isPresent();
            case Document d -> d.summary().isPresent() || d.term().isPresent();
            case Organ o -> o.role().isPresent() || o.composition().isPresent() || o.function().isPresent()
                    || o.seat().isPresent() || o.head().isPresent() || o.meetings().isPresent() || o.parent().isPresent();
            case Office o -> o.standing().isPresent() || o.appointment().isPresent() || o.term().isPresent();
            case Force f -> f.region().isPresent() || f.composition().isPresent() || f.purpose().isPresent();
            case Operation o -> true;
            case Membership m -> true;
            case Article a -> true;
            case OfficeHolding h -> true;
            case Event e -> true;
            case Figure f -> true;
            case Relation r -> true;
            case Statement s -> true;
        };
    }

    public Optional<Fact> find(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    public <T extends Fact> Optional<T> find(String id, Class<T> kind) {
        return find(id).filter(kind::isInstance).map(kind::cast);
    }

    /** The fact with this id and kind; throws {@link NoSuchElementException} if there is none. */
    public <T extends Fact> T get(String id, Class<T> kind) {
        return find(id, kind).orElseThrow(() ->
                new NoSuchElementException("no " + Reference.kindName(kind).replaceFirst("^an? ", "") + " '" + id + "'"));
    }

    /** All facts of one kind, in pack order. */
    @SuppressWarnings("unchecked")
    public <T extends Fact> List<T> all(Class<T> kind) {
        return (List<T>) byKind.computeIfAbsent(kind,
                k -> facts.stream().filter(k::isInstance).map(k::cast).toList());
    }

    public List<Fact> inArea(Area area) {
        return facts.stream().filter(f -> f.area() == area).toList();
    }

    /** Facts whose references include {@code id}. */
    public List<Fact> referringTo(String id) {
        Map<String, List<Fact>> index = referrers;
        if (index == null) {
            Map<String, List<Fact>> built = new HashMap<>();
            for (Fact f : facts) {
                f.references().stream().map(Reference::target).distinct()
                        .forEach(t -> built.computeIfAbsent(t, k -> new ArrayList<>()).add(f));
            }
            built.replaceAll((k, v) -> List.copyOf(v));
            referrers = index = Map.copyOf(built);
        }
        return index.getOrDefault(id, List.of());
    }

    /** Named facts of one kind that answer to a typed name (see {@link Named#answersTo}). */
    public <T extends Fact> List<T> byName(Class<T> kind, String typed) {
        return all(kind).stream().filter(f -> f instanceof Named n && n.answersTo(typed)).toList();
    }

    // ---------------------------------------------------------------- organizations, countries, places

    public List<Organization> organizations() {
        return all(Organization.class);
    }

    public Optional<Organization> organization(String id) {
        return find(id, Organization.class);
    }

    /** The organization the pack is about. */
    public Organization primaryOrganization() {
        return get(pack.organization(), Organization.class);
    }

    public List<Country> countries() {
        return all(Country.class);
    }

    public Optional<Country> country(String id) {
        return find(id, Country.class);
    }

    /** The country a typed answer names ("Kyrgyz Republic" finds Kyrgyzstan). */
    public Optional<Country> countryByName(String typed) {
        return byName(Country.class, typed).stream().findFirst();
    }

    public List<Place> places() {
        return all(Place.class);
    }

    // ---------------------------------------------------------------- memberships

    public List<Membership> memberships() {
        return all(Membership.class);
    }

    public List<Membership> membershipsOf(String countryId) {
        return memberships().stream().filter(m -> m.country().equals(countryId)).toList();
    }

    public List<Membership> membershipsIn(String organizationId) {
        return memberships().stream().filter(m -> m.organization().equals(organizationId)).toList();
    }

    public Optional<Membership> membership(String countryId, String organizationId) {
        return memberships().stream()
                .filter(m -> m.country().equals(countryId) && m.organization().equals(organizationId)).findFirst();
    }

    /** A country's status towards an organization throughout {@code date}; no membership means no status. */
    public StatusAt statusAt(String countryId, String organizationId, PartialDate date) {
        return membership(countryId, organizationId).map(m -> m.statusAt(date))
                .orElseGet(StatusAt.NoStatus::new);
    }

    /** Was the country formally a member of the organization throughout {@code date}? */
    public Truth wasMemberAt(String countryId, String organizationId, PartialDate date) {
        return statusAt(countryId, organizationId, date).formalMember();
    }

    /** Was the country formally a member of the pack's organization throughout {@code year}? */
    public Truth wasMemberAt(String countryId, int year) {
        return wasMemberAt(countryId, pack.organization(), PartialDate.ofYear(year));
    }

    /** Every country of the pack, sorted into members, non-members and uncertain throughout {@code date}. */
    public MembersAt membersAt(String organizationId, PartialDate date) {
        List<Country> yes = new ArrayList<>();
        List<Country> no = new ArrayList<>();
        List<Country> unknown = new ArrayList<>();
        for (Country c : countries()) {
            switch (wasMemberAt(c.id(), organizationId, date)) {
                case YES -> yes.add(c);
                case NO -> no.add(c);
                case UNKNOWN -> unknown.add(c);
            }
        }
        return new MembersAt(organizationId, date, yes, no, unknown);
    }

    /** Members of the pack's organization throughout {@code year} ("which countries were members in 2005?"). */
    public MembersAt membersIn(int year) {
        return membersAt(pack.organization(), PartialDate.ofYear(year));
    }

    // ---------------------------------------------------------------- events

    /** All events, sorted by date (coarser dates first within the same year), then id. */
    public List<Event> events() {
        return events;
    }

    /** Events dated in {@code year} (at any precision). */
    public List<Event> eventsIn(int year) {
        return events.stream().filter(e -> e.date().isInYear(year)).toList();
    }

    /** Events whose date certainly lies within {@code date} (e.g. every event of May 1992). */
    public List<Event> eventsWithin(PartialDate date) {
        return events.stream().filter(e -> e.date().within(date)).toList();
    }

    public List<Event> events(EventCategory category) {
        return events.stream().filter(e -> e.category() == category).toList();
    }

    /** Events whose subjects, countries or place include {@code factId}, in date order. */
    public List<Event> eventsAbout(String factId) {
        return events.stream().filter(e -> e.isAbout(factId)).toList();
    }

    /** The earliest event creating or founding the fact (organ, force, organization), if any. */
    public Optional<Event> creationOf(String factId) {
        Set<EventCategory> creation = Set.of(EventCategory.BODY_CREATED, EventCategory.FORCE_CREATED,
                EventCategory.FOUNDING);
        return events.stream().filter(e -> creation.contains(e.category()) && e.subjects().contains(factId)).findFirst();
    }

    // ---------------------------------------------------------------- documents

    public List<Document> documents() {
        return all(Document.class);
    }

    public Optional<Document> document(String id) {
        return find(id, Document.class);
    }

    public List<Article> articles() {
        return all(Article.class);
    }

    public List<Article> articlesOf(String documentId) {
        return articles().stream().filter(a -> a.document().equals(documentId)).toList();
    }

    public Optional<Article> article(String documentId, String number) {
        return articlesOf(documentId).stream().filter(a -> a.number().filter(number::equals).isPresent()).findFirst();
    }

    // ---------------------------------------------------------------- organs, offices, people

    public List<Organ> organs() {
        return all(Organ.class);
    }

    public Optional<Organ> organ(String id) {
        return find(id, Organ.class);
    }

    public List<Organ> organsOf(String organizationId) {
        return organs().stream().filter(o -> o.organization().equals(organizationId)).toList();
    }

    /** Organs working under {@code organId}. */
    public List<Organ> subordinatesOf(String organId) {
        return organs().stream().filter(o -> o.parent().filter(organId::equals).isPresent()).toList();
    }

    public List<Office> offices() {
        return all(Office.class);
    }

    public List<Person> people() {
        return all(Person.class);
    }

    public Optional<Person> person(String id) {
        return find(id, Person.class);
    }

    public List<OfficeHolding> holdings() {
        return all(OfficeHolding.class);
    }

    public List<OfficeHolding> holdingsOf(String personId) {
        return filter(OfficeHolding.class, h -> h.person().equals(personId));
    }

    /** Holders of a CSTO office, in pack order. */
    public List<OfficeHolding> holdersOf(String officeId) {
        return filter(OfficeHolding.class, h -> h.office().filter(officeId::equals).isPresent());
    }

    /** Who sat on an organ (by virtue of a post), as of whatever dates the sources give. */
    public List<OfficeHolding> seatsOn(String organId) {
        return filter(OfficeHolding.class, h -> h.organ().filter(organId::equals).isPresent());
    }

    // ---------------------------------------------------------------- forces, figures, operations

    public List<Force> forces() {
        return all(Force.class);
    }

    public List<Figure> figures() {
        return all(Figure.class);
    }

    public List<Figure> figuresAbout(String factId) {
        return filter(Figure.class, f -> f.subject().filter(factId::equals).isPresent());
    }

    public List<Figure> figuresFor(String countryId) {
        return filter(Figure.class, f -> f.country().filter(countryId::equals).isPresent());
    }

    public List<Operation> operations() {
        return all(Operation.class);
    }

    public List<Operation> operations(OperationKind kind) {
        return filter(Operation.class, o -> o.kind() == kind);
    }

    // ---------------------------------------------------------------- relations, statements, conflicts

    public List<Relation> relations() {
        return all(Relation.class);
    }

    public List<Relation> relationsOf(String factId) {
        return filter(Relation.class, r -> r.involves(factId));
    }

    public List<Statement> statements() {
        return all(Statement.class);
    }

    public List<Statement> statementsAbout(String factId) {
        return filter(Statement.class, s -> s.subjects().contains(factId));
    }

    public List<ConflictingClaims> conflicts() {
        return all(ConflictingClaims.class);
    }

    /** Conflicts that list {@code factId} among the facts they affect. */
    public List<ConflictingClaims> conflictsAbout(String factId) {
        return filter(ConflictingClaims.class, c -> c.facts().contains(factId));
    }

    /** True when sources disagree about {@code factId}: a question on it must fix the time frame or source. */
    public boolean isContested(String factId) {
        return !conflictsAbout(factId).isEmpty();
    }

    // ---------------------------------------------------------------- summary

    /** Atomic facts per area and the number of conflicting claims. */
    public Summary summary() {
        Map<Area, Integer> perArea = new EnumMap<>(Area.class);
        for (Area a : Area.values()) {
            perArea.put(a, 0);
        }
        int conflicts = 0;
        for (Fact f : facts) {
            if (f instanceof ConflictingClaims) {
                conflicts++;
            } else {
                perArea.merge(f.area(), f.atomicCount(), Integer::sum);
            }
        }
        return new Summary(pack.id(), pack.name(), perArea, conflicts);
    }

    /**
     * Counts for display.
     *
     * @param factsPerArea atomic facts (separately cited statements) per area
     * @param conflicts    number of {@link ConflictingClaims}
     */
    public record Summary(String packId, String packName, Map<Area, Integer> factsPerArea, int conflicts) {

        public Summary {
            factsPerArea = java.util.Collections.unmodifiableMap(new EnumMap<>(factsPerArea));
        }

        public int totalFacts() {
            return factsPerArea.values().stream().mapToInt(Integer::intValue).sum();
        }

        @Override
        public String toString() {
            StringBuilder sb = new StringBuilder();
            sb.append("Pack ").append(packId).append(" (").append(packName).append("): ")
                    .append(totalFacts()).append(" facts, ").append(conflicts).append(" conflicting claims\n");
            factsPerArea.forEach((area, n) -> sb.append(String.format("  %-11s %4d%n", area.key(), n)));
            return sb.toString();
        }
    }

    private <T extends Fact> List<T> filter(Class<T> kind, Predicate<T> p) {
        return all(kind).stream().filter(p).toList();
    }

    @Override
    public String toString() {
        return "FactBase[" + pack.id() + ", " + facts.size() + " records]";
    }
}

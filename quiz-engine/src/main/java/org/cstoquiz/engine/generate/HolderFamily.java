package org.cstoquiz.engine.generate;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.cstoquiz.domain.Area;
import org.cstoquiz.domain.Country;
import org.cstoquiz.domain.Names;
import org.cstoquiz.domain.OfficeHolding;
import org.cstoquiz.domain.Organ;
import org.cstoquiz.domain.PartialDate;
import org.cstoquiz.domain.Person;

/**
 * Who held which post at a date: the holder (chosen among holders of the same kind of post: presidents
 * with presidents, ministers with ministers), typed, the post a person held and the body on which the
 * post gave a seat. Who sat on a body for a state is {@link SeatFamily}'s.
 */
final class HolderFamily implements Family {

    @Override
    public void generate(Context ctx) {
        List<OfficeHolding> holdings = ctx.facts.holdings().stream().filter(h -> ctx.examWorthy(h.id())).toList();
        for (OfficeHolding h : holdings) {
            Optional<PartialDate> date = HolderDates.askedAt(ctx, h);
            if (date.isEmpty()) {
                ctx.cannotAsk(h.id(), "the sources give no date at which it held");
                continue;
            }
            who(ctx, h, date.get(), holdings);
            post(ctx, h, date.get(), holdings);
            organ(ctx, h, date.get());
        }
    }

    /** "the President", "the Foreign Minister": the kind of post, for like-with-like distractors. */
    private static String kind(String title) {
        return AssertionChecker.postKind(title);
    }

    static Assertion held(OfficeHolding h, String person, PartialDate date) {
        return new Assertion.HeldPost(person, h.organ(), h.office(), h.country(), Optional.of(h.title()), date);
    }

    static String because(Context ctx, OfficeHolding h, PartialDate date) {
        Person p = ctx.facts.get(h.person(), Person.class);
        String seat = h.organ().filter(o -> h.office().isEmpty()).flatMap(ctx.facts::organ).map(o -> ", with a seat on " + o.name()).orElse("");
        return tookOffice(h, date) ? Names.capitalized(Wording.when(date)) + ", " + p.displayName() + " became " + h.title() + seat + "."
                : "As of " + date.display() + ", " + p.displayName() + " was " + h.title() + seat + ".";
    }

    private void who(Context ctx, OfficeHolding h, PartialDate date, List<OfficeHolding> holdings) {
        if (seatFor(ctx, h).isPresent()) {
            return; // SeatFamily asks it
        }
        Person key = ctx.facts.get(h.person(), Person.class);
        String post = asked(ctx, h);
        List<Person> pool = new ArrayList<>();
        holdings.stream().filter(o -> !o.person().equals(h.person()))
                // like posts first, and among them the holders nearest in time: "Lord Ismay in 2010" fools no one
                .sorted(Comparator.<OfficeHolding>comparingInt(o -> likeness(h, o)).thenComparingInt(o -> HolderDates.yearsAway(o, date)))
                .map(o -> ctx.facts.get(o.person(), Person.class))
                .filter(p -> !pool.contains(p) && !p.sharesNameWith(key) && ctx.holds(held(h, p.id(), date), false))
                .forEach(pool::add);
        Draft d = ctx.draft(Area.PEOPLE, "holder", h.id());
        List<Person> wrong = Picks.nearest(pool, 3, p -> pool.indexOf(p) < 3 ? 0 : pool.indexOf(p), d.random);
        boolean took = tookOffice(h, date);
        String stem = took ? "Who became " + post + " " + Wording.when(date) + "?"
                : "As of " + date.display() + ", who was " + post + "?";
        // names from another era give the key away ("Lord Ismay" among the Secretaries General since 1995)
        boolean ofTheEra = wrong.stream().allMatch(p -> holdings.stream().filter(o -> o.person().equals(p.id()))
                .mapToInt(o -> HolderDates.yearsAway(o, date)).min().orElse(Integer.MAX_VALUE) <= HolderDates.ERA_YEARS);
        if (wrong.size() == 3 && ofTheEra && holdings.stream().anyMatch(o -> wrong.stream().anyMatch(p -> o.person().equals(p.id())) && likeness(h, o) == 0)) {
            d.stem(stem).singleChoice(new Option(key.displayName(), held(h, key.id(), date)),
                            wrong.stream().map(p -> new Option(p.displayName(), held(h, p.id(), date))).toList())
                    .facts(h.id()).cite(h.citations()).because(because(ctx, h, date)).timeFrame(date).difficulty(0.5).emit();
        }
        boolean initials = INITIALS.matcher(key.displayName()).matches();
        List<String> accepted = new java.util.ArrayList<>(key.allNames().stream().map(Names::bare).distinct().toList());
        if (initials) {
            String surname = key.displayName().substring(key.displayName().lastIndexOf(' ') + 1);
            accepted.remove(surname);
            accepted.addFirst(surname);
        }
        ctx.draft(Area.PEOPLE, "holder-short", h.id())
                .stem((initials ? "Give the surname of the person who" : "Name the person who")
                        + (took ? " became " + post + " " + Wording.when(date) + "." : " was " + post + " as of " + date.display() + "."))
                .shortAnswer(accepted, held(h, key.id(), date))
                .facts(h.id()).cite(h.citations()).because(because(ctx, h, date)).timeFrame(date).difficulty(0.7).emit();
        // a false version only with someone who held the same kind of post: "Bordyuzha was Prime Minister" convinces no one
        // and, for a state's post, only with someone who held that state's post: "Lukashenko was President of Russia" neither
        // and of the era: "As of 1952, Javier Solana was Secretary General" is false by forty years, not by a fact
        Optional<Person> impostor = pool.stream().filter(p -> holdings.stream().anyMatch(o -> o.person().equals(p.id())
                && AssertionChecker.holdsPost(o, h.office(), h.country(), h.title()) && HolderDates.yearsAway(o, date) <= HolderDates.ERA_YEARS)).findFirst();
        // a page's snapshot ("as of 2020", no term) is refuted by another holder only by inference: stated, not denied
        boolean snapshot = h.period().from().isEmpty() && date.precision() == org.cstoquiz.domain.Precision.YEAR;
        trueFalse(ctx, h, date, key, impostor.filter(p -> !snapshot), p -> heldStatement(h, post, p, date));
    }

    /** "V. V. Volodin": the sources give initials only, so a typed answer is asked for the surname, which is all they settle. */
    private static final java.util.regex.Pattern INITIALS = java.util.regex.Pattern.compile("(\\p{Lu}\\.\\s?)+\\p{Lu}[\\p{L}-]+");

    static void trueFalse(Context ctx, OfficeHolding h, PartialDate date, Person key, Optional<Person> impostor,
                           java.util.function.Function<Person, String> statement) {
        boolean truth = impostor.isEmpty() || Context.statesTheFact("holder-tf" + h.id());
        Person shown = truth ? key : impostor.get();
        ctx.candidate(impostor.map(other -> StatementCandidate.both(Area.PEOPLE, h.id(), statement.apply(key), held(h, key.id(), date),
                        statement.apply(other), held(h, other.id(), date), h.citations()))
                .orElseGet(() -> StatementCandidate.trueOnly(Area.PEOPLE, h.id(), statement.apply(key), held(h, key.id(), date), h.citations())));
        ctx.draft(Area.PEOPLE, "holder-tf", h.id())
                .stem("True or false? " + statement.apply(shown))
                .trueFalse(held(h, shown.id(), date), truth)
                .facts(h.id()).cite(h.citations()).because(because(ctx, h, date)).timeFrame(date).difficulty(0.45).emit();
    }

    /**
     * The post as a question names it: the organization's office a state's official holds by virtue of
     * a national post ("the head of the Council of the CSTO Parliamentary Assembly", not "the Chairman
     * of the State Duma", which would ask about Russia), else the holding's title.
     */
    private static String asked(Context ctx, OfficeHolding h) {
        return h.office().filter(o -> h.country().isPresent()).flatMap(o -> ctx.facts.find(o, org.cstoquiz.domain.Office.class))
                .map(org.cstoquiz.domain.Office::name).orElse(h.title());
    }

    /**
     * "sat on the Collective Security Council for Russia": a head of state asked as the member of the
     * organization's body the pack records, so that the question is about the organization, not about
     * who led a country.
     */
    static Optional<String> seatFor(Context ctx, OfficeHolding h) {
        if (h.organ().isEmpty() || h.office().isPresent() || h.country().isEmpty()) {
            return Optional.empty();
        }
        Organ organ = ctx.facts.get(h.organ().get(), Organ.class);
        Country country = ctx.facts.get(h.country().get(), Country.class);
        return Optional.of("sat on " + organ.name() + " for " + country.name());
    }

    /**
     * Whether the date the sources give is the day (or the year) the holder took office: on it the
     * outgoing holder held the post too, so the question asks who took it up ("Who became Secretary
     * General on 1 October 2024?", "In 1951, Eisenhower became …"), not who held it.
     */
    private static boolean tookOffice(OfficeHolding h, PartialDate date) {
        return h.period().from().filter(date::equals).isPresent();
    }

    /** "As of 2010, X was the Secretary General", or "On 1 October 2024, X became ..." on the day of a handover. */
    private static String heldStatement(OfficeHolding h, String post, Person p, PartialDate date) {
        return tookOffice(h, date) ? Names.capitalized(Wording.when(date)) + ", " + p.displayName() + " became " + post + "."
                : "As of " + date.display() + ", " + p.displayName() + " was " + post + ".";
    }

    /** 0 for the same kind of post on the same body or office, 1 for the same kind of post, 2 otherwise. */
    private static int likeness(OfficeHolding a, OfficeHolding b) {
        boolean sameKind = kind(a.title()).equals(kind(b.title()));
        boolean samePlace = a.organ().isPresent() && a.organ().equals(b.organ()) || a.office().isPresent() && a.office().equals(b.office());
        return sameKind && samePlace ? 0 : sameKind ? 1 : 2;
    }

    private void post(Context ctx, OfficeHolding h, PartialDate date, List<OfficeHolding> holdings) {
        Person p = ctx.facts.get(h.person(), Person.class);
        List<OfficeHolding> pool = new ArrayList<>();
        holdings.stream().filter(o -> likeness(h, o) <= 1
                        && !AssertionChecker.samePost(o.title(), o.country(), h.title(), h.country()))
                .filter(o -> pool.stream().noneMatch(x -> AssertionChecker.samePost(x.title(), x.country(), o.title(), o.country()))
                        && ctx.holds(held(o, p.id(), date), false))
                .forEach(pool::add);
        Draft d = ctx.draft(Area.PEOPLE, "post", h.id());
        List<OfficeHolding> wrong = Picks.random(pool, 3, d.random);
        // "President of Belarus / of Kazakhstan / of Russia" for Dmitry Medvedev: his name tells which state
        boolean byCountryOnly = wrong.stream().allMatch(x -> kind(x.title()).equals(kind(h.title())) && !x.country().equals(h.country()));
        if (wrong.size() < 3 || byCountryOnly) {
            return;
        }
        d.stem(tookOffice(h, date) ? Names.capitalized(Wording.when(date)) + ", which post did " + p.displayName() + " take up?"
                        : "As of " + date.display() + ", which post did " + p.displayName() + " hold?")
                .singleChoice(new Option(Names.bare(h.title()), held(h, p.id(), date)),
                        wrong.stream().map(x -> new Option(Names.bare(x.title()), held(x, p.id(), date))).toList())
                .facts(h.id()).cite(h.citations()).because(because(ctx, h, date)).timeFrame(date).difficulty(0.45).emit();
    }

    private void organ(Context ctx, OfficeHolding h, PartialDate date) {
        if (h.organ().isEmpty() || h.office().isPresent()) {
            return;
        }
        Person p = ctx.facts.get(h.person(), Person.class);
        Organ organ = ctx.facts.get(h.organ().get(), Organ.class);
        List<Organ> pool = ctx.facts.organsOf(organ.organization()).stream()
                .filter(o -> o != organ && o.composition().isPresent()
                        && ctx.holds(new Assertion.HeldPost(p.id(), Optional.of(o.id()), Optional.empty(), Optional.empty(),
                        Optional.empty(), date), false)).toList();
        Draft d = ctx.draft(Area.PEOPLE, "holder-organ", h.id());
        // bodies whose seats people hold for their states (the councils of ministers) first: no head of
        // state is guessed to sit on a council of scholars
        List<Organ> seated = pool.stream().filter(o -> !ctx.facts.seatsOn(o.id()).isEmpty()).toList();
        List<Organ> officials = pool.stream().filter(o -> !seated.contains(o) && OF_OFFICIALS.matcher(o.composition().orElseThrow().value()).find()
                && !OF_INSTITUTIONS.matcher(o.composition().orElseThrow().value()).find()).toList();
        List<Organ> wrong = new java.util.ArrayList<>(Picks.random(seated, Math.min(3, seated.size()), d.random));
        wrong.addAll(Picks.random(officials, Math.min(3 - wrong.size(), officials.size()), d.random));
        wrong.addAll(Picks.random(pool.stream().filter(o -> !wrong.contains(o)).toList(), 3 - wrong.size(), d.random));
        if (wrong.size() < 3) {
            return;
        }
        d.stem("As of " + date.display() + ", on which body did " + p.displayName() + " sit as " + h.title() + "?")
                .singleChoice(new Option(Wording.shown(organ), new Assertion.HeldPost(p.id(), h.organ(), Optional.empty(),
                                Optional.empty(), Optional.empty(), date)),
                        wrong.stream().map(o -> new Option(Wording.shown(o), new Assertion.HeldPost(p.id(), Optional.of(o.id()),
                                Optional.empty(), Optional.empty(), Optional.empty(), date))).toList())
                .facts(h.id()).cite(h.citations()).because(because(ctx, h, date)).timeFrame(date).difficulty(0.45).emit();
    }

    /** A body made up of office holders of the states ("the deputy prime ministers of the member states"), not of institutions. */
    private static final java.util.regex.Pattern OF_OFFICIALS = java.util.regex.Pattern.compile("(?i)\\b(heads|ministers|representatives|chairs|chairmen|secretaries)\\b");
    private static final java.util.regex.Pattern OF_INSTITUTIONS = java.util.regex.Pattern.compile("(?i)\\b(institutions|structures|organizations|organisations|universities)\\b");
}

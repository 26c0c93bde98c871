package org.cstoquiz.engine.generate;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.cstoquiz.domain.Citation;
import org.cstoquiz.domain.Event;
import org.cstoquiz.domain.EventCategory;
import org.cstoquiz.domain.PartialDate;
import org.cstoquiz.domain.Precision;
import org.cstoquiz.domain.Office;
import org.cstoquiz.domain.Organ;
import org.cstoquiz.domain.Organization;
import org.cstoquiz.domain.Place;
import org.cstoquiz.domain.Sourced;
import org.cstoquiz.engine.question.Area;
import org.cstoquiz.engine.question.Numeric;

/**
 * Organs: what each body does, who sits on it, where it sits, who heads it, what it works under,
 * what its abbreviation stands for; the offices and how their holders are chosen.
 */
final class OrgansGenerator implements AreaGenerator {

    @Override
    public void generate(Context ctx) {
        Organization org = ctx.facts.primaryOrganization();
        String orgShort = org.abbreviation().orElse(org.name());
        List<Organ> organs = ctx.facts.organsOf(org.id()).stream().filter(o -> Context.area(o) == Area.ORGANS).toList();
        String body = orgShort + " body";

        List<Attributes.Item> functions = Attributes.items(organs, Organ::function, Attributes::name, Organ::name);
        Attributes.forward(ctx, Area.ORGANS, "organ-function", "function", functions,
                i -> "What is the function of " + i.name() + "?", 0.5);
        Attributes.reverse(ctx, Area.ORGANS, "function-organ", "function", functions,
                i -> "Which " + body + " has the following function? " + Texts.sentence(i.display()), 0.5);
        Attributes.trueFalse(ctx, Area.ORGANS, "organ-function-tf", "function", functions,
                (key, shown) -> Attributes.verbPhrase(shown.display()).map(v -> Attributes.cap(key.name()) + " " + v), 0.45);

        List<Attributes.Item> compositions = Attributes.items(organs, Organ::composition, Attributes::name, Organ::name);
        Attributes.forward(ctx, Area.ORGANS, "organ-composition", "composition", compositions,
                i -> "Who or what makes up " + i.name() + "?", 0.45);
        Attributes.reverse(ctx, Area.ORGANS, "composition-organ", "composition", compositions,
                i -> "Which " + body + " is made up of the following? " + Texts.sentence(i.display()), 0.45);
        Attributes.trueFalse(ctx, Area.ORGANS, "organ-composition-tf", "composition", compositions,
                (key, shown) -> Optional.of(Attributes.cap(key.name()) + " is made up of " + Attributes.nounPhrase(shown.display())), 0.4);

        List<Attributes.Item> roles = Attributes.items(organs, Organ::role, Attributes::name, Organ::name);
        Attributes.forward(ctx, Area.ORGANS, "organ-role", "role", roles,
                i -> "How do the sources describe the standing of " + i.name() + "?", 0.45);
        Attributes.reverse(ctx, Area.ORGANS, "role-organ", "role", roles,
                i -> "Which " + body + " is described as follows? " + Texts.sentence(i.display()), 0.4);
        Attributes.trueFalse(ctx, Area.ORGANS, "organ-role-tf", "role", roles,
                (key, shown) -> Attributes.verbPhrase(shown.display()).map(v -> Attributes.cap(key.name()) + " " + v)
                        .or(() -> Optional.of(Attributes.cap(key.name()) + " is " + Attributes.nounPhrase(shown.display()))), 0.4);

        List<Attributes.Item> heads = Attributes.items(organs, Organ::head, Attributes::name, Organ::name);
        Attributes.forward(ctx, Area.ORGANS, "organ-head", "head", heads,
                i -> "Who heads " + i.name() + ", or how is its head chosen?", 0.5);
        Attributes.reverse(ctx, Area.ORGANS, "head-organ", "head", heads,
                i -> "Of which " + body + " do the sources say the following about its head? " + Texts.sentence(i.display()), 0.5);

        List<Attributes.Item> meetings = Attributes.items(organs, Organ::meetings, Attributes::name, Organ::name);
        Attributes.forward(ctx, Area.ORGANS, "organ-meetings", "meetings", meetings,
                i -> "How and when does " + i.name() + " meet?", 0.55);

        Attributes.trueFalse(ctx, Area.ORGANS, "organ-head-tf", "head", heads,
                (key, shown) -> shown.display().matches("^(The|A|An) .*") && !shown.display().matches("^The \\w+ (passes|is|are) .*")
                        ? Optional.of(Attributes.cap(key.name()) + " is headed by " + Attributes.nounPhrase(shown.display()))
                        : Optional.empty(), 0.45);

        seats(ctx, org, organs);
        creation(ctx, org, organs);
        organization(ctx, org);
        parents(ctx, organs);
        abbreviations(ctx, organs);
        otherOrganizations(ctx, org);
        offices(ctx, org);
        statements(ctx, org, organs);
        matching(ctx, org, organs, functions);
    }

    // ---------------------------------------------------------------- seats

    private void seats(Context ctx, Organization org, List<Organ> organs) {
        List<Place> cities = ctx.facts.places().stream().filter(p -> p.capitalOf().isPresent()
                || ctx.facts.events().stream().anyMatch(e -> e.place().filter(p.id()::equals).isPresent()
                && Phrases.atVenue(e.category()))).toList();
        for (Organ o : organs) {
            if (o.seat().isEmpty()) {
                continue;
            }
            Place seat = ctx.facts.get(o.seat().get().value(), Place.class);
            List<Place> pool = cities.stream().filter(p -> !p.id().equals(seat.id())).toList();
            Draft d = ctx.draft(Area.ORGANS, "organ-seat", o.id());
            List<Place> wrong = Draft.pickBalanced(pool, 3, d.random, seat.name().length(), p -> p.name().length());
            if (wrong.size() < 3) {
                continue;
            }
            String because = Attributes.cap(Attributes.name(o)) + " is located in " + seat.name() + ".";
            d.stem("Where is " + Attributes.name(o) + " located?")
                    .singleChoice(new Option(seat.name(), new Claim.AttributeIs(o.id(), "seat", seat.id())),
                            wrong.stream().map(p -> new Option(p.name(), new Claim.AttributeIs(o.id(), "seat", p.id()))).toList())
                    .facts(o.id()).cite(o.seat().get().citations()).because(because).difficulty(0.35).emit();
            boolean truth = Context.stableBit("organ-seat-tf" + o.id());
            Place shown = truth ? seat : wrong.getFirst();
            ctx.draft(Area.ORGANS, "organ-seat-tf", o.id())
                    .stem("True or false? " + Attributes.cap(Attributes.name(o)) + " is located in " + shown.name() + ".")
                    .trueFalse(new Claim.AttributeIs(o.id(), "seat", shown.id()), truth)
                    .facts(o.id()).cite(o.seat().get().citations()).because(because).difficulty(0.3).emit();
            ctx.draft(Area.ORGANS, "organ-seat-short", o.id())
                    .stem("In which city is " + Attributes.name(o) + " located?")
                    .shortAnswer(seat.allNames(), new Claim.AttributeIs(o.id(), "seat", seat.id()))
                    .facts(o.id()).cite(o.seat().get().citations()).because(because).difficulty(0.45).emit();
        }
    }

    // ---------------------------------------------------------------- creation

    /** "Which CSTO body was established in 2007?": organs from the events that created them. */
    private void creation(Context ctx, Organization org, List<Organ> organs) {
        List<Event> created = ctx.facts.events().stream()
                .filter(e -> e.category() == EventCategory.BODY_CREATED
                        || e.category() == EventCategory.LAUNCH)
                .filter(e -> e.subjects().stream().anyMatch(id -> organs.stream().anyMatch(o -> o.id().equals(id))))
                .toList();
        List<Organ> withEvent = new ArrayList<>();
        List<Event> eventOf = new ArrayList<>();
        for (Event e : created) {
            Organ o = organs.stream().filter(x -> e.subjects().getFirst().equals(x.id())).findFirst().orElse(null);
            if (o != null && !withEvent.contains(o)) {
                withEvent.add(o);
                eventOf.add(e);
            }
        }
        for (int i = 0; i < withEvent.size(); i++) {
            Organ o = withEvent.get(i);
            Event e = eventOf.get(i);
            String when = (e.date().precision() == Precision.DAY ? "on " : "in ") + e.date().display();
            List<Organ> wrong = new ArrayList<>();
            for (int j = 0; j < withEvent.size(); j++) {
                if (j != i && eventOf.get(j).date().year() != e.date().year()) {
                    wrong.add(withEvent.get(j));
                }
            }
            Draft d = ctx.draft(Area.ORGANS, "organ-created", o.id());
            List<Organ> picked = Draft.pickBalanced(wrong, 3, d.random, o.name().length(), x -> x.name().length());
            if (picked.size() < 3) {
                continue;
            }
            d.stem("Which " + org.abbreviation().orElse(org.name()) + " body was established or began its work "
                            + (e.date().precision() == Precision.YEAR ? "in " + e.date().year() : "in " + e.date().year()) + "?")
                    .singleChoice(new Option(o.name(), new Claim.EventDate(e.id(), PartialDateYear.of(e))),
                            picked.stream().map(x -> new Option(x.name(), new Claim.EventDate(eventOf.get(withEvent.indexOf(x)).id(),
                                    PartialDateYear.of(e)))).toList())
                    .facts(o.id(), e.id()).cite(e.citations())
                    .because(DatesGenerator.dated(e.date(), Phrases.past(e)) + ".")
                    .timeFrame(PartialDateYear.of(e)).difficulty(0.6).emit();
        }
        if (withEvent.size() >= 4) {
            List<Integer> order = new ArrayList<>();
            for (int i = 0; i < withEvent.size(); i++) {
                order.add(i);
            }
            order.sort(Comparator.comparing(i -> eventOf.get(i).date()));
            List<Integer> chain = new ArrayList<>();
            for (int i : order) {
                if (chain.isEmpty() || eventOf.get(chain.getLast()).date().isCertainlyBefore(eventOf.get(i).date())) {
                    chain.add(i);
                }
            }
            List<Integer> items = chain.size() <= 4 ? chain : List.of(chain.get(0), chain.get(chain.size() / 3),
                    chain.get(2 * chain.size() / 3), chain.getLast());
            if (items.size() >= 3) {
                List<Option> options = new ArrayList<>();
                for (int k = 0; k < items.size(); k++) {
                    int a = items.get(k);
                    int b = k + 1 < items.size() ? items.get(k + 1) : items.get(k - 1);
                    Claim claim = k + 1 < items.size() ? new Claim.Earlier(eventOf.get(a).id(), eventOf.get(b).id())
                            : new Claim.Earlier(eventOf.get(b).id(), eventOf.get(a).id());
                    options.add(new Option(withEvent.get(a).name(), claim));
                }
                ctx.draft(Area.ORGANS, "organ-creation-order", org.id())
                        .stem("Arrange the following " + org.abbreviation().orElse(org.name())
                                + " bodies in the order in which they were established or began their work, earliest first.")
                        .ordering(options)
                        .facts(items.stream().map(k -> eventOf.get(k).id()).toList())
                        .cite(items.stream().flatMap(k -> eventOf.get(k).citations().stream().limit(1)).toList())
                        .because(String.join(". ", items.stream().map(k -> DatesGenerator.dated(eventOf.get(k).date(),
                                Phrases.past(eventOf.get(k)))).toList()))
                        .difficulty(0.7).emit();
            }
        }
    }

    /** A year-precision date of an event. */
    private static final class PartialDateYear {
        static PartialDate of(Event e) {
            return PartialDate.ofYear(e.date().year());
        }
    }

    /** The organization itself: what kind it is and where it is headquartered. */
    private void organization(Context ctx, Organization org) {
        String name = org.abbreviation().map(a -> "the " + a).orElse(org.name());
        org.headquarters().ifPresent(hq -> {
            Place place = ctx.facts.get(hq.value(), Place.class);
            List<Place> cities = ctx.facts.places().stream().filter(p -> p != place && (p.capitalOf().isPresent()
                    || ctx.facts.events().stream().anyMatch(e -> e.place().filter(p.id()::equals).isPresent()
                    && Phrases.atVenue(e.category())))).toList();
            Draft d = ctx.draft(Area.ORGANS, "organization-headquarters", org.id());
            d.stem("Where are the headquarters of " + name + "?")
                    .singleChoice(new Option(place.name(), new Claim.AttributeIs(org.id(), "headquarters", place.id())),
                            Draft.pick(cities, 3, d.random).stream().map(p -> new Option(p.name(),
                                    new Claim.AttributeIs(org.id(), "headquarters", p.id()))).toList())
                    .facts(org.id()).cite(hq.citations())
                    .because(Attributes.cap(name) + " is headquartered in " + place.name() + ".").difficulty(0.25).emit();
        });
        org.type().ifPresent(type -> {
            List<String> kinds = List.of("economic union", "customs union", "political forum", "military alliance",
                    "trade bloc", "development bank");
            Draft d = ctx.draft(Area.ORGANS, "organization-type-tf", org.id());
            boolean truth = Context.stableBit("organization-type" + org.id());
            String shown = truth ? type.value() : kinds.stream().filter(k -> !k.equals(type.value())).toList()
                    .get(d.random.nextInt(kinds.size() - 1));
            d.stem("True or false? " + Attributes.cap(name) + " is " + (shown.matches("^[aeiou].*") ? "an " : "a ") + shown + ".")
                    .trueFalse(new Claim.AttributeIs(org.id(), "type", shown), truth)
                    .facts(org.id()).cite(type.citations())
                    .because("The sources describe " + name + " as a " + type.value() + ".").difficulty(0.2).emit();
        });
    }

    // ---------------------------------------------------------------- structure

    private void parents(Context ctx, List<Organ> organs) {
        List<Organ> parents = organs.stream().filter(o -> organs.stream().anyMatch(x -> x.parent().filter(o.id()::equals).isPresent())).toList();
        List<Organ> withParent = organs.stream().filter(o -> o.parent().isPresent()).toList();
        for (Organ o : withParent) {
            Organ parent = ctx.facts.get(o.parent().get(), Organ.class);
            // an ancestor would be right under a looser reading ("works under the Assembly" via its Council)
            List<Organ> pool = organs.stream().filter(x -> !x.id().equals(parent.id()) && !x.id().equals(o.id())
                    && !ancestors(ctx, o).contains(x.id())
                    && (x.parent().isEmpty() || parents.contains(x)) && (x.role().isPresent() || parents.contains(x))).toList();
            Draft d = ctx.draft(Area.ORGANS, "organ-parent", o.id());
            List<Organ> wrong = Draft.pickBalanced(pool, 3, d.random, parent.name().length(), x -> x.name().length());
            if (wrong.size() < 3) {
                continue;
            }
            boolean truth = Context.stableBit("organ-parent-tf" + o.id());
            Organ shown = truth ? parent : wrong.getFirst();
            ctx.draft(Area.ORGANS, "organ-parent-tf", o.id())
                    .stem("True or false? The " + stripThe(o.name()) + " works under " + Attributes.name(shown) + ".")
                    .trueFalse(new Claim.AttributeIs(o.id(), "parent", shown.id()), truth)
                    .facts(o.id(), parent.id()).cite(o.citations())
                    .because("The " + stripThe(o.name()) + " works under " + Attributes.name(parent) + ".").difficulty(0.45).emit();
            d.stem("Under which body does the " + stripThe(o.name()) + " work?")
                    .singleChoice(new Option(parent.name(), new Claim.AttributeIs(o.id(), "parent", parent.id())),
                            wrong.stream().map(x -> new Option(x.name(), new Claim.AttributeIs(o.id(), "parent", x.id()))).toList())
                    .facts(o.id(), parent.id()).cite(o.citations())
                    .because("The " + stripThe(o.name()) + " works under " + Attributes.name(parent) + ".").difficulty(0.5).emit();
        }
        for (Organ p : parents) {
            List<Organ> subs = withParent.stream().filter(o -> o.parent().get().equals(p.id())).toList();
            List<Organ> wrong = withParent.stream().filter(o -> !ancestors(ctx, o).contains(p.id()) && !o.id().equals(p.id())).toList();
            if (subs.isEmpty() || wrong.size() < 3) {
                continue;
            }
            if (subs.size() < 2) {
                Organ only = subs.getFirst();
                Draft r = ctx.draft(Area.ORGANS, "organ-subordinate", p.id());
                List<Organ> others = Draft.pickBalanced(wrong, 3, r.random, only.name().length(), x -> x.name().length());
                r.stem("Which of the following works under " + Attributes.name(p) + "?")
                        .singleChoice(new Option(only.name(), new Claim.AttributeIs(only.id(), "parent", p.id())),
                                others.stream().map(o -> new Option(o.name(), new Claim.AttributeIs(o.id(), "parent", p.id()))).toList())
                        .facts(only.id(), p.id()).cite(only.citations())
                        .because("The " + stripThe(only.name()) + " works under " + Attributes.name(p) + ".")
                        .difficulty(0.45).emit();
                continue;
            }
            Draft n = ctx.draft(Area.ORGANS, "organ-not-subordinate", p.id());
            Organ odd = wrong.get(Math.floorMod(p.id().hashCode(), wrong.size()));
            List<Organ> three = Draft.pick(subs, Math.min(3, subs.size()), n.random);
            if (three.size() == 3) {
                n.stem("Which of the following does NOT work under " + Attributes.name(p) + "?")
                        .singleChoice(new Option(odd.name(), new Claim.Not(new Claim.AttributeIs(odd.id(), "parent", p.id()))),
                                three.stream().map(o -> new Option(o.name(), new Claim.Not(new Claim.AttributeIs(o.id(), "parent", p.id())))).toList())
                        .facts(odd.id(), p.id()).cite(odd.citations())
                        .because("The " + stripThe(odd.name()) + " works under " + Attributes.name(ctx.facts.get(odd.parent().get(), Organ.class))
                                + "; " + Texts.joinAnd(three.stream().map(Organ::name).toList()) + " work under " + Attributes.name(p) + ".")
                        .difficulty(0.5).emit();
            }
            {
                Organ only = subs.get(Math.floorMod(("one" + p.id()).hashCode(), subs.size()));
                Draft r = ctx.draft(Area.ORGANS, "organ-subordinate", p.id());
                List<Organ> others = Draft.pickBalanced(wrong, 3, r.random, only.name().length(), x -> x.name().length());
                r.stem("Which of the following works under " + Attributes.name(p) + "?")
                        .singleChoice(new Option(only.name(), new Claim.AttributeIs(only.id(), "parent", p.id())),
                                others.stream().map(o -> new Option(o.name(), new Claim.AttributeIs(o.id(), "parent", p.id()))).toList())
                        .facts(only.id(), p.id()).cite(only.citations())
                        .because("The " + stripThe(only.name()) + " works under " + Attributes.name(p) + ".")
                        .difficulty(0.45).emit();
            }
            Draft d = ctx.draft(Area.ORGANS, "organ-subordinates", p.id());
            List<Organ> keys = Draft.pick(subs, Math.min(3, subs.size()), d.random);
            d.stem("Which of the following work under " + Attributes.name(p) + "? Select all that apply.")
                    .multipleResponse(keys.stream().sorted(Comparator.comparing(Organ::name)).map(o -> new Option(o.name(),
                                    new Claim.AttributeIs(o.id(), "parent", p.id()))).toList(),
                            Draft.pick(wrong, Math.min(3, wrong.size()), d.random).stream().map(o -> new Option(o.name(),
                                    new Claim.AttributeIs(o.id(), "parent", p.id()))).toList())
                    .facts(subs.stream().map(Organ::id).toList())
                    .cite(subs.stream().flatMap(o -> o.citations().stream().limit(1)).toList())
                    .because("Working under " + Attributes.name(p) + ": " + Texts.joinAnd(subs.stream().map(Organ::name).toList()) + ".")
                    .difficulty(0.55).emit();
        }
    }

    /** The organs an organ works under, directly or through others. */
    static java.util.Set<String> ancestors(Context ctx, Organ o) {
        java.util.Set<String> out = new java.util.LinkedHashSet<>();
        Optional<String> parent = o.parent();
        while (parent.isPresent() && out.add(parent.get())) {
            parent = ctx.facts.organ(parent.get()).flatMap(Organ::parent);
        }
        return out;
    }

    private static String stripThe(String name) {
        return name.startsWith("the ") ? name.substring(4) : name;
    }

    private void abbreviations(Context ctx, List<Organ> organs) {
        List<Organ> abbreviated = organs.stream().filter(o -> o.abbreviation().isPresent()).toList();
        for (Organ o : abbreviated) {
            String abbr = o.abbreviation().get();
            Draft d = ctx.draft(Area.ORGANS, "organ-abbreviation", o.id());
            List<Organ> pool = abbreviated.stream().filter(x -> x != o).toList();
            List<Organ> wrong = Draft.pickBalanced(pool, 3, d.random, o.name().length(), x -> x.name().length());
            if (wrong.size() < 3) {
                continue;
            }
            d.stem("In the " + ctx.facts.primaryOrganization().abbreviation().orElse("") + " structure, what does the abbreviation "
                            + abbr + " stand for?")
                    .singleChoice(new Option(o.name(), new Claim.AttributeIs(o.id(), "abbreviation", abbr)),
                            wrong.stream().map(x -> new Option(x.name(), new Claim.AttributeIs(x.id(), "abbreviation", abbr))).toList())
                    .facts(o.id()).cite(o.citations())
                    .because(abbr + " stands for the " + stripThe(o.name()) + ".").difficulty(0.4).emit();
            Draft r = ctx.draft(Area.ORGANS, "organ-abbreviation-reverse", o.id());
            List<Organ> other = Draft.pick(pool, 3, r.random);
            r.stem("What is the abbreviation of the " + stripThe(o.name()) + "?")
                    .singleChoice(new Option(abbr, new Claim.AttributeIs(o.id(), "abbreviation", abbr)),
                            other.stream().map(x -> new Option(x.abbreviation().get(),
                                    new Claim.AttributeIs(o.id(), "abbreviation", x.abbreviation().get()))).toList())
                    .facts(o.id()).cite(o.citations())
                    .because(abbr + " stands for the " + stripThe(o.name()) + ".").difficulty(0.35).emit();
        }
    }

    /** Bodies of other organizations: which organization is each a body of? */
    private void otherOrganizations(Context ctx, Organization primary) {
        List<Organ> foreign = ctx.facts.organs().stream().filter(o -> !o.organization().equals(primary.id())).toList();
        List<Organization> orgs = ctx.facts.organizations();
        for (Organ o : foreign) {
            Organization owner = ctx.facts.get(o.organization(), Organization.class);
            if (owner.allNames().stream().anyMatch(n -> Texts.containsWords(o.name(), n))
                    || o.name().startsWith(owner.abbreviation().orElse("\u0000"))) {
                continue;
            }
            Draft d = ctx.draft(Area.ORGANS, "organ-organization", o.id());
            List<Organization> wrong = Draft.pick(orgs.stream().filter(x -> x != owner && x.abbreviation().isPresent()).toList(), 3, d.random);
            d.stem("The " + stripThe(o.name()) + " is a body of which organization?")
                    .singleChoice(new Option(owner.label(), new Claim.AttributeIs(o.id(), "organization", owner.id())),
                            wrong.stream().map(x -> new Option(x.label(), new Claim.AttributeIs(o.id(), "organization", x.id()))).toList())
                    .facts(o.id()).cite(o.citations())
                    .because("The " + stripThe(o.name()) + " is a body of the " + owner.label() + ".").difficulty(0.3).emit();
        }
    }

    // ---------------------------------------------------------------- offices

    private void offices(Context ctx, Organization org) {
        List<Office> offices = ctx.facts.offices().stream().filter(o -> o.organization().equals(org.id())).toList();
        List<Attributes.Item> standings = Attributes.items(offices, Office::standing, o -> "the " + stripThe(o.name()), Office::name);
        List<Attributes.Item> appointments = Attributes.items(offices, Office::appointment, o -> "the " + stripThe(o.name()), Office::name);
        for (Attributes.Item i : standings) {
            ctx.draft(Area.ORGANS, "office-standing", i.fact().id())
                    .stem("Who is " + Attributes.nounPhrase(i.display()) + "?")
                    .shortAnswer(((Office) i.fact()).allNames(), new Claim.AttributeIs(i.fact().id(), "standing", i.value()))
                    .facts(i.fact().id()).cite(i.citations()).because(Attributes.cap(i.name()) + " is " + Attributes.nounPhrase(i.display()) + ".")
                    .difficulty(0.4).emit();
        }
        for (Attributes.Item i : appointments) {
            Office office = (Office) i.fact();
            ctx.draft(Area.ORGANS, "office-appointment-tf", office.id())
                    .stem("True or false? " + Attributes.cap(i.name()) + " is chosen as follows: " + Texts.sentence(Attributes.nounPhrase(i.display())))
                    .trueFalse(new Claim.AttributeIs(office.id(), "appointment", i.value()), true)
                    .facts(office.id()).cite(i.citations()).because(Attributes.cap(i.name()) + ": " + i.display() + ".")
                    .difficulty(0.35).emit();
        }
        if (appointments.size() >= 2) {
            for (Attributes.Item key : appointments) {
                List<Attributes.Item> others = Attributes.different(key, appointments);
                if (others.isEmpty()) {
                    continue;
                }
                Attributes.Item shown = others.getFirst();
                ctx.draft(Area.ORGANS, "office-appointment-false", key.fact().id())
                        .stem("True or false? " + Attributes.cap(key.name()) + " is chosen as follows: " + Texts.sentence(Attributes.nounPhrase(shown.display())))
                        .trueFalse(new Claim.AttributeIs(key.fact().id(), "appointment", shown.value()), false)
                        .facts(key.fact().id()).cite(key.citations())
                        .because(Attributes.cap(key.name()) + ": " + key.display() + ". The statement describes " + shown.name() + " instead.")
                        .difficulty(0.45).emit();
            }
        }
        for (Office o : offices) {
            if (o.term().isEmpty()) {
                continue;
            }
            Sourced<String> term = o.term().get();
            Optional<Integer> years = years(term.value());
            if (years.isEmpty()) {
                continue;
            }
            int n = years.get();
            String because = "The term of " + "the " + stripThe(o.name()) + " is " + Texts.clause(term.value()).toLowerCase(java.util.Locale.ROOT) + ".";
            ctx.draft(Area.ORGANS, "office-term-numeric", o.id())
                    .stem("For how many years is the " + stripThe(o.name()) + " appointed? Enter the number of years.")
                    .numeric(Numeric.exactly(n), new Claim.AttributeIs(o.id(), "term", term.value()))
                    .facts(o.id()).cite(term.citations()).because(because).difficulty(0.5).emit();
            Draft d = ctx.draft(Area.ORGANS, "office-term", o.id());
            int keyIndex = d.random.nextInt(4);
            int first = Math.max(1, n - keyIndex);
            List<Option> options = new ArrayList<>();
            for (int k = first; k < first + 4; k++) {
                String text = YEARS.get(k) + (k == 1 ? " year" : " years");
                String value = k == n ? term.value() : text + ".";
                options.add(new Option(Attributes.cap(text), new Claim.AttributeIs(o.id(), "term", value)));
            }
            d.stem("What is the term of office of the " + stripThe(o.name()) + "?")
                    .singleChoiceInOrder(options, n - first)
                    .facts(o.id()).cite(term.citations()).because(because).difficulty(0.45).emit();
        }
    }

    private static final List<String> YEARS = List.of("zero", "one", "two", "three", "four", "five", "six", "seven", "eight");

    static Optional<Integer> years(String text) {
        String t = text.toLowerCase(java.util.Locale.ROOT);
        for (int i = 1; i < YEARS.size(); i++) {
            if (t.matches("^(" + YEARS.get(i) + "|" + i + ") years?\\.?$")) {
                return Optional.of(i);
            }
        }
        return Optional.empty();
    }

    // ---------------------------------------------------------------- exam formats

    private record Fact2(String text, Claim claim, boolean truth, List<Citation> citations) {
    }

    /** "With reference to the Collective Security Council, consider the following statements": two or three of its attributes. */
    private void statements(Context ctx, Organization org, List<Organ> organs) {
        Map<String, List<Attributes.Item>> byAttribute = new TreeMap<>();
        byAttribute.put("function", Attributes.items(organs, Organ::function, Attributes::name, Organ::name));
        byAttribute.put("composition", Attributes.items(organs, Organ::composition, Attributes::name, Organ::name));
        byAttribute.put("role", Attributes.items(organs, Organ::role, Attributes::name, Organ::name));
        for (Organ o : organs) {
            List<Fact2> facts = new ArrayList<>();
            Draft d = ctx.draft(Area.ORGANS, "organ-statements", o.id());
            for (Map.Entry<String, List<Attributes.Item>> e : byAttribute.entrySet()) {
                Optional<Attributes.Item> own = e.getValue().stream().filter(i -> i.fact() == o).findFirst();
                if (own.isEmpty()) {
                    continue;
                }
                String attribute = e.getKey();
                if (statementText(attribute, own.get()).isEmpty()) {
                    continue;
                }
                List<Attributes.Item> others = Attributes.different(own.get(), e.getValue()).stream()
                        .filter(i -> statementText(attribute, i).isPresent()).toList();
                boolean truth = others.isEmpty() || d.random.nextBoolean();
                Attributes.Item shown = truth ? own.get() : others.get(d.random.nextInt(others.size()));
                Optional<String> text = statementText(attribute, shown);
                text.ifPresent(t -> facts.add(new Fact2(Texts.sentence(t), new Claim.AttributeIs(o.id(), e.getKey(), shown.value()),
                        truth, own.get().citations())));
            }
            if (o.seat().isPresent()) {
                Place seat = ctx.facts.get(o.seat().get().value(), Place.class);
                List<Place> others = ctx.facts.places().stream().filter(p -> p.capitalOf().isPresent() && p != seat).toList();
                boolean truth = others.isEmpty() || d.random.nextBoolean();
                Place shown = truth ? seat : others.get(d.random.nextInt(others.size()));
                facts.add(new Fact2("It is located in " + shown.name() + ".", new Claim.AttributeIs(o.id(), "seat", shown.id()),
                        truth, o.seat().get().citations()));
            }
            if (facts.size() < 2) {
                continue;
            }
            List<Fact2> used = facts.size() >= 3 ? facts.subList(0, 3) : facts;
            List<Draft.Stmt> stmts = used.stream().map(f -> new Draft.Stmt(f.text(), f.claim(), f.truth())).toList();
            if (used.size() == 3) {
                d.howMany(Attributes.name(o), stmts);
            } else {
                d.whichStatements(Attributes.name(o), stmts);
            }
            d.facts(o.id()).cite(used.stream().flatMap(f -> f.citations().stream()).toList())
                    .because(String.join(" ", used.stream().map(f -> f.truth() ? "True: " + f.text() : "False: " + f.text()).toList()))
                    .difficulty(0.6).emit();
        }
    }

    private static Optional<String> statementText(String attribute, Attributes.Item shown) {
        return switch (attribute) {
            case "function", "role" -> Attributes.verbPhrase(shown.display()).map(v -> "It " + v)
                    .or(() -> attribute.equals("role") ? Optional.of("It is " + Attributes.nounPhrase(shown.display())) : Optional.empty());
            case "composition" -> Optional.of("It is made up of " + Attributes.nounPhrase(shown.display()));
            default -> Optional.empty();
        };
    }

    private void matching(Context ctx, Organization org, List<Organ> organs, List<Attributes.Item> functions) {
        List<Attributes.Item> statutory = new ArrayList<>();
        for (Attributes.Item i : functions) {
            Organ o = (Organ) i.fact();
            if (o.parent().isEmpty() && o.role().isPresent() && statutory.stream().noneMatch(s -> Attributes.similar(s.value(), i.value()))) {
                statutory.add(i);
            }
        }
        List<Attributes.Item> others = new ArrayList<>();
        for (Attributes.Item i : functions) {
            if (!statutory.contains(i) && others.stream().noneMatch(s -> Attributes.similar(s.value(), i.value()))
                    && statutory.stream().noneMatch(s -> Attributes.similar(s.value(), i.value()))) {
                others.add(i);
            }
        }
        matchSet(ctx, "statutory", "Match each of these main bodies of the " + org.abbreviation().orElse(org.name())
                + " with its function.", statutory);
        matchSet(ctx, "other", "Match each of these councils, centres and groups of the " + org.abbreviation().orElse(org.name())
                + " with its function.", others);
    }

    private void matchSet(Context ctx, String key, String stem, List<Attributes.Item> set) {
        if (set.size() < 3) {
            return;
        }
        Draft d = ctx.draft(Area.ORGANS, "organ-function-matching", key);
        List<Attributes.Item> items = Draft.pick(set, Math.min(4, set.size()), d.random);
        List<Attributes.Item> rest = set.stream().filter(i -> !items.contains(i)).toList();
        List<String> extra = rest.isEmpty() ? List.of() : List.of(Attributes.cap(rest.get(d.random.nextInt(rest.size())).display()));
        d.stem(stem)
                .matching(items.stream().map(Attributes.Item::option).toList(),
                        items.stream().map(i -> Attributes.cap(i.display())).toList(), extra,
                        (idx, text) -> new Claim.AttributeIs(items.get(idx).fact().id(), "function", valueOf(set, text)))
                .facts(items.stream().map(i -> i.fact().id()).toList())
                .cite(items.stream().flatMap(i -> i.citations().stream().limit(1)).toList())
                .because(String.join(" ", items.stream().map(i -> Attributes.cap(i.name()) + ": " + i.display() + ".").toList()))
                .difficulty(0.55).emit();
    }

    private static String valueOf(List<Attributes.Item> set, String text) {
        return set.stream().filter(i -> Attributes.cap(i.display()).equals(text)).findFirst().orElseThrow().value();
    }

    static BigDecimal number(int n) {
        return BigDecimal.valueOf(n);
    }
}

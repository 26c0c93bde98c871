package org.cstoquiz.engine.generate;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.cstoquiz.domain.Country;
import org.cstoquiz.domain.Event;
import org.cstoquiz.domain.OfficeHolding;
import org.cstoquiz.domain.Organ;
import org.cstoquiz.domain.PartialDate;
import org.cstoquiz.domain.Person;
import org.cstoquiz.engine.question.Area;

/**
 * People: who held which post at a given date, whom they represented on the organization's bodies,
 * and who did what in the events the sources record.
 */
final class PeopleGenerator implements AreaGenerator {

    @Override
    public void generate(Context ctx) {
        List<OfficeHolding> holdings = ctx.facts.holdings().stream().filter(h -> Context.area(h) == Area.PEOPLE).toList();
        for (OfficeHolding h : holdings) {
            Optional<PartialDate> date = h.period().asOf().or(() -> h.period().from());
            if (date.isEmpty()) {
                continue;
            }
            who(ctx, h, date.get(), holdings);
            post(ctx, h, date.get(), holdings);
            country(ctx, h, date.get());
            organ(ctx, h, date.get());
        }
        Map<String, List<OfficeHolding>> byOrgan = new LinkedHashMap<>();
        for (OfficeHolding h : holdings) {
            if (h.organ().isPresent() && h.country().isPresent() && h.period().asOf().isPresent()) {
                byOrgan.computeIfAbsent(h.organ().get() + "|" + h.period().asOf().get(), k -> new ArrayList<>()).add(h);
            }
        }
        byOrgan.forEach((key, list) -> matching(ctx, key, list));
        events(ctx);
    }

    private static Claim held(OfficeHolding h, String person, PartialDate date) {
        return new Claim.HeldPost(person, h.organ(), h.office(), h.country(), date);
    }

    private static String on(Context ctx, OfficeHolding h) {
        return h.organ().flatMap(ctx.facts::organ).filter(o -> h.office().isEmpty())
                .map(o -> ", with a seat on " + Attributes.name(o)).orElse("");
    }

    private static String because(Context ctx, OfficeHolding h, PartialDate date) {
        Person p = ctx.facts.get(h.person(), Person.class);
        return "As of " + date.display() + ", " + p.name() + " was " + h.title() + on(ctx, h) + ".";
    }

    private void who(Context ctx, OfficeHolding h, PartialDate date, List<OfficeHolding> holdings) {
        Person key = ctx.facts.get(h.person(), Person.class);
        List<Person> pool = new ArrayList<>();
        for (OfficeHolding other : holdings) {
            if (!other.person().equals(h.person()) && (other.organ().equals(h.organ()) || other.office().equals(h.office())
                    || other.country().equals(h.country()))) {
                Person p = ctx.facts.get(other.person(), Person.class);
                if (!pool.contains(p) && !p.sharesNameWith(key)) {
                    pool.add(p);
                }
            }
        }
        String stem = "As of " + date.display() + ", who was " + h.title() + on(ctx, h) + "?";
        Draft d = ctx.draft(Area.PEOPLE, "holder", h.id());
        List<Person> wrong = Draft.pickBalanced(pool.stream().filter(p -> ctx.holds(held(h, p.id(), date), false)).toList(),
                3, d.random, key.name().length(), p -> p.name().length());
        if (wrong.size() == 3) {
            d.stem(stem)
                    .singleChoice(new Option(key.name(), held(h, key.id(), date)),
                            wrong.stream().map(p -> new Option(p.name(), held(h, p.id(), date))).toList())
                    .facts(h.id()).cite(h.citations()).because(because(ctx, h, date)).timeFrame(date).difficulty(0.5).emit();
        }
        ctx.draft(Area.PEOPLE, "holder-short", h.id())
                .stem("Name the person who was " + h.title() + on(ctx, h) + " as of " + date.display() + ".")
                .shortAnswer(key.allNames(), held(h, key.id(), date))
                .facts(h.id()).cite(h.citations()).because(because(ctx, h, date)).timeFrame(date).difficulty(0.7).emit();
        if (!pool.isEmpty()) {
            boolean truth = Context.stableBit("holder-tf" + h.id());
            Person shown = truth ? key : pool.stream().filter(p -> ctx.holds(held(h, p.id(), date), false)).findFirst().orElse(null);
            Person other = pool.stream().filter(x -> ctx.holds(held(h, x.id(), date), false)).findFirst().orElse(null);
            if (other != null && ctx.holds(held(h, key.id(), date), true)) {
                String is = "As of " + date.display() + ", " + key.name() + " was " + h.title() + on(ctx, h) + ".";
                String isNot = "As of " + date.display() + ", " + other.name() + " was " + h.title() + on(ctx, h) + ".";
                ctx.candidate(new Context.Candidate(Area.PEOPLE, h.id(), is, held(h, key.id(), date), isNot,
                        held(h, other.id(), date), h.citations(), Optional.of(date)));
            }
            if (shown != null) {
                ctx.draft(Area.PEOPLE, "holder-tf", h.id())
                        .stem("True or false? As of " + date.display() + ", " + shown.name() + " was " + h.title() + on(ctx, h) + ".")
                        .trueFalse(held(h, shown.id(), date), truth)
                        .facts(h.id()).cite(h.citations()).because(because(ctx, h, date)).timeFrame(date).difficulty(0.45).emit();
            }
        }
    }

    private void post(Context ctx, OfficeHolding h, PartialDate date, List<OfficeHolding> holdings) {
        Person p = ctx.facts.get(h.person(), Person.class);
        List<OfficeHolding> pool = new ArrayList<>();
        for (OfficeHolding other : holdings) {
            if (!other.title().equals(h.title()) && pool.stream().noneMatch(x -> x.title().equals(other.title()))
                    && ctx.holds(held(other, p.id(), date), false) && !Attributes.similar(other.title(), h.title())) {
                pool.add(other);
            }
        }
        Draft d = ctx.draft(Area.PEOPLE, "post", h.id());
        List<OfficeHolding> wrong = Draft.pickBalanced(pool, 3, d.random, h.title().length(), x -> x.title().length());
        if (wrong.size() < 3) {
            return;
        }
        d.stem("As of " + date.display() + ", which post did " + p.name() + " hold?")
                .singleChoice(new Option(h.title(), held(h, p.id(), date)),
                        wrong.stream().map(x -> new Option(x.title(), held(x, p.id(), date))).toList())
                .facts(h.id()).cite(h.citations()).because(because(ctx, h, date)).timeFrame(date).difficulty(0.45).emit();
    }

    private void country(Context ctx, OfficeHolding h, PartialDate date) {
        if (h.country().isEmpty() || h.organ().isEmpty() || h.office().isPresent()) {
            return;
        }
        Person p = ctx.facts.get(h.person(), Person.class);
        Country c = ctx.facts.get(h.country().get(), Country.class);
        Organ organ = ctx.facts.get(h.organ().get(), Organ.class);
        List<Country> pool = ctx.facts.holdings().stream().filter(x -> x.organ().equals(h.organ()) && x.country().isPresent()
                && !x.country().equals(h.country())).map(x -> ctx.facts.get(x.country().get(), Country.class)).distinct().toList();
        Draft d = ctx.draft(Area.PEOPLE, "holder-country", h.id());
        List<Country> wrong = Draft.pick(pool, 3, d.random);
        if (wrong.size() < 3) {
            return;
        }
        Claim own = new Claim.HeldPost(p.id(), h.organ(), Optional.empty(), h.country(), date);
        d.stem("As of " + date.display() + ", which member state did " + p.name() + " represent on " + Attributes.name(organ) + "?")
                .singleChoice(new Option(c.name(), own), wrong.stream().map(x -> new Option(x.name(),
                        new Claim.HeldPost(p.id(), h.organ(), Optional.empty(), Optional.of(x.id()), date))).toList())
                .facts(h.id()).cite(h.citations()).because(because(ctx, h, date)).timeFrame(date).difficulty(0.4).emit();
    }

    /** "As of 1 April 2022, on which body did Sergey Lavrov sit?" */
    private void organ(Context ctx, OfficeHolding h, PartialDate date) {
        if (h.organ().isEmpty() || h.office().isPresent()) {
            return;
        }
        Person p = ctx.facts.get(h.person(), Person.class);
        Organ organ = ctx.facts.get(h.organ().get(), Organ.class);
        List<Organ> pool = ctx.facts.organsOf(organ.organization()).stream().filter(o -> o != organ
                && (o.composition().isPresent() || o.role().isPresent())
                && ctx.holds(new Claim.HeldPost(p.id(), Optional.of(o.id()), Optional.empty(), Optional.empty(), date), false)).toList();
        Draft d = ctx.draft(Area.PEOPLE, "holder-organ", h.id());
        List<Organ> wrong = Draft.pickBalanced(pool, 3, d.random, organ.name().length(), o -> o.name().length());
        if (wrong.size() < 3) {
            return;
        }
        d.stem("As of " + date.display() + ", on which body of the " + ctx.facts.primaryOrganization().abbreviation().orElse("")
                        + " did " + p.name() + " sit, as " + h.title() + "?")
                .singleChoice(new Option(organ.name(), new Claim.HeldPost(p.id(), h.organ(), Optional.empty(), Optional.empty(), date)),
                        wrong.stream().map(o -> new Option(o.name(), new Claim.HeldPost(p.id(), Optional.of(o.id()), Optional.empty(),
                                Optional.empty(), date))).toList())
                .facts(h.id()).cite(h.citations()).because(because(ctx, h, date)).timeFrame(date).difficulty(0.45).emit();
    }

    private void matching(Context ctx, String key, List<OfficeHolding> list) {
        if (list.size() < 4) {
            return;
        }
        Draft d = ctx.draft(Area.PEOPLE, "holder-matching", key);
        List<OfficeHolding> items = Draft.pick(list, 4, d.random).stream().sorted(Comparator.comparing(OfficeHolding::id)).toList();
        List<OfficeHolding> rest = list.stream().filter(x -> !items.contains(x)).toList();
        PartialDate date = items.getFirst().period().asOf().get();
        Organ organ = ctx.facts.get(items.getFirst().organ().get(), Organ.class);
        List<String> prompts = items.stream().map(h -> ctx.facts.get(h.person(), Person.class).name()).toList();
        List<String> keys = items.stream().map(h -> ctx.facts.get(h.country().get(), Country.class).name()).toList();
        List<String> extra = rest.isEmpty() ? List.of() : List.of(ctx.facts.get(rest.getFirst().country().get(), Country.class).name());
        d.stem("As of " + date.display() + ", match each member of " + Attributes.name(organ) + " with the state represented.")
                .matching(prompts, keys, extra, (i, name) -> new Claim.HeldPost(items.get(i).person(), items.get(i).organ(),
                        Optional.empty(), ctx.facts.countryByName(name).map(Country::id), date))
                .facts(items.stream().map(OfficeHolding::id).toList())
                .cite(items.stream().flatMap(h -> h.citations().stream()).toList())
                .because(String.join(" ", items.stream().map(h -> because(ctx, h, date)).toList()))
                .timeFrame(date).difficulty(0.55).emit();
    }

    /** "Fill in the blank: In May 2007, Secretary General ____ suggested that Iran could join the CSTO." */
    private void events(Context ctx) {
        List<Person> people = ctx.facts.people();
        for (Event e : ctx.facts.events()) {
            for (String subject : e.subjects()) {
                Optional<Person> person = ctx.facts.person(subject);
                if (person.isEmpty()) {
                    continue;
                }
                Person p = person.get();
                String sentence = DatesGenerator.dated(e.date(), Phrases.past(e));
                String blanked = sentence;
                for (String name : p.allNames().stream().sorted(Comparator.comparingInt(String::length).reversed()).toList()) {
                    blanked = blanked.replace(name, "____");
                }
                blanked = blanked.replaceAll("____( ____)+", "____");
                if (blanked.equals(sentence) || blanked.indexOf("____") != blanked.lastIndexOf("____")) {
                    continue;
                }
                List<Person> pool = people.stream().filter(x -> x != p && !e.subjects().contains(x.id())).toList();
                Draft d = ctx.draft(Area.PEOPLE, "event-person", e.id() + "|" + p.id());
                List<Person> wrong = Draft.pickBalanced(pool, 3, d.random, p.name().length(), x -> x.name().length());
                String because = sentence + ".";
                d.stem("Who is missing from this sentence? " + Texts.sentence(blanked))
                        .singleChoice(new Option(p.name(), new Claim.EventSubject(e.id(), p.id())),
                                wrong.stream().map(x -> new Option(x.name(), new Claim.EventSubject(e.id(), x.id()))).toList())
                        .facts(e.id(), p.id()).cite(e.citations()).because(because).difficulty(0.5).emit();
                ctx.draft(Area.PEOPLE, "event-person-short", e.id() + "|" + p.id())
                        .stem("Fill in the blank with the person's name: " + Texts.sentence(blanked))
                        .shortAnswer(p.allNames(), new Claim.EventSubject(e.id(), p.id()))
                        .facts(e.id(), p.id()).cite(e.citations()).because(because).difficulty(0.65).emit();
            }
        }
    }
}

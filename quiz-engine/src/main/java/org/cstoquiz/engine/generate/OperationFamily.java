package org.cstoquiz.engine.generate;

import java.util.Comparator;
import java.util.List;
import java.util.Set;
import org.cstoquiz.domain.Area;
import org.cstoquiz.domain.Country;
import org.cstoquiz.domain.Names;
import org.cstoquiz.domain.Operation;
import org.cstoquiz.domain.OperationKind;
import org.cstoquiz.domain.Organ;

/**
 * Operations, exercises and missions: what each aimed at, which body runs it, where it took place,
 * and which names are those of exercises.
 */
final class OperationFamily implements Family {

    @Override
    public void generate(Context ctx) {
        List<Operation> operations = ctx.facts.operations().stream().filter(o -> ctx.examWorthy(o.id())).toList();
        List<AttributeQuestions.Item> purposes = operations.stream().flatMap(o -> o.purpose().stream()
                .filter(v -> AttributeQuestions.fits(ctx, o, "purpose", v.value()))
                .map(v -> new AttributeQuestions.Item(o, o.name(), Wording.shown(o), Wording.plural(o.name()), o.to().isPresent(),
                        "purpose", v.value(), o.kind().name(), v.citations()))).toList();
        AttributeQuestions.forwardAmongLike(ctx, Area.OPERATIONS, "operation-purpose", purposes);
        // asked among its like only, an operation is "Which CSTO operation …?", not "operation, mission or exercise"
        AttributeQuestions.reverseAmongLike(ctx, Area.OPERATIONS, "purpose-operation",
                key -> "Which " + ctx.words.orgs(key.level().toLowerCase(java.util.Locale.ROOT)), purposes);
        AttributeQuestions.trueFalse(ctx, Area.OPERATIONS, "operation-purpose-tf", purposes);
        for (Operation o : operations) {
            coordinator(ctx, o);
            host(ctx, o);
            exerciseTrueFalse(ctx, o);
        }
        exercises(ctx, operations);
    }

    private void coordinator(Context ctx, Operation o) {
        if (o.coordinator().isEmpty()) {
            return;
        }
        Organ organ = ctx.facts.get(o.coordinator().get(), Organ.class);
        List<Organ> pool = ctx.facts.organsOf(o.organization()).stream()
                .filter(x -> x != organ && x.function().isPresent() && !AttributeQuestions.givesAway(ctx, x.name(), o.name())).toList();
        Draft d = ctx.draft(Area.OPERATIONS, "operation-coordinator", o.id());
        // bodies of the key's mould first (the other coordination councils of heads of competent authorities), not a
        // commission for military-economic cooperation beside a council on drug trafficking
        // and none so much shorter that the key stands out by its length (the lint would refuse the question at some seeds)
        List<Organ> longEnough = pool.stream().filter(x -> x.name().length() * 1.8 >= organ.name().length()).toList();
        List<Organ> candidates = longEnough.size() >= 3 ? longEnough : pool;
        List<Organ> wrong = new java.util.ArrayList<>(candidates.stream().filter(x -> Texts.similarity(x.name(), organ.name()) >= 0.15)
                .max(Comparator.comparingDouble(x -> Texts.similarity(x.name(), organ.name()))).stream().toList());
        wrong.addAll(Picks.nearest(candidates.stream().filter(x -> !wrong.contains(x)).toList(), 3 - wrong.size(),
                x -> Math.abs(Math.log((double) x.name().length() / organ.name().length())) + 2 * (1 - Texts.similarity(x.name(), organ.name())), d.random));
        String because = Texts.sentence(Names.capitalized(o.name()) + " is run under the auspices of " + organ.name());
        Assertion right = new Assertion.AttributeIs(o.id(), "coordinator", organ.id());
        if (wrong.size() == 3 && !AttributeQuestions.givesAway(ctx, organ.name(), o.name())) {
            d.stem("Under the auspices of which body is " + ctx.words.ofTheOrganization(o, o.name()) + " run?")
                    .singleChoice(new Option(Wording.shown(organ), right),
                            wrong.stream().map(x -> new Option(Wording.shown(x), new Assertion.AttributeIs(o.id(), "coordinator", x.id()))).toList())
                    .facts(o.id()).cite(o.citations()).because(because).difficulty(0.55).emit();
        }
        if (!wrong.isEmpty()) {
            boolean truth = Context.statesTheFact("coordinator-tf" + o.id());
            Organ shown = truth ? organ : wrong.getFirst();
            ctx.draft(Area.OPERATIONS, "operation-coordinator-tf", o.id())
                    .stem("True or false? " + Texts.sentence(Names.capitalized(o.name()) + " is run under the auspices of " + shown.name()))
                    .trueFalse(new Assertion.AttributeIs(o.id(), "coordinator", shown.id()), truth)
                    .facts(o.id()).cite(o.citations()).because(because).difficulty(0.45).emit();
        }
    }

    private void host(Context ctx, Operation o) {
        if (o.countries().size() != 1) {
            return;
        }
        Country c = ctx.facts.get(o.countries().getFirst(), Country.class);
        if (c.allNames().stream().anyMatch(n -> Texts.containsWords(o.name(), n))) {
            ctx.cannotAsk(o.id(), "its name gives its country away");
            return;
        }
        // "an air campaign against the Federal Republic of Yugoslavia" did not "take place in" it alone (Kosovo): where the
        // sources say it was directed against the state, its country is a theatre for other questions only
        if (o.citations().stream().anyMatch(q -> c.allNames().stream().map(Names::bare).anyMatch(n -> Texts.containsWords(q.quote(), "against the " + n)
                || Texts.containsWords(q.quote(), "against " + n)))) {
            ctx.cannotAsk(o.id(), "it was directed against its country, not held in it");
            return;
        }
        // where the organization's other operations took place first (Bosnia and Herzegovina beside Afghanistan),
        // then states like the key: its member states for an exercise at home, states outside it for a mission abroad
        // (Belgium, which hosts NATO, is no guess for Libya)
        Set<String> theatres = ctx.facts.operations().stream().filter(x -> x != o && x.organization().equals(o.organization()))
                .flatMap(x -> x.countries().stream()).collect(java.util.stream.Collectors.toSet());
        Set<String> members = ctx.facts.membershipsIn(o.organization()).stream().map(m -> m.country()).collect(java.util.stream.Collectors.toSet());
        boolean abroad = !members.contains(c.id());
        List<Country> near = java.util.stream.Stream.concat(theatres.stream().map(id -> ctx.facts.get(id, Country.class)),
                        ctx.facts.countries().stream().filter(x -> members.contains(x.id()) != abroad))
                .filter(x -> x != c && !(abroad && members.contains(x.id()) && !theatres.contains(x.id())))
                // nor a state gone by then: the Soviet Union or East Germany for a mission of 2009
                .filter(x -> theatres.contains(x.id()) || o.from().map(from -> Memberships.stillThere(ctx, x, from)).orElse(true)).distinct().toList();
        // an exercise at home among the states that were members then (not Georgia, which had left, for Rubezh 2008)
        List<Country> ofTheTime = abroad ? List.of() : o.from().map(from -> near.stream()
                .filter(ctx.facts.membersAt(o.organization(), from).members()::contains).toList()).orElse(List.of());
        List<Country> pool = ofTheTime.size() >= 3 ? ofTheTime : near;
        Draft d = ctx.draft(Area.OPERATIONS, "operation-country", o.id());
        // for a mission abroad, the organization's other theatres when there are three ("Ukraine" for Libya is no guess)
        List<Country> otherTheatres = pool.stream().filter(x -> theatres.contains(x.id())).toList();
        List<Country> wrong = abroad && otherTheatres.size() >= 3 ? Picks.random(otherTheatres, 3, d.random)
                : Picks.nearest(pool, 3, x -> theatres.contains(x.id()) == theatres.contains(c.id()) ? 0 : 1, d.random);
        String because = Texts.sentence(Names.capitalized(o.name()) + " took place in " + c.name());
        Assertion right = new Assertion.AttributeIs(o.id(), "countries", c.id());
        if (wrong.size() == 3) {
            // "did Operation Deliberate Force operate" says "operate" twice: an operation takes place, a force operates
            boolean tookPlace = o.kind() == OperationKind.EXERCISE || o.name().startsWith("Operation ");
            String named = ctx.words.ofTheOrganization(o, o.name()); // "the CSTO's Rubezh 2008": whose exercise
            d.stem("In which country " + (tookPlace ? "did " + named + " take place?" : "did " + named + " operate?"))
                    .singleChoice(new Option(c.displayName(), right),
                            wrong.stream().map(x -> new Option(x.displayName(), new Assertion.AttributeIs(o.id(), "countries", x.id()))).toList())
                    .facts(o.id()).cite(o.citations()).because(because).difficulty(0.5).emit();
        }
        ctx.draft(Area.OPERATIONS, "operation-country-short", o.id())
                .stem("Name the country in which " + ctx.words.ofTheOrganization(o, o.name()) + (o.kind() == OperationKind.EXERCISE || o.name().startsWith("Operation ")
                        ? " took place." : " operated."))
                .shortAnswer(c.allNames().stream().map(Names::bare).distinct().toList(), right)
                .facts(o.id()).cite(o.citations()).because(because).difficulty(0.6).emit();
    }

    /** The exercise names the pack lists without dates: which are exercises, and which one is not. */
    private void exercises(Context ctx, List<Operation> operations) {
        List<Operation> series = operations.stream().filter(o -> o.kind() == OperationKind.EXERCISE && o.from().isEmpty()).toList();
        List<Operation> others = operations.stream().filter(o -> o.kind() != OperationKind.EXERCISE && !calledExercise(ctx, o)
                && codeName(o).isPresent()).toList();
        if (series.size() < 3 || others.size() < 2) {
            return;
        }
        Draft d = ctx.draft(Area.OPERATIONS, "exercise-names", "series");
        List<Operation> keys = Picks.random(series, 3, d.random).stream().sorted(Comparator.comparing(Operation::name)).toList();
        List<Operation> wrong = Picks.random(others, 2, d.random);
        d.stem("Which of the following are names of " + exercises(ctx) + "? Select all that apply.")
                .multipleResponse(keys.stream().map(o -> new Option(shownAsName(o), kind(o))).toList(),
                        wrong.stream().map(o -> new Option(shownAsName(o), kind(o))).toList())
                .facts(keys.stream().map(Operation::id).toList())
                .cite(keys.stream().flatMap(o -> o.citations().stream().limit(1)).toList())
                .because(Texts.sentence(Texts.joinAnd(keys.stream().map(o -> Names.capitalized(o.name())).toList())
                        + " are exercises; " + Texts.joinAnd(wrong.stream().map(Operation::name).toList())
                        + " are not exercises but operations or missions"))
                .difficulty(0.45).emit();
        Operation odd = others.stream().min(Comparator.comparing(Operation::id)).orElseThrow();
        Draft s = ctx.draft(Area.OPERATIONS, "not-exercise", odd.id());
        List<Operation> three = Picks.random(series, 3, s.random);
        s.stem("Which of the following is NOT the name of " + anExercise(ctx) + "?")
                .singleChoice(new Option(shownAsName(odd), new Assertion.Not(kind(odd))),
                        three.stream().map(o -> new Option(shownAsName(o), new Assertion.Not(kind(o)))).toList())
                .facts(three.stream().map(Operation::id).toList()).cite(odd.citations())
                .cite(three.stream().flatMap(o -> o.citations().stream().limit(1)).toList())
                .because(Texts.sentence(Names.capitalized(odd.name()) + " is " + (odd.kind() == OperationKind.OPERATION ? "an operation"
                        : "a mission") + ", not an exercise"))
                .difficulty(0.45).emit();
    }

    /** Its bare code name ("Kanal" for Operation Kanal), when it has one that does not say what kind it is. */
    private static java.util.Optional<String> codeName(Operation o) {
        return o.allNames().stream().map(Names::bare).filter(n -> !n.isEmpty() && Character.isUpperCase(n.charAt(0))
                && Texts.words(n).stream().noneMatch(w -> w.startsWith("exerc") || w.startsWith("opera") || w.startsWith("missi")))
                .min(Comparator.comparingInt(String::length));
    }

    /** A code name in quotation marks, as exam papers print them: "Interaction", "Kanal". */
    private static String shownAsName(Operation o) {
        String n = codeName(o).orElse(Wording.shown(o));
        return n.startsWith("\"") ? n : "\"" + n + "\"";
    }

    private String exercises(Context ctx) {
        return ctx.facts.primaryOrganization().abbreviation().isPresent()
                ? ctx.words.orgs("military exercises") : "military exercises of " + ctx.words.org();
    }

    private String anExercise(Context ctx) {
        return ctx.facts.primaryOrganization().abbreviation().isPresent()
                ? "a " + ctx.words.orgs("military exercise") : "a military exercise of " + ctx.words.org();
    }

    /** "Operation Kanal", "the 2014 exercises in Kazakhstan": the name says what kind it is; "Rubezh 2008" does not. */
    static boolean saysItsKind(Operation o) {
        return Texts.words(o.name()).stream().anyMatch(w -> w.startsWith("exerc") || w.startsWith("opera") || w.startsWith("missi"));
    }

    /** Whether a source calls it an exercise, in its own quotes or in a fact about it (Kanal's observers "observe the annual exercise"). */
    private static boolean calledExercise(Context ctx, Operation o) {
        return java.util.stream.Stream.concat(o.allCitations().stream(),
                        ctx.facts.referringTo(o.id()).stream().flatMap(f -> f.citations().stream()))
                .anyMatch(c -> Texts.containsWords(c.quote(), "exercise"));
    }

    private void exerciseTrueFalse(Context ctx, Operation o) {
        boolean exercise = o.kind() == OperationKind.EXERCISE;
        // "ISAF was an exercise" is a category error, not a trap, where the pack records no exercises to confuse it with
        boolean exercisesRecorded = ctx.facts.operations().stream().filter(x -> x.kind() == OperationKind.EXERCISE).count() >= 2;
        if (!exercise && calledExercise(ctx, o) || saysItsKind(o) || !exercisesRecorded) {
            return;
        }
        // "Rubezh 2008 was a CSTO military exercise" is guessed in a paper on the CSTO: only where nothing better asks it
        if (exercise && ctx.typesSoFar(o.id()).size() >= 2) {
            return;
        }
        String is = Names.capitalized(o.name()) + (o.to().isPresent() ? (Wording.plural(o.name()) ? " were " : " was ")
                : (Wording.plural(o.name()) ? " are " : " is ")) + anExercise(ctx);
        ctx.candidate(exercise ? StatementCandidate.trueOnly(Area.OPERATIONS, o.id(), Texts.sentence(is), kind(o), o.citations())
                : StatementCandidate.both(Area.OPERATIONS, o.id(), Texts.sentence(is.replace(" " + anExercise(ctx), " "
                        + (o.kind() == OperationKind.OPERATION ? "an operation" : "a mission") + ", not " + anExercise(ctx))),
                new Assertion.Not(kind(o)), Texts.sentence(is), kind(o), o.citations()));
        ctx.draft(Area.OPERATIONS, "exercise-tf", o.id())
                .stem("True or false? " + Texts.sentence(is))
                .trueFalse(kind(o), exercise)
                .facts(o.id()).cite(o.citations())
                .because(Texts.sentence(Names.capitalized(o.name()) + (Wording.plural(o.name()) ? " were " : " was ")
                        + (exercise ? "an exercise" : o.kind() == OperationKind.OPERATION ? "an operation, not an exercise"
                        : "a mission, not an exercise")))
                .difficulty(0.4).emit();
    }

    private static Assertion kind(Operation o) {
        return new Assertion.AttributeIs(o.id(), "kind", OperationKind.EXERCISE.name());
    }
}

package org.cstoquiz.engine.generate;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.cstoquiz.domain.Country;
import org.cstoquiz.domain.Force;
import org.cstoquiz.domain.Operation;
import org.cstoquiz.domain.OperationKind;
import org.cstoquiz.domain.Organ;
import org.cstoquiz.engine.question.Area;

/**
 * Operations, exercises and missions: what each is for, which body runs it, where it took place,
 * which names are exercises; and the standing forces (composition, purpose, region).
 */
final class OperationsGenerator implements AreaGenerator {

    @Override
    public void generate(Context ctx) {
        List<Operation> operations = ctx.facts.operations().stream().filter(o -> Context.area(o) == Area.OPERATIONS).toList();
        List<Attributes.Item> purposes = Attributes.items(operations, Operation::purpose, OperationsGenerator::name, Operation::name);
        Attributes.forward(ctx, Area.OPERATIONS, "operation-purpose", "purpose", purposes,
                i -> "What was the aim of " + i.name() + ", according to the sources?", 0.5);
        Attributes.reverse(ctx, Area.OPERATIONS, "purpose-operation", "purpose", purposes,
                i -> "Which CSTO operation, exercise or mission is described as follows? " + Texts.sentence(i.display()), 0.5);
        Attributes.trueFalse(ctx, Area.OPERATIONS, "operation-purpose-tf", "purpose", purposes,
                (key, shown) -> Optional.of("The sources describe " + key.name() + " as follows: " + Texts.clause(shown.display())), 0.45);
        for (Operation o : operations) {
            coordinator(ctx, o);
            host(ctx, o);
        }
        exerciseNames(ctx, operations);
        forces(ctx);
    }

    /** "Operation Kanal", "Rubezh 2008", "the CSTO collective security mission in Kazakhstan (2022)". */
    static String name(Operation o) {
        String n = o.name();
        return n.startsWith("Operation ") || n.split(" ").length <= 3 ? n : "the " + n;
    }

    private void coordinator(Context ctx, Operation o) {
        if (o.coordinator().isEmpty()) {
            return;
        }
        Organ organ = ctx.facts.get(o.coordinator().get(), Organ.class);
        List<Organ> pool = ctx.facts.organsOf(o.organization()).stream().filter(x -> x != organ && x.function().isPresent()).toList();
        Draft d = ctx.draft(Area.OPERATIONS, "operation-coordinator", o.id());
        List<Organ> wrong = Draft.pickBalanced(pool, 3, d.random, organ.name().length(), x -> x.name().length());
        d.stem("Under the auspices of which body is " + name(o) + " run?")
                .singleChoice(new Option(organ.name(), new Claim.AttributeIs(o.id(), "coordinator", organ.id())),
                        wrong.stream().map(x -> new Option(x.name(), new Claim.AttributeIs(o.id(), "coordinator", x.id()))).toList())
                .facts(o.id(), organ.id()).cite(o.citations())
                .because(Attributes.cap(name(o)) + " is run under the auspices of " + Attributes.name(organ) + ".")
                .difficulty(0.55).emit();
    }

    private void host(Context ctx, Operation o) {
        if (o.countries().size() != 1 || o.kind() == OperationKind.OPERATION) {
            return;
        }
        Country c = ctx.facts.get(o.countries().getFirst(), Country.class);
        if (c.allNames().stream().anyMatch(n -> Texts.containsWords(o.name(), n))) {
            return;
        }
        List<Country> pool = ctx.facts.membershipsIn(o.organization()).stream()
                .map(m -> ctx.facts.get(m.country(), Country.class)).filter(x -> x != c).toList();
        Draft d = ctx.draft(Area.OPERATIONS, "operation-country", o.id());
        List<Country> wrong = Draft.pick(pool, 3, d.random);
        String because = Attributes.cap(name(o)) + " took place in " + c.name() + ".";
        d.stem("In which country did " + name(o) + " take place?")
                .singleChoice(new Option(c.name(), new Claim.AttributeIs(o.id(), "countries", c.id())),
                        wrong.stream().map(x -> new Option(x.name(), new Claim.AttributeIs(o.id(), "countries", x.id()))).toList())
                .facts(o.id()).cite(o.citations()).because(because).difficulty(0.5).emit();
        ctx.draft(Area.OPERATIONS, "operation-country-short", o.id())
                .stem("Name the country in which " + name(o) + " took place.")
                .shortAnswer(c.allNames(), new Claim.AttributeIs(o.id(), "countries", c.id()))
                .facts(o.id()).cite(o.citations()).because(because).difficulty(0.6).emit();
    }

    /** The exercise series the organization names: which of these names are exercises? */
    private void exerciseNames(Context ctx, List<Operation> operations) {
        List<Operation> series = operations.stream().filter(o -> o.kind() == OperationKind.EXERCISE && o.from().isEmpty()).toList();
        List<Operation> others = operations.stream().filter(o -> o.kind() != OperationKind.EXERCISE).toList();
        if (series.size() < 3 || others.size() < 2) {
            return;
        }
        Draft d = ctx.draft(Area.OPERATIONS, "exercise-names", "series");
        List<Operation> keys = Draft.pick(series, 3, d.random).stream().sorted(Comparator.comparing(Operation::name)).toList();
        List<Operation> wrong = Draft.pick(others, 2, d.random);
        d.stem("Which of the following are names of CSTO military exercises? Select all that apply.")
                .multipleResponse(keys.stream().map(o -> new Option(o.name(), new Claim.AttributeIs(o.id(), "kind", "EXERCISE"))).toList(),
                        wrong.stream().map(o -> new Option(o.name(), new Claim.AttributeIs(o.id(), "kind", "EXERCISE"))).toList())
                .facts(series.stream().map(Operation::id).toList())
                .cite(series.stream().flatMap(o -> o.citations().stream().limit(1)).toList())
                .because("The CSTO's exercises have well-known names such as " + Texts.joinAnd(series.stream().map(Operation::name).toList())
                        + "; " + Texts.joinAnd(wrong.stream().map(Operation::name).toList()) + " are not exercises but "
                        + "operations or missions.")
                .difficulty(0.5).emit();
        Operation o = others.get(Math.floorMod("operation-not-exercise".hashCode(), others.size()));
        Draft s = ctx.draft(Area.OPERATIONS, "operation-not-exercise", o.id());
        List<Operation> distractors = Draft.pick(series, 3, s.random);
        s.stem("Which of the following is NOT the name of a CSTO military exercise?")
                .singleChoice(new Option(o.name(), new Claim.Not(new Claim.AttributeIs(o.id(), "kind", "EXERCISE"))),
                        distractors.stream().map(x -> new Option(x.name(), new Claim.Not(new Claim.AttributeIs(x.id(), "kind", "EXERCISE")))).toList())
                .facts(o.id()).cite(o.citations())
                .because(Attributes.cap(name(o)) + " is " + (o.kind() == OperationKind.OPERATION ? "an operation" : "a mission")
                        + ", not an exercise; " + Texts.joinAnd(distractors.stream().map(Operation::name).toList()) + " are exercises.")
                .difficulty(0.45).emit();
    }

    private void forces(Context ctx) {
        List<Force> forces = ctx.facts.forces();
        List<Attributes.Item> compositions = Attributes.items(forces, Force::composition, Attributes::name, Force::name);
        Attributes.forward(ctx, Area.FIGURES, "force-composition", "composition", compositions,
                i -> "What are " + i.name() + " made up of?", 0.5);
        Attributes.reverse(ctx, Area.FIGURES, "composition-force", "composition", compositions,
                i -> "Which forces are made up as follows? " + Texts.sentence(i.display()), 0.5);
        List<Attributes.Item> purposes = Attributes.items(forces, Force::purpose, Attributes::name, Force::name);
        Attributes.forward(ctx, Area.FIGURES, "force-purpose", "purpose", purposes,
                i -> "What are " + i.name() + " for?", 0.5);
        Attributes.reverse(ctx, Area.FIGURES, "purpose-force", "purpose", purposes,
                i -> "Which forces have the following purpose? " + Texts.sentence(i.display()), 0.5);
        List<Attributes.Item> regions = Attributes.items(forces, Force::region, Attributes::name, Force::name);
        Attributes.forward(ctx, Area.FIGURES, "force-region", "region", regions,
                i -> "Which region of collective security does " + i.name() + " serve?", 0.5);
        Attributes.trueFalse(ctx, Area.FIGURES, "force-region-tf", "region", regions,
                (key, shown) -> Optional.of(Attributes.cap(key.name()) + " serves " + Attributes.nounPhrase(Texts.clause(shown.display()))), 0.45);
    }
}

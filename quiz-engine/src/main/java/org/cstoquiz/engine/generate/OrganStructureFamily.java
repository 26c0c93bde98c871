package org.cstoquiz.engine.generate;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.cstoquiz.domain.Area;
import org.cstoquiz.domain.Names;
import org.cstoquiz.domain.Organ;
import org.cstoquiz.domain.Organization;
import org.cstoquiz.domain.Place;

/**
 * Where the bodies sit in the structure: what each works under (and what works under each), and
 * where each is located; distractors are bodies of the same level and cities of the pack.
 */
final class OrganStructureFamily implements Family {

    @Override
    public void generate(Context ctx) {
        Organization org = ctx.facts.primaryOrganization();
        List<Organ> organs = ctx.facts.organsOf(org.id());
        List<Organ> parents = organs.stream().filter(o -> organs.stream().anyMatch(x -> x.parent().filter(o.id()::equals).isPresent()))
                .toList();
        for (Organ o : organs) {
            if (o.parent().isPresent() && ctx.examWorthy(o.id())) {
                parent(ctx, o, organs, parents);
            }
            if (o.seat().isPresent() && ctx.examWorthy(o.id())) {
                seat(ctx, o);
            }
        }
        for (Organ p : parents) {
            subordinates(ctx, p, organs);
        }
    }

    /** The bodies an organ works under, directly or through others. */
    static Set<String> ancestors(Context ctx, Organ o) {
        Set<String> out = new LinkedHashSet<>();
        Optional<String> parent = o.parent();
        while (parent.isPresent() && out.add(parent.get())) {
            parent = ctx.facts.organ(parent.get()).flatMap(Organ::parent);
        }
        return out;
    }

    /** "the highest body of the Organization", "the principal political decision-making body of NATO". */
    private static boolean highest(Organ o) {
        return o.role().filter(r -> HIGHEST.matcher(r.value()).find()).isPresent();
    }

    private static final java.util.regex.Pattern HIGHEST = java.util.regex.Pattern.compile("\\b(highest|supreme|principal)\\b");

    private static Assertion worksUnder(Organ o, Organ parent) {
        return new Assertion.AttributeIs(o.id(), "parent", parent.id());
    }

    private void parent(Context ctx, Organ o, List<Organ> organs, List<Organ> parents) {
        Organ parent = ctx.facts.get(o.parent().get(), Organ.class);
        if (parent.allNames().stream().anyMatch(n -> Texts.containsWords(o.name(), Names.bare(n)))) {
            // "the Secretariat of the CSTO Parliamentary Assembly" works under the Assembly: its name says so
            ctx.cannotAsk(o.id(), "its name gives away the body it works under");
            return;
        }
        Set<String> above = ancestors(ctx, o);
        // an ancestor would be right under a looser reading ("works under the Assembly" through its Council)
        // nor a part of the parent named after it ("the Council of the Assembly" for a commission of the Assembly)
        // nor the organization's highest body, which every body works under in the end
        List<Organ> pool = organs.stream().filter(x -> x != o && !above.contains(x.id()) && !ancestors(ctx, x).contains(o.id())
                && !highest(x) && !separate(x)
                && (parents.contains(x) || x.parent().isEmpty() && x.role().isPresent())
                && parent.allNames().stream().noneMatch(n -> Texts.containsWords(x.name(), Names.bare(n)))).toList();
        Draft d = ctx.draft(Area.ORGANS, "organ-parent", o.id());
        List<Organ> wrong = Picks.nearest(pool, 3, x -> parents.contains(x) ? 0 : 1, d.random);
        String because = Texts.sentence(o.name() + " works under " + parent.name());
        if (wrong.size() == 3) {
            d.stem("Under which " + ctx.words.orgsBody() + " does " + o.name() + " work?")
                    .singleChoice(new Option(Wording.shown(parent), worksUnder(o, parent)),
                            wrong.stream().map(x -> new Option(Wording.shown(x), worksUnder(o, x))).toList())
                    .facts(o.id()).cite(o.citations()).because(because).difficulty(0.5).emit();
        } else {
            ctx.cannotAsk(o.id(), "too few bodies to offer as what it works under");
        }
        boolean truth = wrong.isEmpty() || Context.statesTheFact("organ-parent-tf" + o.id());
        // not the same false parent for every body ("works under the Assembly" three times in one list)
        Organ falseParent = wrong.isEmpty() ? null : wrong.get(Math.floorMod(o.id().hashCode(), wrong.size()));
        Organ shown = truth ? parent : falseParent;
        ctx.draft(Area.ORGANS, "organ-parent-tf", o.id())
                .stem("True or false? " + Texts.sentence(o.name() + " works under " + shown.name()))
                .trueFalse(worksUnder(o, shown), truth)
                .facts(o.id()).cite(o.citations()).because(because).difficulty(0.45).emit();
        ctx.candidate(wrong.isEmpty() ? StatementCandidate.trueOnly(Area.ORGANS, o.id(), because, worksUnder(o, parent), o.citations())
                : StatementCandidate.both(Area.ORGANS, o.id(), because, worksUnder(o, parent),
                Texts.sentence(o.name() + " works under " + falseParent.name()), worksUnder(o, falseParent), o.citations()));
    }

    /** A body whose role says it stands apart from the organization ("institutionally separate from NATO"): no one's parent. */
    private static boolean separate(Organ o) {
        return o.role().filter(r -> SEPARATE.matcher(r.value()).find()).isPresent();
    }

    private static final java.util.regex.Pattern SEPARATE = java.util.regex.Pattern.compile("(?i)\\b(separate|independent) (from|of)\\b");

    private void subordinates(Context ctx, Organ p, List<Organ> organs) {
        List<Organ> subs = organs.stream().filter(o -> o.parent().filter(p.id()::equals).isPresent() && ctx.examWorthy(o.id()))
                .toList();
        // nor a body of the same parent as it ("the Assembly's commissions" for its Council, which directs the
        // Assembly's work): from another branch only
        Set<String> pAbove = ancestors(ctx, p);
        List<Organ> wrong = organs.stream().filter(o -> o != p && !ancestors(ctx, o).contains(p.id())
                && !pAbove.contains(o.id()) && o.parent().isPresent()
                && ancestors(ctx, o).stream().noneMatch(pAbove::contains)).toList();
        if (subs.size() < 2 || wrong.size() < 2) {
            return;
        }
        Draft d = ctx.draft(Area.ORGANS, "organ-subordinates", p.id());
        List<Organ> keys = Picks.random(subs, Math.min(3, subs.size()), d.random);
        List<Organ> others = Picks.random(wrong, Math.min(3, wrong.size()), d.random);
        d.stem("Which of the following work under " + p.name() + "? Select all that apply.")
                .multipleResponse(keys.stream().map(o -> new Option(Wording.shown(o), worksUnder(o, p))).toList(),
                        others.stream().map(o -> new Option(Wording.shown(o), worksUnder(o, p))).toList())
                .facts(keys.stream().map(Organ::id).toList())
                .cite(keys.stream().flatMap(o -> o.citations().stream().limit(1)).toList())
                .because("Working under " + p.name() + ": " + Texts.joinAnd(subs.stream().map(Organ::name).toList()) + ".")
                .difficulty(0.55).emit();
    }

    private void seat(Context ctx, Organ o) {
        Place seat = ctx.facts.get(o.seat().get().value(), Place.class);
        List<Place> pool = ctx.facts.places().stream().filter(p -> p != seat && p.kind().equals(seat.kind())
                && ctx.holds(new Assertion.AttributeIs(o.id(), "seat", p.id()), false)).toList();
        Draft d = ctx.draft(Area.ORGANS, "organ-seat", o.id());
        List<Place> wrong = Picks.nearest(pool, 3, p -> p.capitalOf().isPresent() ? 0 : 1, d.random);
        String because = Texts.sentence(o.name() + " is located in " + seat.name());
        Assertion right = new Assertion.AttributeIs(o.id(), "seat", seat.id());
        if (wrong.size() == 3) {
            d.stem("Where is " + o.name() + " located?")
                    .singleChoice(new Option(Wording.shown(seat), right), wrong.stream().map(p -> new Option(Wording.shown(p),
                            new Assertion.AttributeIs(o.id(), "seat", p.id()))).toList())
                    .facts(o.id()).cite(o.seat().get().citations()).because(because).difficulty(0.35).emit();
        }
        ctx.draft(Area.ORGANS, "organ-seat-short", o.id())
                .stem("In which city is " + o.name() + " located?")
                .shortAnswer(seat.allNames().stream().map(org.cstoquiz.domain.Names::bare).toList(), right)
                .facts(o.id()).cite(o.seat().get().citations()).because(because).difficulty(0.45).emit();
        if (!wrong.isEmpty()) {
            List<Place> shown = new ArrayList<>(List.of(seat, wrong.getFirst()));
            boolean truth = Context.statesTheFact("organ-seat-tf" + o.id());
            Place p = truth ? shown.get(0) : shown.get(1);
            ctx.draft(Area.ORGANS, "organ-seat-tf", o.id())
                    .stem("True or false? " + Texts.sentence(o.name() + " is located in " + p.name()))
                    .trueFalse(new Assertion.AttributeIs(o.id(), "seat", p.id()), truth)
                    .facts(o.id()).cite(o.seat().get().citations()).because(because).difficulty(0.3).emit();
        }
    }
}

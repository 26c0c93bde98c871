package org.cstoquiz.engine.generate;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.cstoquiz.domain.Fact;
import org.cstoquiz.domain.Named;
import org.cstoquiz.domain.Organization;
import org.cstoquiz.domain.PartialDate;
import org.cstoquiz.domain.Relation;
import org.cstoquiz.domain.RelationKind;
import org.cstoquiz.engine.question.Area;

/**
 * Relations: what the organization grew out of, is compared with, cooperates with, signed
 * agreements with, and is an observer at; which articles mirror or refer to which; and the other
 * organizations' names.
 */
final class RelationsGenerator implements AreaGenerator {

    @Override
    public void generate(Context ctx) {
        List<Relation> relations = ctx.facts.relations().stream().filter(r -> Context.area(r) == Area.RELATIONS).toList();
        for (Relation r : relations) {
            blank(ctx, r, relations);
        }
        cooperation(ctx, relations);
        abbreviations(ctx);
    }

    private static String name(Fact f) {
        return f instanceof Named n ? n.name() : f.label();
    }

    /** The same kind of fact as {@code target}, for distractors: organizations with organizations, articles with articles. */
    private static List<Fact> sameKind(Context ctx, Fact target) {
        return ctx.facts.facts().stream().filter(f -> f.getClass() == target.getClass() && f != target && f instanceof Named)
                .filter(f -> !(f instanceof org.cstoquiz.domain.Document d && target instanceof org.cstoquiz.domain.Document t)
                        || d.kind() == t.kind())
                .toList();
    }

    /** "Fill in the blank: The CSTO grew out of the framework of the ____." */
    private void blank(Context ctx, Relation r, List<Relation> all) {
        Fact object = ctx.facts.find(r.object()).orElseThrow();
        List<String> names = new ArrayList<>();
        if (object instanceof Named n) {
            names.addAll(n.allNames());
        }
        String description = Texts.clause(r.description());
        String blanked = null;
        for (String n : names.stream().sorted(Comparator.comparingInt(String::length).reversed()).toList()) {
            int at = description.indexOf(n);
            if (at >= 0) {
                blanked = description.substring(0, at) + "____" + description.substring(at + n.length());
                break;
            }
        }
        if (blanked == null) {
            ctx.drop("relation-blank: the object is not named in the description");
            return;
        }
        String shownKey = optionText(ctx, object);
        List<Fact> pool = sameKind(ctx, object).stream()
                .filter(f -> ctx.holds(new Claim.RelationHolds(r.subject(), r.kind(), f.id()), false))
                .filter(f -> !(f instanceof Named n && object instanceof Named o && n.sharesNameWith(o)))
                .filter(f -> !optionText(ctx, f).equals(shownKey))
                .toList();
        Draft d = ctx.draft(Area.RELATIONS, "relation-blank", r.id());
        List<Fact> wrong = Draft.pickBalanced(pool, 3, d.random, shownKey.length(), f -> optionText(ctx, f).length());
        if (wrong.size() < 3) {
            ctx.drop("relation-blank: too few facts of the same kind");
            return;
        }
        Optional<PartialDate> frame = r.asOf().or(r::since);
        d.stem("Fill in the blank: " + Texts.sentence(blanked))
                .singleChoice(new Option(shownKey, new Claim.RelationHolds(r.subject(), r.kind(), object.id())),
                        wrong.stream().map(f -> new Option(optionText(ctx, f), new Claim.RelationHolds(r.subject(), r.kind(), f.id()))).toList())
                .facts(r.id()).cite(r.citations()).because(Texts.sentence(r.description()));
        if (r.asOf().isPresent()) {
            d.timeFrame(r.asOf().get());
        }
        d.difficulty(0.45).emit();
        boolean truth = Context.stableBit("relation-tf" + r.id());
        if (!truth && !description.contains(shownKey)) {
            return;
        }
        if (description.contains(shownKey) && r.asOf().isEmpty()) {
            ctx.candidate(new Context.Candidate(Area.RELATIONS, r.id(), Texts.sentence(description),
                    new Claim.RelationHolds(r.subject(), r.kind(), object.id()),
                    Texts.sentence(description.replace(shownKey, optionText(ctx, wrong.getFirst()))),
                    new Claim.RelationHolds(r.subject(), r.kind(), wrong.getFirst().id()), r.citations(), Optional.empty()));
        }
        String text = truth ? description : description.replace(names.stream().filter(description::contains).findFirst().orElseThrow(),
                optionText(ctx, wrong.getFirst()));
        Fact shown = truth ? object : wrong.getFirst();
        Draft t = ctx.draft(Area.RELATIONS, "relation-tf", r.id())
                .stem("True or false? " + Texts.sentence(text))
                .trueFalse(new Claim.RelationHolds(r.subject(), r.kind(), shown.id()), truth)
                .facts(r.id()).cite(r.citations()).because(Texts.sentence(r.description()));
        if (r.asOf().isPresent()) {
            t.timeFrame(r.asOf().get());
        }
        t.difficulty(0.4).emit();
        if (frame.isEmpty()) {
            return;
        }
    }

    private static String optionText(Context ctx, Fact f) {
        if (f instanceof org.cstoquiz.domain.Article a) {
            return "Article " + a.number().orElse("?") + " of " + ArticlesGenerator.docName(ctx.facts.get(a.document(),
                    org.cstoquiz.domain.Document.class)).substring(4);
        }
        return name(f);
    }

    /** "With which of the following does the CSTO develop cooperation?" */
    private void cooperation(Context ctx, List<Relation> relations) {
        Organization primary = ctx.facts.primaryOrganization();
        List<Relation> coop = relations.stream().filter(r -> r.subject().equals(primary.id()) && r.kind() == RelationKind.COOPERATES_WITH
                && r.asOf().isEmpty()).toList();
        List<Organization> partners = coop.stream().map(r -> ctx.facts.find(r.object(), Organization.class)).flatMap(Optional::stream).toList();
        List<Organization> others = ctx.facts.organizations().stream().filter(o -> o != primary && !partners.contains(o)
                && ctx.holds(new Claim.RelationHolds(primary.id(), RelationKind.COOPERATES_WITH, o.id()), false)
                && relations.stream().noneMatch(r -> r.involves(o.id()) && r.involves(primary.id()))).toList();
        if (partners.size() < 2 || others.isEmpty()) {
            return;
        }
        String orgName = primary.abbreviation().map(a -> "the " + a).orElse(primary.name());
        Draft d = ctx.draft(Area.RELATIONS, "cooperation", primary.id());
        List<Organization> keys = Draft.pick(partners, 3, d.random).stream().sorted(Comparator.comparing(Organization::name)).toList();
        List<Organization> wrong = Draft.pick(others, Math.min(2, others.size()), d.random);
        d.stem("With which of the following organizations, according to the sources, does " + orgName
                        + " develop cooperation? Select all that apply.")
                .multipleResponse(keys.stream().map(o -> new Option(o.label(), new Claim.RelationHolds(primary.id(),
                                RelationKind.COOPERATES_WITH, o.id()))).toList(),
                        wrong.stream().map(o -> new Option(o.label(), new Claim.RelationHolds(primary.id(),
                                RelationKind.COOPERATES_WITH, o.id()))).toList())
                .facts(coop.stream().map(Relation::id).toList())
                .cite(coop.stream().flatMap(r -> r.citations().stream().limit(1)).toList())
                .because("The sources name cooperation of " + orgName + " with "
                        + Texts.joinAnd(partners.stream().map(Organization::label).toList()) + ".")
                .difficulty(0.55).emit();
    }

    /** "What does the abbreviation SCO stand for?" and the reverse, typed. */
    private void abbreviations(Context ctx) {
        List<Organization> orgs = ctx.facts.organizations().stream().filter(o -> o.abbreviation().isPresent()
                && Context.area(o) == Area.RELATIONS).toList();
        for (Organization o : orgs) {
            String abbr = o.abbreviation().get();
            List<Organization> pool = ctx.facts.organizations().stream().filter(x -> x != o && x.abbreviation().isPresent()).toList();
            Draft d = ctx.draft(Area.RELATIONS, "organization-abbreviation", o.id());
            List<Organization> wrong = Draft.pickBalanced(pool, 3, d.random, o.name().length(), x -> x.name().length());
            String because = abbr + " stands for the " + o.name() + ".";
            d.stem("What does the abbreviation " + abbr + " stand for?")
                    .singleChoice(new Option(o.name(), new Claim.AttributeIs(o.id(), "abbreviation", abbr)),
                            wrong.stream().map(x -> new Option(x.name(), new Claim.AttributeIs(x.id(), "abbreviation", abbr))).toList())
                    .facts(o.id()).cite(o.citations()).because(because).difficulty(0.25).emit();
            ctx.draft(Area.RELATIONS, "organization-name-short", o.id())
                    .stem("Write out in full the name of the organization abbreviated " + abbr + ".")
                    .shortAnswer(o.allNames().stream().filter(n -> !n.equals(abbr)).toList(), new Claim.AttributeIs(o.id(), "abbreviation", abbr))
                    .facts(o.id()).cite(o.citations()).because(because).difficulty(0.45).emit();
        }
    }
}

package org.cstoquiz.engine.generate;

import java.util.List;
import org.cstoquiz.domain.Area;
import org.cstoquiz.domain.Names;
import org.cstoquiz.domain.Organization;
import org.cstoquiz.domain.Place;
import org.cstoquiz.domain.Sourced;

/**
 * The organizations themselves: where each is headquartered, what kind of organization it is, what
 * it is for; and what an abbreviation stands for when its letters do not simply spell the name.
 */
final class OrganizationFamily implements Family {

    @Override
    public void generate(Context ctx) {
        List<Organization> orgs = ctx.facts.organizations().stream().filter(o -> ctx.examWorthy(o.id())).toList();
        for (Organization o : orgs) {
            o.headquarters().ifPresent(hq -> headquarters(ctx, o, hq));
        }
        for (String attribute : List.of("type", "purpose")) {
            // "NATO is a military alliance" in a NATO paper tests nothing: the pack's own organization's type is not asked
            List<AttributeQuestions.Item> items = orgs.stream()
                    .filter(o -> !(attribute.equals("type") && o.equals(ctx.facts.primaryOrganization())))
                    .flatMap(o -> (attribute.equals("type") ? o.type() : o.purpose()).stream()
                    .filter(v -> AttributeQuestions.fits(ctx, o, attribute, v.value()))
                    .map(v -> new AttributeQuestions.Item(o, o.name(), Wording.shown(o), false, false, attribute, v.value(),
                            "organization", v.citations()))).toList();
            AttributeQuestions.forward(ctx, Context.area(ctx.facts.primaryOrganization()), "organization-" + attribute, items);
            AttributeQuestions.trueFalse(ctx, Context.area(ctx.facts.primaryOrganization()), "organization-" + attribute + "-tf", items);
        }
    }

    private void headquarters(Context ctx, Organization o, Sourced<String> hq) {
        Place place = ctx.facts.get(hq.value(), Place.class);
        Assertion right = new Assertion.AttributeIs(o.id(), "headquarters", place.id());
        List<Place> pool = ctx.facts.places().stream().filter(p -> p != place && p.kind().equals(place.kind())
                && p.capitalOf().isPresent()).toList();
        Draft d = ctx.draft(Context.area(o), "organization-headquarters", o.id());
        List<Place> wrong = Picks.random(pool, 3, d.random);
        String because = Texts.sentence(Names.capitalized(o.name()) + " is headquartered in " + place.name());
        if (wrong.size() == 3) {
            d.stem("Where are the headquarters of " + o.name() + "?")
                    .singleChoice(new Option(Wording.shown(place), right), wrong.stream().map(p -> new Option(Wording.shown(p),
                            new Assertion.AttributeIs(o.id(), "headquarters", p.id()))).toList())
                    .facts(o.id()).cite(hq.citations()).because(because).difficulty(0.25).emit();
        }
        ctx.draft(Context.area(o), "organization-headquarters-short", o.id())
                .stem("In which city is " + o.name() + " headquartered?")
                .shortAnswer(place.allNames().stream().map(Names::bare).toList(), right)
                .facts(o.id()).cite(hq.citations()).because(because).difficulty(0.3).emit();
    }
}

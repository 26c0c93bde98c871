package org.cstoquiz.engine.generate;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.cstoquiz.domain.Area;
import org.cstoquiz.domain.Force;
import org.cstoquiz.domain.Sourced;

/** The standing forces: what each is made up of, what it is for, which region it serves. */
final class ForceFamily implements Family {

    @Override
    public void generate(Context ctx) {
        List<Force> forces = ctx.facts.forces().stream().filter(f -> ctx.examWorthy(f.id())).toList();
        attribute(ctx, forces, "composition", Force::composition);
        attribute(ctx, forces, "purpose", Force::purpose);
        attribute(ctx, forces, "region", Force::region);
    }

    private void attribute(Context ctx, List<Force> forces, String attribute, Function<Force, Optional<Sourced<String>>> get) {
        List<AttributeQuestions.Item> items = forces.stream().flatMap(f -> get.apply(f).stream()
                .filter(v -> AttributeQuestions.fits(ctx, f, attribute, v.value()))
                .map(v -> new AttributeQuestions.Item(f, f.name(), Wording.shown(f), Wording.plural(f.name()), false, attribute,
                        v.value(), "force", v.citations()))).toList();
        Area area = forces.isEmpty() ? Area.FIGURES : Context.area(forces.getFirst());
        AttributeQuestions.forward(ctx, area, "force-" + attribute, items);
        AttributeQuestions.reverse(ctx, area, attribute + "-force", "Which " + ctx.words.orgs("forces"), items);
        AttributeQuestions.trueFalse(ctx, area, "force-" + attribute + "-tf", items);
    }
}

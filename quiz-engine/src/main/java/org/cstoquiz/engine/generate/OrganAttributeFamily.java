package org.cstoquiz.engine.generate;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.cstoquiz.domain.Area;
import org.cstoquiz.domain.Organ;
import org.cstoquiz.domain.Organization;
import org.cstoquiz.domain.Sourced;

/**
 * What each body of the organization is, is made up of, does, is headed by and how it meets: from
 * the body to the attribute, from the attribute to the body, and true/false, each attribute in the
 * sentence form the guide asks for.
 */
final class OrganAttributeFamily implements Family {

    @Override
    public void generate(Context ctx) {
        Organization org = ctx.facts.primaryOrganization();
        List<Organ> organs = ctx.facts.organsOf(org.id()).stream().filter(o -> ctx.examWorthy(o.id())).toList();
        attribute(ctx, organs, "role", Organ::role);
        attribute(ctx, organs, "composition", Organ::composition);
        attribute(ctx, organs, "function", Organ::function);
        attribute(ctx, organs, "head", Organ::head);
        attribute(ctx, organs, "meetings", Organ::meetings);
    }

    private void attribute(Context ctx, List<Organ> organs, String attribute, Function<Organ, Optional<Sourced<String>>> get) {
        List<AttributeQuestions.Item> items = items(ctx, organs, attribute, get);
        AttributeQuestions.forward(ctx, Area.ORGANS, "organ-" + attribute, items);
        AttributeQuestions.reverse(ctx, Area.ORGANS, attribute + "-organ", "Which " + ctx.words.orgsBody(), items);
        AttributeQuestions.trueFalse(ctx, Area.ORGANS, "organ-" + attribute + "-tf", items);
    }

    static List<AttributeQuestions.Item> items(Context ctx, List<Organ> organs, String attribute,
                                               Function<Organ, Optional<Sourced<String>>> get) {
        return organs.stream().flatMap(o -> get.apply(o).stream().map(v -> {
            if (!AttributeQuestions.fits(ctx, o, attribute, v.value())) {
                return null;
            }
            return new AttributeQuestions.Item(o, name(o), Wording.shown(o), Wording.plural(o.name()), false, attribute,
                    v.value(), o.parent().orElse("top"), v.citations());
        })).filter(java.util.Objects::nonNull).toList();
    }

    /** "the Collective Security Council (CSC)": the name inside a sentence, with its abbreviation. */
    static String name(Organ o) {
        return Wording.inFull(o.name(), o.abbreviation());
    }
}

package org.cstoquiz.engine.generate;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.cstoquiz.domain.Area;
import org.cstoquiz.domain.Names;
import org.cstoquiz.domain.Office;
import org.cstoquiz.domain.Sourced;
import org.cstoquiz.engine.question.Numeric;

/**
 * The organization's offices: who holds a standing ("Who is the highest administrative official of
 * the CSTO?"), how the holder is chosen, and for how long.
 */
final class OfficeFamily implements Family {

    private static final List<String> NUMBERS = List.of("zero", "one", "two", "three", "four", "five", "six", "seven",
            "eight", "nine", "ten");

    @Override
    public void generate(Context ctx) {
        List<Office> offices = ctx.facts.offices().stream()
                .filter(o -> o.organization().equals(ctx.facts.primaryOrganization().id()) && ctx.examWorthy(o.id())).toList();
        List<AttributeQuestions.Item> standings = items(ctx, offices, "standing");
        for (AttributeQuestions.Item i : standings) {
            Office o = (Office) i.fact();
            ctx.draft(Area.ORGANS, "office-standing-short", o.id())
                    .stem("Which office is held by " + Texts.clause(i.value()) + "?") // answered by a post, not a person
                    .shortAnswer(o.allNames().stream().map(Names::bare).distinct().toList(), AttributeQuestions.is(i, i.value()))
                    .facts(o.id()).cite(i.citations()).because(i.sentence()).difficulty(0.4).emit();
        }
        AttributeQuestions.trueFalse(ctx, Area.ORGANS, "office-standing-tf", standings);
        AttributeQuestions.trueFalse(ctx, Area.ORGANS, "office-appointment-tf", items(ctx, offices, "appointment"));
        List<AttributeQuestions.Item> terms = items(ctx, offices, "term");
        for (AttributeQuestions.Item i : terms) {
            years(i.value()).ifPresent(n -> ctx.draft(Area.ORGANS, "office-term-numeric", i.fact().id())
                    .stem("For how many years is " + i.subject() + " appointed? Enter the number of years.")
                    .numeric(Numeric.exactly(n), AttributeQuestions.is(i, i.value()))
                    .facts(i.fact().id()).cite(i.citations())
                    .because(Texts.sentence(Names.capitalized(i.subject()) + " is appointed for " + Texts.clause(i.value())))
                    .difficulty(0.5).emit());
        }
        AttributeQuestions.trueFalse(ctx, Area.ORGANS, "office-term-tf", terms);
    }

    /** An office named as a role that passes, not as the person appointed to it: "the chairmanship", "the presidency". */
    private static final java.util.regex.Pattern ROLE_NOT_PERSON = java.util.regex.Pattern.compile("(?i)\\b\\w+ship\\b|\\bpresidency\\b");

    private static List<AttributeQuestions.Item> items(Context ctx, List<Office> offices, String attribute) {
        List<AttributeQuestions.Item> out = new ArrayList<>();
        for (Office o : offices) {
            if (attribute.equals("appointment") && ROLE_NOT_PERSON.matcher(o.name()).find()) {
                continue; // "the chairmanship … is appointed by decision of the heads of state" reads wrong, true or false
            }
            Optional<Sourced<String>> v = switch (attribute) {
                case "standing" -> o.standing();
                case "appointment" -> o.appointment();
                default -> o.term();
            };
            v.filter(s -> AttributeQuestions.fits(ctx, o, attribute, s.value())).ifPresent(s -> out.add(new AttributeQuestions.Item(o, o.name(),
                    Wording.shown(o), false, false, attribute, s.value(), "office", s.citations())));
        }
        return out;
    }

    /** "three years" → 3; "5 years, with the possibility of extension" → 5. */
    static Optional<Integer> years(String text) {
        String t = text.toLowerCase(Locale.ROOT).strip();
        for (int i = 1; i < NUMBERS.size(); i++) {
            if (t.startsWith(NUMBERS.get(i) + " year") || t.startsWith(i + " year") || t.startsWith("a period of " + i + " year")
                    || t.startsWith("a period of " + NUMBERS.get(i) + " year")) {
                return Optional.of(i);
            }
        }
        return Optional.empty();
    }
}

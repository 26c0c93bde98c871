package org.cstoquiz.engine.generate;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.cstoquiz.domain.Citation;
import org.cstoquiz.domain.Fact;
import org.cstoquiz.domain.Named;
import org.cstoquiz.domain.Sourced;
import org.cstoquiz.engine.question.Area;

/**
 * Questions on one descriptive attribute (an organ's function, a force's purpose...) of several
 * facts of one kind: from the fact to its attribute, from the attribute to the fact, and true/false.
 * Distractors are the same attribute of other facts of the kind, and only when their wording is
 * clearly different (so that none is true under a looser reading).
 */
final class Attributes {

    /** Above this word overlap, two descriptions may say the same thing: never key and distractor together. */
    static final double SIMILAR = 0.2;

    /** Verbs a description may start with ("Coordinates the ..."), so that "The X coordinates ..." reads well. */
    private static final Set<String> VERBS = Set.of("considers", "coordinates", "provides", "deals", "runs", "finalises",
            "plays", "addresses", "examines", "ensures", "prepares", "regulates", "broadens", "concerns", "reveals",
            "establishes", "appointed", "transferred");

    private Attributes() {
    }

    /**
     * One fact's attribute.
     *
     * @param fact    the fact described
     * @param name    how the fact is named inside a sentence ("the Collective Security Council (CSC)")
     * @param option  how it is named as an option ("Collective Security Council")
     * @param value   the attribute's value as stored (text, or a fact id for references)
     * @param display the value as shown ("The heads of the member states")
     */
    record Item(Fact fact, String name, String option, String value, String display, List<Citation> citations) {
    }

    /** Items for an optional text attribute of each fact. */
    static <F extends Fact> List<Item> items(List<F> facts, Function<F, Optional<Sourced<String>>> attribute,
                                             Function<F, String> name, Function<F, String> option) {
        List<Item> out = new ArrayList<>();
        for (F f : facts) {
            attribute.apply(f)
                    // notes about the sources ("the source gives no date") describe nothing
                    .filter(s -> !s.value().toLowerCase(Locale.ROOT).contains("source"))
                    .ifPresent(s -> out.add(new Item(f, name.apply(f), option.apply(f), s.value(),
                            Texts.clause(s.value()), s.citations())));
        }
        return out;
    }

    static boolean similar(String a, String b) {
        return Texts.similarity(a, b) >= SIMILAR || Texts.containsWords(a, b) || Texts.containsWords(b, a);
    }

    /** The other items whose value reads clearly differently from the key's. */
    static List<Item> different(Item key, List<Item> all) {
        return all.stream().filter(i -> i.fact() != key.fact() && !similar(i.value(), key.value())).toList();
    }

    /** True when no other item has a value like the key's: asking for the fact from the value then has one answer. */
    static boolean unique(Item key, List<Item> all) {
        return all.stream().noneMatch(i -> i.fact() != key.fact() && similar(i.value(), key.value()));
    }

    static String name(Named n) {
        String base = n.name();
        String article = Character.isUpperCase(base.charAt(0)) ? "the " : "";
        return article + base + n.abbreviation().map(a -> " (" + a + ")").orElse("");
    }

    /** "What is the function of the CFM?" with the functions of other facts as distractors. */
    static void forward(Context ctx, Area area, String family, String attribute, List<Item> items,
                        Function<Item, String> stem, double difficulty) {
        for (Item key : items) {
            if (Texts.sharesSpecificWord(key.name(), key.display())) {
                ctx.drop(family + ": the name gives the " + attribute + " away");
                continue;
            }
            Draft d = ctx.draft(area, family, key.fact().id());
            List<Item> pool = different(key, items);
            List<Item> distractors = Draft.pickBalanced(distinctValues(pool), 3, d.random, key.display().length(),
                    i -> i.display().length());
            if (distractors.size() < 3) {
                ctx.drop(family + ": too few clearly different " + attribute + "s");
                continue;
            }
            d.stem(stem.apply(key))
                    .singleChoice(new Option(cap(key.display()), new Claim.AttributeIs(key.fact().id(), attribute, key.value())),
                            distractors.stream().map(i -> new Option(cap(i.display()),
                                    new Claim.AttributeIs(key.fact().id(), attribute, i.value()))).toList())
                    .facts(key.fact().id()).cite(key.citations())
                    .because(cap(key.name()) + ": " + key.display() + ".")
                    .difficulty(difficulty).emit();
        }
    }

    /** "Which CSTO body has the following function? ..." with other facts as distractors. */
    static void reverse(Context ctx, Area area, String family, String attribute, List<Item> items,
                        Function<Item, String> stem, double difficulty) {
        for (Item key : items) {
            if (!unique(key, items)) {
                ctx.drop(family + ": another fact has a similar " + attribute);
                continue;
            }
            if (Texts.sharesSpecificWord(key.option(), key.display())) {
                ctx.drop(family + ": the " + attribute + " gives the name away");
                continue;
            }
            Draft d = ctx.draft(area, family, key.fact().id());
            List<Item> pool = different(key, items);
            List<Item> distractors = Draft.pickBalanced(distinctOptions(pool), 3, d.random, key.option().length(),
                    i -> i.option().length());
            if (distractors.size() < 3) {
                ctx.drop(family + ": too few other facts with a " + attribute);
                continue;
            }
            d.stem(stem.apply(key))
                    .singleChoice(new Option(key.option(), new Claim.AttributeIs(key.fact().id(), attribute, key.value())),
                            distractors.stream().map(i -> new Option(i.option(),
                                    new Claim.AttributeIs(i.fact().id(), attribute, key.value()))).toList())
                    .facts(key.fact().id()).cite(key.citations())
                    .because(cap(key.name()) + ": " + key.display() + ".")
                    .difficulty(difficulty).emit();
        }
    }

    /**
     * True/false: the fact's own value, or (decided by the text, not the seed) another fact's clearly
     * different value. {@code sentence} writes "X has value" or returns empty when it cannot.
     */
    static void trueFalse(Context ctx, Area area, String family, String attribute, List<Item> items,
                          java.util.function.BiFunction<Item, Item, Optional<String>> sentence, double difficulty) {
        for (Item key : items) {
            boolean truth = Context.stableBit(family + key.fact().id());
            Draft d = ctx.draft(area, family, key.fact().id());
            Item shown = key;
            if (!truth) {
                List<Item> pool = different(key, items).stream().filter(i -> sentence.apply(key, i).isPresent()).toList();
                if (pool.isEmpty()) {
                    continue;
                }
                shown = pool.get(d.random.nextInt(pool.size()));
            }
            Optional<String> text = sentence.apply(key, shown);
            if (text.isEmpty()) {
                continue;
            }
            for (Item other : different(key, items)) {
                Optional<String> own = sentence.apply(key, key);
                Optional<String> wrong = sentence.apply(key, other);
                if (own.isPresent() && wrong.isPresent()) {
                    ctx.candidate(new Context.Candidate(area, key.fact().id(), Texts.sentence(own.get()),
                            new Claim.AttributeIs(key.fact().id(), attribute, key.value()), Texts.sentence(wrong.get()),
                            new Claim.AttributeIs(key.fact().id(), attribute, other.value()), key.citations(), Optional.empty()));
                    break;
                }
            }
            d.stem("True or false? " + Texts.sentence(text.get()))
                    .trueFalse(new Claim.AttributeIs(key.fact().id(), attribute, shown.value()), truth)
                    .facts(key.fact().id()).cite(key.citations())
                    .because(cap(key.name()) + ": " + key.display() + "."
                            + (truth ? "" : " The statement describes " + shown.name() + " instead."))
                    .difficulty(difficulty).emit();
        }
    }

    /** A description as a verb phrase after a subject ("coordinates the ..."), when it starts with a verb. */
    static Optional<String> verbPhrase(String description) {
        String first = description.split("[\\s,]+", 2)[0].toLowerCase(Locale.ROOT);
        if (VERBS.contains(first)) {
            return Optional.of(Character.toLowerCase(description.charAt(0)) + description.substring(1));
        }
        return Optional.empty();
    }

    /** A description as a noun phrase inside a sentence ("the heads of the member states"). */
    static String nounPhrase(String description) {
        String first = description.split("[\\s,]+", 2)[0];
        if (first.equals("The") || first.equals("A") || first.equals("An") || first.equals("About") || first.equals("High-level")
                || first.equals("Military") || first.equals("Permanent") || first.equals("Created")) {
            return Character.toLowerCase(description.charAt(0)) + description.substring(1);
        }
        return description;
    }

    private static List<Item> distinctValues(List<Item> items) {
        List<Item> out = new ArrayList<>();
        for (Item i : items) {
            if (out.stream().noneMatch(o -> similar(o.value(), i.value()))) {
                out.add(i);
            }
        }
        return out;
    }

    private static List<Item> distinctOptions(List<Item> items) {
        List<Item> out = new ArrayList<>();
        for (Item i : items) {
            if (out.stream().noneMatch(o -> o.option().equals(i.option()))) {
                out.add(i);
            }
        }
        return out;
    }

    static String cap(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}

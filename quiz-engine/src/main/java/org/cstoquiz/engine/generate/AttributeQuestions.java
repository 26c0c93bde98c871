package org.cstoquiz.engine.generate;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.function.ToDoubleFunction;
import org.cstoquiz.domain.Area;
import org.cstoquiz.domain.Citation;
import org.cstoquiz.domain.Fact;
import org.cstoquiz.domain.Names;

/**
 * Questions on one descriptive attribute (a body's function, a force's purpose...) of several facts
 * of one kind: from the fact to its attribute ("What does the Council of Foreign Ministers do?"),
 * from the attribute to the fact ("Which CSTO body is made up of the heads of the member states?"),
 * and as a true/false statement. Distractors are the same attribute of other facts of the kind (of
 * the same level first), and only values that clearly differ from the key's.
 */
final class AttributeQuestions {

    /** Words that name kinds of institution and so give nothing away when a name and a value share them. */
    private static final Set<String> INSTITUTIONAL = Set.of("counc", "commi", "assem", "secre", "staff", "centr", "cente",
            "group", "meeti", "body", "bodie", "organ", "coord", "joint", "perma", "colle", "membe", "heads", "head",
            "natio", "inter", "regio", "gener", "force", "forces", "minis", "polic", "affai", "work", "worki", "activ", "suppo");

    private AttributeQuestions() {
    }

    /**
     * One fact's attribute.
     *
     * @param subject how the fact reads inside a sentence ("the Council of Foreign Ministers")
     * @param option  how it is shown as an option ("Council of Foreign Ministers")
     * @param level   facts of one level (bodies under one parent) are the first distractors for each other
     */
    record Item(Fact fact, String subject, String option, boolean plural, boolean past, String attribute, String value,
                String level, List<Citation> citations) {

        String sentence() {
            return Names.capitalized(subject) + " " + Wording.predicate(attribute, value, plural, past);
        }
    }

    /** True when a word specific to the one text (not a word naming a kind of institution or the organization) is in the other. */
    static boolean givesAway(Context ctx, String a, String b) {
        Set<String> own = Texts.words(ctx.words.org() + " " + ctx.facts.primaryOrganization().name());
        return Texts.words(a).stream().filter(w -> !INSTITUTIONAL.contains(w) && !own.contains(w))
                .anyMatch(Texts.words(b)::contains);
    }

    /**
     * Whether an attribute value has the form the guide asks for, so that its sentence reads well;
     * if not, the fact is listed in the bank's summary with the frame the value must complete.
     */
    static boolean fits(Context ctx, Fact fact, String attribute, String value) {
        if (Wording.fits(attribute, value)) {
            return true;
        }
        String shown = value.length() <= 40 ? value : value.substring(0, 37) + "...";
        ctx.cannotAsk(fact.id(), "its " + attribute + " \"" + shown + "\" does not complete \"" + Wording.frame(attribute) + "\"");
        return false;
    }

    /** True when half or more of the value's own words are in the name: a statement of it would be true by its name. */
    static boolean restatesName(Context ctx, String name, String value) {
        double share = shareInName(ctx, name, value);
        return share >= 0.5 || share >= 1 / 3.0 && sharesPhrase(name, value) || containsWhatItIsOf(name, value)
                || inTheOrganizationsName(ctx, name, value);
    }

    /**
     * "The Collective Security Treaty is the agreement from which the CSTO originates": the value names the
     * organization, whose full name holds the subject's.
     */
    static boolean inTheOrganizationsName(Context ctx, String name, String value) {
        String organization = ctx.facts.primaryOrganization().name();
        String bare = Names.bare(name);
        return !Texts.normalized(bare).equals(Texts.normalized(organization))
                && Texts.containsWords(organization, bare)
                && (Texts.containsWords(value, ctx.words.org()) || Texts.containsWords(value, organization));
    }

    private static final Pattern OF_WHAT = Pattern.compile("(?i)^(?:the )?\\w+ of (?:the )?(\\w+ \\w+(?: \\w+)*)$");

    /** "The List of joint statements sets out … the joint statements …": what the name says it is of, the value says again. */
    private static boolean containsWhatItIsOf(String name, String value) {
        java.util.regex.Matcher m = OF_WHAT.matcher(Names.bare(name));
        return m.matches() && (" " + Texts.normalized(value) + " ").contains(" " + Texts.normalized(m.group(1)) + " ");
    }

    /**
     * Whether two words in a row of the value stand in a row in the name too: "coordinate their foreign
     * policy" of "the Provision on … coordinating the foreign policy activities" says what the title says.
     */
    private static boolean sharesPhrase(String name, String value) {
        Set<String> pairs = new java.util.HashSet<>(pairs(name));
        return pairs(value).stream().anyMatch(pairs::contains);
    }

    /** Two words in a row, neither a stop word nor a word of any body's name ("infor analy", not "membe state"). */
    private static List<String> pairs(String text) {
        List<String> words = java.util.Arrays.stream(Texts.normalized(text).split(" "))
                .filter(w -> Texts.words(w).size() == 1).map(w -> w.length() > 5 ? w.substring(0, 5) : w).toList();
        return java.util.stream.IntStream.range(1, words.size())
                .filter(i -> !INSTITUTIONAL.contains(words.get(i - 1)) && !INSTITUTIONAL.contains(words.get(i)))
                .mapToObj(i -> words.get(i - 1) + " " + words.get(i)).toList();
    }

    /**
     * True when a third or more of the value's own words are in the name ("The Nuclear Planning Group
     * reviews the Alliance's nuclear policy"): a weak statement, made only of a fact asked no other way.
     */
    static boolean echoesName(Context ctx, String name, String value) {
        return shareInName(ctx, name, value) >= 1 / 3.0;
    }

    private static double shareInName(Context ctx, String name, String value) {
        Set<String> own = Texts.words(ctx.words.org() + " " + ctx.facts.primaryOrganization().name());
        List<String> specific = Texts.words(value).stream().filter(w -> !INSTITUTIONAL.contains(w) && !own.contains(w)).toList();
        long inName = specific.stream().filter(Texts.words(name)::contains).count();
        return specific.isEmpty() ? 1 : inName / (double) specific.size();
    }

    private static final List<String> DESCRIPTIVE = List.of("role", "composition", "function", "purpose", "summary",
            "meetings", "region", "standing", "appointment", "type");

    /**
     * Whether another of the fact's descriptions says much the same as {@code value} (a centre "for
     * information and analytical support" when the key "plays a role in information and analytical
     * work"): offered as wrong, it could be defended as right.
     */
    static boolean describedAlike(Fact fact, String value) {
        return DESCRIPTIVE.stream().flatMap(a -> AttributeValues.of(fact, a).stream())
                .anyMatch(v -> Texts.similar(v, value) || sharesPhrase(v, value));
    }

    /** Other facts' clearly different values; never a disputed fact's, whose value the sources do not settle. */
    static List<Item> different(Context ctx, Item key, List<Item> all) {
        return all.stream().filter(i -> i.fact() != key.fact() && !Texts.similar(i.value(), key.value())
                && !ctx.contested(i.fact().id())
                // "What is the Scientific and Expert Council made up of?" with one set of research organizations among
                // heads and ministers needs no knowledge: a body of institutions is offered other bodies' institutions,
                // and a council of office holders other office holders, never "about 30 analytical structures"
                && alike(key, i)).toList();
    }

    /** {@link #different} values a statement or option may put to the key's subject. */
    private static List<Item> differentValues(Context ctx, Item key, List<Item> all) {
        return distinctValues(different(ctx, key, all).stream().filter(i -> !Giveaways.apartFromTheOrganization(ctx, i.value())).toList());
    }

    /** Of the same kind as the key: "the Analytical Association is made up of the heads of the member states" is false at sight. */
    private static boolean alike(Item key, Item other) {
        return !key.attribute().equals("composition") || ofInstitutions(other.value()) == ofInstitutions(key.value());
    }

    private static final java.util.regex.Pattern INSTITUTIONS = java.util.regex.Pattern.compile(
            "(?i)\\b(structures?|institutions?|organi[sz]ations?|agenc(y|ies)|centres?|centers?|universit(y|ies))\\b");

    /**
     * Whether a composition lists institutions ("about 30 institutions of higher education", "representatives of
     * leading research organizations") rather than office holders ("the heads of the member states").
     */
    private static boolean ofInstitutions(String composition) {
        return INSTITUTIONS.matcher(composition).find() && !composition.matches("(?i).*\\b(heads?|ministers?)\\b.*");
    }

    static boolean unique(Item key, List<Item> all) {
        return all.stream().noneMatch(i -> i.fact() != key.fact() && Texts.similar(i.value(), key.value()));
    }

    /**
     * Nearer is more plausible: of the key's field (a value sharing the key's own words: "military planning" beside
     * "military policy", so that the Council of Ministers of Defense is not the one military body offered), the same
     * level, and a length like the key's (form alone must not tell).
     */
    private static ToDoubleFunction<Item> closeness(Item key, boolean byValue) {
        // the field of the key and of what the stem names: beside "the Council of Ministers of Defense", other bodies'
        // military work, lest the one military option give itself away
        Set<String> field = specific(key.value() + (byValue ? " " + key.option() : ""));
        return i -> (i.level().equals(key.level()) ? 0 : 1)
                + Math.abs(Math.log((double) text(i, byValue).length() / text(key, byValue).length()))
                - 0.75 * Math.min(2, specific(i.value()).stream().filter(field::contains).count());
    }

    private static Set<String> specific(String value) {
        Set<String> out = new java.util.HashSet<>();
        Texts.words(value).forEach(w -> out.add(FIELDS.getOrDefault(w, w)));
        out.removeAll(INSTITUTIONAL);
        return out;
    }

    /** The words of a field its subject's name and its value share ("nuclear" of the Nuclear Planning Group's policy). */
    private static Set<String> namedIn(Item key) {
        Set<String> named = specific(key.option());
        named.retainAll(specific(key.value()));
        return named;
    }

    /** Words of one field, as {@link Texts#words} cuts them, said alike ("defence" and "armed" are "military"). */
    private static final java.util.Map<String, String> FIELDS = java.util.Map.of("defen", "milit", "armed", "milit",
            "narco", "drug", "drugs", "drug", "cyber", "infor");

    /**
     * Three wrong items, those of the key's level first (operations beside Operation PROXY, not a mission and an
     * exercise that have nothing to do with the Internet), then the nearest of other levels.
     */
    private static List<Item> levelFirst(Item key, List<Item> pool, ToDoubleFunction<Item> closeness, Draft d, boolean likeOnly) {
        List<Item> same = pool.stream().filter(i -> i.level().equals(key.level())).toList();
        if (same.size() >= 3 || likeOnly) {
            return Picks.nearest(same, 3, closeness, d.random);
        }
        List<Item> wrong = new ArrayList<>(same);
        wrong.addAll(Picks.nearest(pool.stream().filter(i -> !same.contains(i)).toList(), 3 - same.size(), closeness, d.random));
        return wrong;
    }

    private static String text(Item i, boolean byValue) {
        return byValue ? i.value() : i.option();
    }

    /**
     * One of each value: no two options may say the same thing. What they end alike ("… of the member states") says
     * nothing either way: "the foreign ministers" and "the deputy prime ministers" are two answers.
     */
    private static List<Item> distinctValues(List<Item> items) {
        List<Item> out = new ArrayList<>();
        items.stream().filter(i -> out.stream().noneMatch(o -> similarBeforeCommonEnd(o.value(), i.value()))).forEach(out::add);
        return out;
    }

    private static boolean similarBeforeCommonEnd(String a, String b) {
        String[] x = a.strip().split("\\s+");
        String[] y = b.strip().split("\\s+");
        int common = 0;
        while (common < Math.min(x.length, y.length) - 1 && x[x.length - 1 - common].equalsIgnoreCase(y[y.length - 1 - common])) {
            common++;
        }
        return common < 3 ? Texts.similar(a, b) : Texts.similar(String.join(" ", java.util.Arrays.copyOf(x, x.length - common)),
                String.join(" ", java.util.Arrays.copyOf(y, y.length - common)));
    }

    private static final java.util.regex.Pattern COPULAR = java.util.regex.Pattern.compile("(?i)(is|are|was|were)\\b");

    static void forward(Context ctx, Area area, String family, List<Item> items) {
        forward(ctx, area, family, items, items, false);
    }

    /**
     * From the fact to its value, asked only where three others of the key's level, and only they, can be offered:
     * "What was the aim of Rubezh 2008?" with one training aim among campaigns' aims needs no knowledge.
     */
    static void forwardAmongLike(Context ctx, Area area, String family, List<Item> items) {
        forward(ctx, area, family, amongLike(items), items, true);
    }

    private static List<Item> amongLike(List<Item> items) {
        return items.stream().filter(k -> items.stream().filter(i -> i.fact() != k.fact() && i.level().equals(k.level())).count() >= 3).toList();
    }

    private static void forward(Context ctx, Area area, String family, List<Item> keys, List<Item> items, boolean likeOnly) {
        for (Item key : keys) {
            if (givesAway(ctx, key.option(), key.value()) || inTheOrganizationsName(ctx, key.option(), key.value())) {
                ctx.cannotAsk(key.fact().id(), "its name gives its " + key.attribute() + " away");
                continue;
            }
            // "What does the Special Agreement do?" is answered by what it does, never "Is the agreement that …"
            boolean doing = key.attribute().equals("function") || key.attribute().equals("summary");
            if (doing && COPULAR.matcher(key.value()).lookingAt()) {
                continue;
            }
            Draft d = ctx.draft(area, family, key.fact().id());
            List<Item> wrong = levelFirst(key, differentValues(ctx, key, items).stream()
                    .filter(i -> !doing || !COPULAR.matcher(i.value()).lookingAt()).toList(), closeness(key, true), d, likeOnly);
            if (wrong.size() < 3) {
                ctx.cannotAsk(key.fact().id(), "too few other " + key.attribute() + "s of its kind to offer");
                continue;
            }
            // "the Council of Ministers of Defense" and the one military option: the name answers it
            Set<String> named = namedIn(key);
            if (!named.isEmpty() && wrong.stream().noneMatch(i -> specific(i.value()).stream().anyMatch(named::contains))) {
                ctx.cannotAsk(key.fact().id(), "its name gives its " + key.attribute() + " away");
                continue;
            }
            d.stem(Wording.ask(key.attribute(), ctx.words.ofTheOrganization(key.fact(), key.subject()), key.value(), key.plural(), key.past()))
                    .singleChoice(new Option(Wording.option(key.value()), is(key, key.value())),
                            wrong.stream().map(i -> new Option(Wording.option(i.value()), is(key, i.value()))).toList())
                    .facts(key.fact().id()).cite(key.citations()).because(key.sentence())
                    .difficulty(0.5).emit();
        }
    }

    static void reverse(Context ctx, Area area, String family, String which, List<Item> items) {
        reverse(ctx, area, family, k -> which, items, items, false);
    }

    /**
     * From the value to the fact, asked only where three others of the key's level, and only they, can be offered
     * (an exercise among operations would stand out by what its aim says: "training").
     */
    static void reverseAmongLike(Context ctx, Area area, String family, java.util.function.Function<Item, String> which, List<Item> items) {
        reverse(ctx, area, family, which, amongLike(items), items, true);
    }

    private static void reverse(Context ctx, Area area, String family, java.util.function.Function<Item, String> which, List<Item> keys,
                                List<Item> items, boolean likeOnly) {
        for (Item key : keys) {
            if (!unique(key, items) || givesAway(ctx, key.value(), key.option())) {
                ctx.cannotAsk(key.fact().id(), "its " + key.attribute() + " does not single it out");
                continue;
            }
            if (OptionLint.spelledBy(ctx.facts.primaryOrganization(), key.option(), 2)) {
                ctx.cannotAsk(key.fact().id(), "the organization's own name gives it away");
                continue;
            }
            Draft d = ctx.draft(area, family, key.fact().id());
            List<Item> pool = new ArrayList<>();
            different(ctx, key, items).stream().filter(i -> pool.stream().noneMatch(o -> o.option().equals(i.option())))
                    .filter(i -> !describedAlike(i.fact(), key.value()))
                    .forEach(pool::add);
            List<Item> wrong = levelFirst(key, pool, closeness(key, false), d, likeOnly);
            if (wrong.size() < 3) {
                ctx.cannotAsk(key.fact().id(), "too few others of its kind to offer");
                continue;
            }
            d.stem(which.apply(key) + " " + Wording.predicate(key.attribute(), key.value(), key.plural(), key.past()) + "?")
                    .singleChoice(new Option(key.option(), is(key, key.value())),
                            wrong.stream().map(i -> new Option(i.option(), is(i, key.value()))).toList())
                    .facts(key.fact().id()).cite(key.citations()).because(key.sentence())
                    .difficulty(0.5).emit();
        }
    }

    /**
     * True/false: the fact's own value, or (decided by the text, not the seed) another fact's clearly
     * different value, but only for attributes a fact has one value of, so that the false statement is
     * contradicted rather than merely unmentioned. Every item also becomes a statement candidate.
     */
    private static final int PARAPHRASE_WORDS = 18;

    static void trueFalse(Context ctx, Area area, String family, List<Item> items) {
        boolean refutable = !items.isEmpty() && AttributeValues.singleValued(items.getFirst().fact(), items.getFirst().attribute());
        for (Item key : items) {
            if (restatesName(ctx, key.option(), key.value())) {
                ctx.cannotAsk(key.fact().id(), "its name says its " + key.attribute());
                continue;
            }
            List<Item> others = refutable ? differentValues(ctx, key, items).stream().filter(i -> alike(key, i)).toList() : List.of();
            if (Giveaways.namesItsPlace(ctx, key.option(), key.value())) {
                ctx.cannotAsk(key.fact().id(), "its name says where its " + key.attribute() + " lies");
                continue;
            }
            // "The Crisis Response Center supports … crisis-response decisions" can only be true, and its name says so
            if (others.isEmpty() && (shareInName(ctx, key.option(), key.value()) >= 0.5 || sharesPhrase(key.option(), key.value()))) {
                ctx.cannotAsk(key.fact().id(), "its name says its " + key.attribute() + ", and it could only be stated true");
                continue;
            }
            boolean truth = others.isEmpty() || Context.statesTheFact(family + key.fact().id());
            // a statement that can only be true is a weak item: asked only where the fact has no two better ones; so is
            // one whose subject's name says a word of it ("The Nuclear Planning Group reviews the Alliance's nuclear
            // policy"), and a long aim or summary, a paraphrase no one would mark false ("Rubezh 2008 aimed to give
            // operative, strategic and tactical training, with an emphasis on …")
            Set<String> named = namedIn(key);
            boolean paraphrase = (key.attribute().equals("purpose") || key.attribute().equals("summary"))
                    && key.value().split("\\s+").length > PARAPHRASE_WORDS;
            boolean weak = (others.isEmpty() || echoesName(ctx, key.option(), key.value()) || !named.isEmpty() || paraphrase)
                    && ctx.typesSoFar(key.fact().id()).size() >= 2;
            Item shown = truth ? key : others.get(Math.floorMod(key.fact().id().hashCode(), others.size()));
            String trueText = Texts.sentence(key.sentence());
            if (others.isEmpty()) {
                ctx.candidate(StatementCandidate.trueOnly(area, key.fact().id(), trueText, is(key, key.value()), key.citations()));
            } else {
                Item wrong = others.getFirst();
                ctx.candidate(StatementCandidate.both(area, key.fact().id(), trueText, is(key, key.value()),
                        Texts.sentence(Names.capitalized(key.subject()) + " "
                                + Wording.predicate(key.attribute(), wrong.value(), key.plural(), key.past())),
                        is(key, wrong.value()), key.citations()));
            }
            if (weak) {
                continue;
            }
            ctx.draft(area, family, key.fact().id())
                    .stem("True or false? " + Texts.sentence(Names.capitalized(key.subject()) + " "
                            + Wording.predicate(key.attribute(), shown.value(), key.plural(), key.past())))
                    .trueFalse(is(key, shown.value()), truth)
                    .facts(key.fact().id()).cite(key.citations())
                    .because(key.sentence() + (truth ? "" : ". That describes " + shown.subject() + " instead"))
                    .difficulty(truth ? 0.35 : 0.45).emit();
        }
    }

    static Assertion is(Item item, String value) {
        return new Assertion.AttributeIs(item.fact().id(), item.attribute(), value);
    }
}

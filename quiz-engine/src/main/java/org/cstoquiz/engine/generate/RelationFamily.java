package org.cstoquiz.engine.generate;

import java.util.Comparator;
import java.util.List;
import java.util.Set;
import org.cstoquiz.domain.Article;
import org.cstoquiz.domain.Country;
import org.cstoquiz.domain.Document;
import org.cstoquiz.domain.Fact;
import org.cstoquiz.domain.Named;
import org.cstoquiz.domain.Place;
import org.cstoquiz.domain.Names;
import org.cstoquiz.domain.Relation;

/**
 * Relations between organizations, documents and articles, asked as the author's sentence with the
 * related name left blank: chosen among facts of the same kind, and typed. A relation the sources do
 * not mention is not thereby false, so relations are never offered as false statements.
 */
final class RelationFamily implements Family {

    @Override
    public void generate(Context ctx) {
        for (Relation r : ctx.facts.relations()) {
            if (ctx.examWorthy(r.id())) {
                blank(ctx, r);
            }
        }
    }

    private static String shown(Context ctx, Fact f) {
        if (f instanceof Article a) {
            return "Article " + a.number().orElse("?") + " of " + ctx.facts.get(a.document(), Document.class).name();
        }
        return f instanceof Named n ? n.displayName() : f.label();
    }

    private static String withArticle(Context ctx, Fact f) {
        return f instanceof Named n && n.name().startsWith("the ") && !shown(ctx, f).startsWith("the ") ? "The " + shown(ctx, f) : shown(ctx, f);
    }

    private static List<String> names(Context ctx, Fact f) {
        if (f instanceof Article a) {
            return List.of(shown(ctx, a), "Article " + a.number().orElse("?"));
        }
        return f instanceof Named n ? n.allNames().stream().map(Names::bare).distinct().toList() : List.of();
    }

    /**
     * How unlike a plausible stand-in the fact is: 0 for one in the same kind of relation elsewhere, 1
     * for one in any relation, 2 otherwise; and an organization with no members in the pack (a
     * committee, an institute) is less like one that has them.
     */
    private static int related(Context ctx, Relation r, Fact object, Fact f) {
        List<Relation> all = ctx.facts.relations().stream().filter(x -> x.involves(f.id())).toList();
        int related = all.stream().anyMatch(x -> x.kind() == r.kind()) ? 0 : all.isEmpty() && ctx.facts.referringTo(f.id()).isEmpty() ? 2 : 1;
        return related + (f instanceof org.cstoquiz.domain.Organization && ctx.facts.membershipsIn(f.id()).isEmpty() ? 2 : 0)
                + (f instanceof Country && !sameStanding(ctx, r, object, f) ? 2 : 0);
    }

    /** A state that stood towards the pack's organization as the related state did (an outsider for an outsider). */
    private static boolean sameStanding(Context ctx, Relation r, Fact object, Fact f) {
        String org = ctx.facts.pack().organization();
        // a partner that never joined beside others that never did: Sweden, a member later, is no guess for Russia
        boolean everAlike = ctx.facts.membership(object.id(), org).isPresent() == ctx.facts.membership(f.id(), org).isPresent();
        return everAlike && r.asOf().or(r::since)
                .map(d -> ctx.facts.wasMemberAt(object.id(), org, d).equals(ctx.facts.wasMemberAt(f.id(), org, d))).orElse(true);
    }

    private void blank(Context ctx, Relation r) {
        // a signature is an act of its day: "In September 2012, the CSTO Secretariat signed …", not a standing "signed"
        String description = r.kind() == org.cstoquiz.domain.RelationKind.SIGNED_WITH && r.since().isPresent()
                && !r.description().contains(Integer.toString(r.since().get().year()))
                ? Wording.dated(r.since().get(), ctx.words.continuing(Texts.clause(r.description()))) : Texts.clause(r.description());
        // "The Warsaw Pact was the Soviet bloc's counterpart to ____" in a NATO paper answers itself: blank the other side
        boolean subjectSide = r.object().equals(ctx.facts.pack().organization())
                && nameIn(description, ctx.facts.find(r.subject()).orElseThrow(), ctx) != null;
        Fact object = ctx.facts.find(subjectSide ? r.subject() : r.object()).orElseThrow();
        String other = subjectSide ? r.object() : r.subject();
        java.util.function.Function<String, Assertion> holdsWith = id -> subjectSide
                ? new Assertion.RelationHolds(id, r.kind(), r.object()) : new Assertion.RelationHolds(r.subject(), r.kind(), id);
        // another organization the subject relates to in the same way, where the sentence counts members, is the closest guess
        java.util.function.Function<String, Assertion> optionWith = id -> !subjectSide && peer(ctx, r, id)
                ? new Assertion.RelationSaid(r.id(), id) : holdsWith.apply(id);
        String found = nameIn(description, object, ctx);
        if (found == null) {
            ctx.cannotAsk(r.id(), "its description does not name its object as the pack names it");
            return;
        }
        String blanked = Texts.sentence(description.replaceFirst(java.util.regex.Pattern.quote(found), "____"));
        if (ctx.facts.find(other).filter(f -> f instanceof Named n && OptionLint.spelledBy(n, found, 1)).isPresent()) {
            ctx.cannotAsk(r.id(), "the organization's own name gives the answer away");
            return;
        }
        String key = shown(ctx, object);
        List<Fact> pool = ctx.facts.facts().stream()
                .filter(f -> f.getClass() == object.getClass() && f != object && !f.id().equals(other)
                        && !(f instanceof Article a && a.number().isEmpty())
                        && !Names.same(shown(ctx, f), key)
                        && !(f instanceof Named n && object instanceof Named o && n.sharesNameWith(o)))
                .filter(f -> !(f instanceof Document d && object instanceof Document o) || d.kind() == o.kind())
                .filter(f -> !(f instanceof Place p && object instanceof Place o) || p.kind().equals(o.kind()))
                .filter(f -> ctx.holds(optionWith.apply(f.id()), false))
                // an organization no asked fact is about (the Red Cross, known from a study-only line) is a name a prepared
                // candidate strikes out at once
                .filter(f -> !(f instanceof org.cstoquiz.domain.Organization) || ctx.facts.referringTo(f.id()).stream().anyMatch(x -> ctx.examWorthy(x.id())))
                .filter(f -> !Texts.containsWords(blanked, shown(ctx, f)))
                // a body or office of the subject itself would be a give-away ("The CSTO has observer status in its own council")
                .filter(f -> f.references().stream().noneMatch(ref -> ref.target().equals(other)))
                // an outside partner among the organization's own bodies stands out: outside bodies only; so does
                // another organization's article (the UN Charter's Article 51) among the organization's own treaty's
                .filter(f -> !(object instanceof org.cstoquiz.domain.Organ o && f instanceof org.cstoquiz.domain.Organ x)
                        || o.organization().equals(ctx.facts.pack().organization()) || !x.organization().equals(ctx.facts.pack().organization()))
                .filter(f -> !(object instanceof Article o && f instanceof Article x) || ownArticle(ctx, o) == ownArticle(ctx, x))
                // nor the secretariat a department belongs to (the UN Secretariat for the UN Department of Peacekeeping Operations)
                .filter(f -> !(object instanceof org.cstoquiz.domain.Organ o && f instanceof org.cstoquiz.domain.Organ x)
                        || !o.organization().equals(x.organization()) || !o.name().contains(" Department ") || !x.name().contains("Secretariat"))
                // a partner the pack records in another way (a memorandum signed with it) would be defended too
                .filter(f -> !PARTNERS.contains(r.kind()) || ctx.facts.relations().stream()
                        .noneMatch(x -> PARTNERS.contains(x.kind()) && x.involves(f.id()) && x.involves(other)))
                .toList();
        Draft d = ctx.draft(Context.area(r), "relation-blank", r.id());
        List<Fact> wrong = new java.util.ArrayList<>(pool.stream().filter(f -> peer(ctx, r, f.id())).limit(3).toList());
        List<Fact> rest = pool.stream().filter(f -> !wrong.contains(f)).toList();
        // beside organizations counted by their members, only organizations with members (GUAM, not the Red Cross)
        List<Fact> withMembers = rest.stream().filter(f -> !ctx.facts.membershipsIn(f.id()).isEmpty()).toList();
        boolean membered = !ctx.facts.membershipsIn(object.id()).isEmpty();
        rest = (membered || !wrong.isEmpty()) && withMembers.size() >= 3 - wrong.size() ? withMembers : rest;
        // for a grouping of states, groupings of the same states (the SCO or GUAM for the CIS, not NATO)
        wrong.addAll(Picks.nearest(rest, 3 - wrong.size(),
                f -> related(ctx, r, object, f) + (membered && !sharesMembers(ctx, object, f) ? 2 : 0)
                        + Math.abs(Math.log((double) shown(ctx, f).length() / key.length())) / 3, d.random));
        Assertion right = holdsWith.apply(object.id());
        // "cooperates with the ____ in humanitarian activity": the sources name partners loosely (the UN, the OSCE, the
        // SCO and the CIS), so any organization offered could be one; the key is stated, not chosen
        if (r.kind() == org.cstoquiz.domain.RelationKind.COOPERATES_WITH) {
            ctx.cannotAsk(r.id(), "its partners are an open list: any organization offered could be one");
        } else if (r.kind() == org.cstoquiz.domain.RelationKind.COMPARED_WITH && object instanceof org.cstoquiz.domain.Organization
                || r.kind() == org.cstoquiz.domain.RelationKind.DISPUTE_WITH) {
            // "the Eurasian equivalent of ____" among Eurasian groupings has one answer by its own logic, and Belarus's trade
            // dispute "with ____" one obvious partner among small states: typed only
            ctx.cannotAsk(r.id(), "its counterpart is the one party unlike the others offered");
        } else if (wrong.size() == 3) {
            // "all six members of ____" (EurAsEC, which takes no article) is filled with "The Shanghai Cooperation Organization"
            boolean articled = !blanked.contains("the ____");
            d.stem("Fill in the blank: " + blanked)
                    .singleChoice(new Option(key, right), wrong.stream().map(f -> new Option(articled ? withArticle(ctx, f) : shown(ctx, f),
                            optionWith.apply(f.id()))).toList())
                    .facts(r.id()).cite(r.citations()).because(Texts.sentence(r.description()));
            r.asOf().ifPresent(d::timeFrame);
            d.difficulty(0.45).emit();
        } else {
            ctx.cannotAsk(r.id(), "too few facts of the same kind to offer");
        }
        // "NATO works closely with the ____" or "signed a memorandum with the ____" has as many right answers as
        // partners, and "grew out of the ____" as many as forerunners: typed, they cannot be marked fairly
        // another organization's article has no like among the options: typed, it is the article of its treaty
        // under any of the treaty's names ("Article 5 of the North Atlantic Treaty", "… of the NATO treaty"), never
        // "Article 5" or "the NATO treaty" alone, which name a different thing or only half of it
        boolean outsideArticle = object instanceof Article o && !ownArticle(ctx, o);
        if (TYPED.contains(r.kind()) || outsideArticle) {
            List<String> accepted = new java.util.ArrayList<>();
            if (object instanceof Article o && o.number().isPresent()) {
                String article = "Article " + o.number().get();
                ctx.facts.find(o.document()).filter(f -> f instanceof Named).map(f -> (Named) f).ifPresent(doc -> doc.allNames().stream()
                        .map(n -> article + " of " + n).distinct().forEach(accepted::add));
                // or of its organization, where the sources say it so ("Article 5 of NATO", "NATO's Article 5"); never "Article
                // 51 of UN", which names no treaty
                ctx.facts.find(o.document(), org.cstoquiz.domain.Document.class).flatMap(org.cstoquiz.domain.Document::organization)
                        .flatMap(id -> ctx.facts.find(id, org.cstoquiz.domain.Organization.class)).flatMap(org.cstoquiz.domain.Organization::abbreviation)
                        .map(Names::bare).filter(n -> java.util.stream.Stream.concat(r.citations().stream(), o.citations().stream())
                                .anyMatch(q -> q.quote().contains(article + " of " + n)))
                        .ifPresent(n -> accepted.addAll(List.of(article + " of " + n, n + " " + article, n + "'s " + article)));
            } else {
                accepted.addAll(names(ctx, object));
            }
            Draft s = ctx.draft(Context.area(r), "relation-blank-short", r.id())
                    .stem((object instanceof Article ? "Complete the sentence, naming the article and its treaty: " : "Complete the sentence with the missing name: ") + blanked)
                    .shortAnswer(accepted, right)
                    .facts(r.id()).cite(r.citations()).because(Texts.sentence(r.description()));
            r.asOf().ifPresent(s::timeFrame);
            s.difficulty(0.6).emit();
        }
        ctx.candidate(StatementCandidate.trueOnly(Context.area(r), r.id(), Texts.sentence(r.description()), right, r.citations()));
    }

    private static final Set<org.cstoquiz.domain.RelationKind> PARTNERS = java.util.EnumSet.of(org.cstoquiz.domain.RelationKind.COOPERATES_WITH,
            org.cstoquiz.domain.RelationKind.SIGNED_WITH, org.cstoquiz.domain.RelationKind.OBSERVER_AT);

    /** Relations whose blank has one defensible name: an article's counterpart, its like elsewhere ("Article 51" or "the UN Charter" for what an article refers to). */
    private static final Set<org.cstoquiz.domain.RelationKind> TYPED = java.util.EnumSet.of(org.cstoquiz.domain.RelationKind.MIRRORS,
            org.cstoquiz.domain.RelationKind.COMPARED_WITH, org.cstoquiz.domain.RelationKind.DISPUTE_WITH);

    private static boolean ownArticle(Context ctx, Article a) {
        return ctx.facts.find(a.document(), org.cstoquiz.domain.Document.class).flatMap(org.cstoquiz.domain.Document::organization)
                .filter(ctx.facts.pack().organization()::equals).isPresent();
    }

    private static boolean sharesMembers(Context ctx, Fact a, Fact b) {
        Set<String> states = new java.util.HashSet<>(ctx.facts.membershipsIn(a.id()).stream().map(m -> m.country()).toList());
        return ctx.facts.membershipsIn(b.id()).stream().anyMatch(m -> states.contains(m.country()));
    }

    /** Whether the subject stands in the same kind of relation to {@code id} too. */
    private static boolean peer(Context ctx, Relation r, String id) {
        return ctx.facts.relations().stream().anyMatch(x -> x != r && x.subject().equals(r.subject()) && x.kind() == r.kind()
                && x.object().equals(id));
    }

    /** The longest of the fact's names the description contains, or null. */
    private static String nameIn(String description, Fact fact, Context ctx) {
        return names(ctx, fact).stream().sorted(Comparator.comparingInt(String::length).reversed())
                .filter(description::contains).findFirst().orElse(null);
    }
}

package org.cstoquiz.engine.generate;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.cstoquiz.domain.Area;
import org.cstoquiz.domain.Article;
import org.cstoquiz.domain.Document;
import org.cstoquiz.domain.Names;
import org.cstoquiz.engine.question.Numeric;

/**
 * The provisions of the documents: which article deals with what (chosen among the numbers of other
 * articles the pack knows, never among articles the sources name without their content), what an
 * article deals with, and which document holds a provision.
 */
final class ArticleFamily implements Family {

    private static final Pattern NUMBER = Pattern.compile("Articles? (\\d+)(?: and (\\d+))?");

    @Override
    public void generate(Context ctx) {
        List<Article> articles = ctx.facts.articles().stream().filter(a -> ctx.examWorthy(a.id())).toList();
        List<AttributeQuestions.Item> titles = new ArrayList<>();
        for (Article a : articles) {
            Document doc = ctx.facts.get(a.document(), Document.class);
            if (a.number().filter(n -> n.matches("\\d+")).isPresent()) {
                number(ctx, a, doc);
                titles.add(new AttributeQuestions.Item(a, name(a, doc), "Article " + a.number().get(), false, false, "title",
                        a.title(), doc.id(), a.citations()));
            }
            whichDocument(ctx, a, doc);
        }
        for (AttributeQuestions.Item key : titles) {
            Draft d = ctx.draft(Area.ARTICLES, "article-title", key.fact().id());
            List<AttributeQuestions.Item> pool = AttributeQuestions.different(ctx, key, titles).stream()
                    .filter(i -> !alike(ctx, (Article) key.fact(), (Article) i.fact())).toList();
            // the document's own articles: the CSTO Charter's topics beside the UN Charter's Article 51 are ruled out at sight
            if (pool.stream().filter(i -> i.level().equals(key.level())).count() < 2) {
                continue;
            }
            List<AttributeQuestions.Item> wrong = new ArrayList<>(Picks.random(pool.stream().filter(i -> i.level().equals(key.level())).toList(),
                    3, d.random));
            wrong.addAll(Picks.random(pool.stream().filter(i -> !i.level().equals(key.level())).toList(), 3 - wrong.size(), d.random));
            if (wrong.size() < 3) {
                continue;
            }
            d.stem("What does " + key.subject() + " deal with?")
                    .singleChoice(new Option(Wording.option(key.value()), AttributeQuestions.is(key, key.value())),
                            wrong.stream().map(i -> new Option(Wording.option(i.value()), AttributeQuestions.is(key, i.value()))).toList())
                    .facts(key.fact().id()).cite(key.citations()).because(because((Article) key.fact(), key.subject()))
                    .difficulty(0.5).emit();
        }
    }

    /** Two provisions that say alike, or that the pack relates (Article 4 "mirrors" NATO's Article 5). */
    private static boolean alike(Context ctx, Article a, Article b) {
        return a != b && (Texts.similar(a.summary(), b.summary()) || Texts.similar(a.title(), b.title())
                // "aggression against one … against all" in a short summary of another document's like clause
                || Texts.sharesWords(a.summary(), b.summary(), 3)
                || ctx.facts.relations().stream().anyMatch(r -> r.involves(a.id()) && r.involves(b.id())));
    }

    static String name(Article a, Document doc) {
        return "Article " + a.number().orElseThrow() + " of " + doc.name();
    }

    private static String because(Article a, String name) {
        return Texts.sentence(Names.capitalized(name) + " deals with " + a.title()) + " " + Texts.sentence(a.summary());
    }

    /** Numbers the sources name in the same breath, or for the same document without saying what they hold. */
    private static Set<Integer> excluded(Context ctx, Article a) {
        Set<Integer> out = new LinkedHashSet<>();
        for (String text : List.of(a.title(), a.summary())) {
            Matcher m = NUMBER.matcher(text);
            while (m.find()) {
                out.add(Integer.parseInt(m.group(1)));
                if (m.group(2) != null) {
                    out.add(Integer.parseInt(m.group(2)));
                }
            }
        }
        a.citations().forEach(c -> {
            Matcher m = NUMBER.matcher(c.quote());
            while (m.find()) {
                out.add(Integer.parseInt(m.group(1)));
                if (m.group(2) != null) {
                    out.add(Integer.parseInt(m.group(2)));
                }
            }
        });
        ctx.facts.articlesOf(a.document()).stream().filter(x -> !ctx.examWorthy(x.id()))
                .forEach(x -> x.number().filter(n -> n.matches("\\d+")).ifPresent(n -> out.add(Integer.parseInt(n))));
        return out;
    }

    private void number(Context ctx, Article a, Document doc) {
        int n = Integer.parseInt(a.number().get());
        Set<Integer> excluded = excluded(ctx, a);
        List<Long> candidates = new ArrayList<>();
        // the document's own articles (Article 51 of the UN Charter is no guess for the North Atlantic Treaty)
        ctx.facts.articlesOf(a.document()).stream().filter(x -> ctx.examWorthy(x.id())).forEach(x -> x.number().filter(s -> s.matches("\\d+"))
                .map(Long::parseLong).ifPresent(candidates::add));
        for (long k = Math.max(1, n - 3); k <= n + 3; k++) {
            candidates.add(k);
        }
        // never past the document's last article where the pack counts them (no Article 15 of a treaty of 14)
        OptionalLong last = ctx.facts.figures().stream()
                .filter(f -> f.subject().filter(a.document()::equals).isPresent() && f.metric().contains("number of articles"))
                .mapToLong(f -> f.value().longValue()).min();
        candidates.removeIf(k -> excluded.contains(k.intValue()) || k == n || last.isPresent() && k > last.getAsLong());
        Draft d = ctx.draft(Area.ARTICLES, "article-number", a.id());
        Optional<List<Long>> others = Picks.unevenNear(n, candidates, 3, d.random);
        String because = because(a, name(a, doc));
        if (others.isPresent()) {
            List<Long> numbers = new ArrayList<>(others.get());
            numbers.add((long) n);
            numbers.sort(Long::compare);
            d.stem("Which article of " + doc.name() + " deals with " + a.title() + "?")
                    .singleChoiceInOrder(numbers.stream().map(x -> new Option("Article " + x,
                            new Assertion.AttributeIs(a.id(), "number", Long.toString(x)))).toList(), numbers.indexOf((long) n))
                    .facts(a.id()).cite(a.citations()).because(because).difficulty(0.5).emit();
        }
        ctx.draft(Area.ARTICLES, "article-number-numeric", a.id())
                .stem("Enter the number of the article of " + doc.name() + " that deals with " + a.title() + ".")
                .numeric(Numeric.exactly(n), new Assertion.AttributeIs(a.id(), "number", Integer.toString(n)))
                .facts(a.id()).cite(a.citations()).because(because).difficulty(0.65).emit();
        ctx.candidate(StatementCandidate.trueOnly(Area.ARTICLES, a.id(), Texts.sentence(Names.capitalized(name(a, doc))
                + " deals with " + a.title()), new Assertion.AttributeIs(a.id(), "title", a.title()), a.citations()));
    }

    private static final java.util.regex.Pattern DEICTIC = java.util.regex.Pattern.compile("(?i)\\b(this|that|the said) (article|provision|clause)\\b|^it\\b");
    private static final java.util.regex.Pattern REAFFIRMED = java.util.regex.Pattern.compile("(?i)\\breaffirm");

    private void whichDocument(Context ctx, Article a, Document doc) {
        String summary = Texts.sentence(a.summary());
        if (a.number().isEmpty()) {
            provision(ctx, a, doc, summary);
        }
        // "… all member states of the Treaty" names it as surely as its title
        String ownKind = Names.capitalized(doc.kind().name().toLowerCase(java.util.Locale.ROOT));
        if (doc.allNames().stream().anyMatch(n -> Texts.containsWords(summary, n) || AttributeQuestions.givesAway(ctx, n, summary))
                || java.util.regex.Pattern.compile("\\b" + ownKind + "\\b").matcher(summary).find()) {
            ctx.cannotAsk(a.id(), "its summary names its document");
            return;
        }
        // "… in accordance with this article" has nothing to refer to once quoted alone; a provision the sources
        // say the document "reaffirmed" stood in an earlier one too, which would then be right as well
        if (DEICTIC.matcher(summary).find() || a.citations().stream().anyMatch(c -> REAFFIRMED.matcher(c.quote()).find())) {
            ctx.cannotAsk(a.id(), "its provision does not stand on its own or is older than its document");
            return;
        }
        // a document holding a like provision (the Charter's "aggression against one is aggression against all"
        // beside the Treaty's Article 4) would be right under a looser reading
        // and an outside document (the UN Charter) among the organization's own stands out: like with like
        // and where such a document is the one a reader would weigh, the three left are no contest: not asked
        if (ctx.facts.documents().stream().anyMatch(x -> x != doc && ctx.facts.articlesOf(x.id()).stream().anyMatch(o -> alike(ctx, a, o)))) {
            ctx.cannotAsk(a.id(), "another document holds a like provision");
            return;
        }
        String own = ctx.facts.pack().organization();
        boolean outside = !doc.organization().filter(own::equals).isPresent();
        // nor one the key builds on or extends (the Collective Security Treaty beside the Charter of the Collective
        // Security Treaty Organization, which may restate it)
        // nor a list (the "List of joint statements" is no home for a provision)
        List<Document> pool = ctx.facts.documents().stream().filter(x -> x != doc && !x.sharesNameWith(doc))
                .filter(x -> x.kind() != org.cstoquiz.domain.DocumentKind.LIST)
                .filter(x -> !Texts.containsWords(doc.name(), Names.bare(x.name())) && !Texts.containsWords(x.name(), Names.bare(doc.name())))
                .filter(x -> ctx.facts.articlesOf(x.id()).stream().noneMatch(o -> alike(ctx, a, o)))
                .filter(x -> !onItsTopic(ctx, x, summary))
                .filter(x -> !outside || !x.organization().filter(own::equals).isPresent()).toList();
        // and the organization's own documents for its own provision (the UN Charter bars no alliance), where there are three
        List<Document> ownOnes = pool.stream().filter(x -> x.organization().filter(own::equals).isPresent()).toList();
        pool = !outside && ownOnes.size() >= 3 ? ownOnes : pool;
        Draft d = ctx.draft(Area.ARTICLES, "article-document", a.id());
        // a political provision among documents on troops and military cooperation is told from them at sight
        boolean military = MILITARY.matcher(summary).find();
        List<Document> wrong = Picks.nearest(pool, 3, x -> (x.kind() == doc.kind() ? 0 : 1)
                + (x.organization().equals(doc.organization()) ? 0 : 0.5) + (!military && MILITARY.matcher(x.name()).find() ? 2 : 0), d.random);
        if (wrong.size() < 3) {
            return;
        }
        d.stem("Which document provides that " + ctx.words.continuing(summary) + "?")
                .singleChoice(new Option(Wording.shown(doc), new Assertion.AttributeIs(a.id(), "document", doc.id())),
                        wrong.stream().map(x -> new Option(Wording.shown(x), new Assertion.AttributeIs(a.id(), "document", x.id()))).toList())
                .facts(a.id()).cite(a.citations())
                .because("The provision is " + (a.number().isPresent() ? name(a, doc) : "part of " + doc.name())
                        + ", on " + a.title() + ".")
                .difficulty(0.45).emit();

    }

    private static final java.util.regex.Pattern MILITARY = java.util.regex.Pattern.compile(
            "(?i)\\b(military|troops|forces|peacekeeping|defen[cs]e|armed|aggression|attack|alliances?)\\b");

    private static final Set<String> KINDS_OF_DOCUMENT = Set.of("provi", "proce", "funct", "mecha", "perio", "until", "basic",
            "guide", "plan", "measu", "main", "direc", "decis", "agree", "proto", "memor", "resol", "docum", "list", "devel",
            "imple", "syste", "cooperation", "coope");

    /**
     * A document whose title names the provision's own subject: "the Provision on … the mechanism for coordinating the
     * foreign policy activities" beside "… the member states coordinate collective statements" could be argued right.
     */
    private static boolean onItsTopic(Context ctx, Document x, String summary) {
        Set<String> own = Texts.words(ctx.words.org() + " " + ctx.facts.primaryOrganization().name());
        return Texts.words(x.name()).stream().filter(w -> !own.contains(w) && !KINDS_OF_DOCUMENT.contains(w) && !w.matches("\\d+"))
                .anyMatch(Texts.words(summary)::contains);
    }

    /** An unnumbered provision stated under its document, as a true/false item and an exam statement. */
    private void provision(Context ctx, Article a, Document doc, String summary) {
        ctx.draft(Area.ARTICLES, "provision-tf", a.id())
                .stem("True or false? Under " + doc.name() + ", " + ctx.words.continuing(summary) + ".")
                .trueFalse(new Assertion.AttributeIs(a.id(), "document", doc.id()), true)
                .facts(a.id()).cite(a.citations()).because("The provision is part of " + doc.name() + ", on " + a.title() + ".")
                .difficulty(0.35).emit();
        ctx.candidate(StatementCandidate.trueOnly(Area.ARTICLES, a.id(), "Under " + doc.name() + ", "
                + ctx.words.continuing(summary) + ".", new Assertion.AttributeIs(a.id(), "document", doc.id()), a.citations()));
    }
}

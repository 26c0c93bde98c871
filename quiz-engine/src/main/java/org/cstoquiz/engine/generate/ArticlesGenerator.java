package org.cstoquiz.engine.generate;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.cstoquiz.domain.Article;
import org.cstoquiz.domain.Document;
import org.cstoquiz.domain.Sourced;
import org.cstoquiz.engine.question.Area;
import org.cstoquiz.engine.question.Numeric;

/**
 * Articles: which article of which instrument says what, what each instrument is about, and how
 * long the founding treaty runs.
 */
final class ArticlesGenerator implements AreaGenerator {

    @Override
    public void generate(Context ctx) {
        List<Article> articles = ctx.facts.articles().stream().filter(a -> Context.area(a) == Area.ARTICLES).toList();
        List<Document> documents = ctx.facts.documents();
        for (Article a : articles) {
            Document doc = ctx.facts.get(a.document(), Document.class);
            if (a.number().isPresent()) {
                number(ctx, a, doc);
            }
            whichDocument(ctx, a, doc, documents);
        }
        titles(ctx, articles);
        List<Attributes.Item> summaries = Attributes.items(documents.stream().filter(d -> Context.area(d) == Area.ARTICLES).toList(),
                Document::summary, d -> Attributes.name(d), Document::name);
        Attributes.forward(ctx, Area.ARTICLES, "document-summary", "summary", summaries,
                i -> "What do the sources say about " + i.name() + "?", 0.5);
        Attributes.reverse(ctx, Area.ARTICLES, "summary-document", "summary", summaries,
                i -> "Which instrument do the sources describe as follows? " + Texts.sentence(i.display()), 0.5);
        for (Document d : documents) {
            d.term().ifPresent(t -> term(ctx, d, t));
            alsoKnownAs(ctx, d, documents);
        }
        documentStatements(ctx, articles);
    }

    private static String articleName(Article a, Document doc) {
        return "Article " + a.number().orElseThrow() + " of " + docName(doc);
    }

    static String docName(Document doc) {
        String n = doc.name();
        return n.startsWith("the ") ? n : "the " + n;
    }

    private void number(Context ctx, Article a, Document doc) {
        String number = a.number().get();
        if (!number.matches("\\d+")) {
            return;
        }
        int n = Integer.parseInt(number);
        String stem = "Which article of " + docName(doc) + " deals with the " + a.title() + "?";
        Set<Integer> mentioned = new TreeSet<>();
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("Article (\\d+)").matcher(a.title());
        while (m.find()) {
            mentioned.add(Integer.parseInt(m.group(1)));
        }
        Draft d = ctx.draft(Area.ARTICLES, "article-number", a.id());
        int keyIndex = d.random.nextInt(4);
        List<Integer> numbers = new ArrayList<>();
        int k = n - 1;
        while (numbers.size() < keyIndex && k >= 1) {
            if (!mentioned.contains(k)) {
                numbers.addFirst(k);
            }
            k--;
        }
        numbers.add(n);
        k = n + 1;
        while (numbers.size() < 4) {
            if (!mentioned.contains(k)) {
                numbers.add(k);
            }
            k++;
        }
        List<Option> options = numbers.stream().map(x -> new Option("Article " + x,
                new Claim.AttributeIs(a.id(), "number", Integer.toString(x)))).toList();
        String because = articleName(a, doc) + " deals with the " + a.title() + ": " + Texts.sentence(a.summary());
        d.stem(stem).singleChoiceInOrder(options, numbers.indexOf(n))
                .facts(a.id()).cite(a.citations()).because(because).difficulty(0.5).emit();
        ctx.draft(Area.ARTICLES, "article-number-numeric", a.id())
                .stem("Enter the number of the article of " + docName(doc) + " that deals with the " + a.title() + ".")
                .numeric(Numeric.exactly(n), new Claim.AttributeIs(a.id(), "number", number))
                .facts(a.id()).cite(a.citations()).because(because).difficulty(0.65).emit();
    }

    private void whichDocument(Context ctx, Article a, Document doc, List<Document> documents) {
        List<Document> pool = documents.stream().filter(x -> x != doc && !x.sharesNameWith(doc)
                && (x.kind() == doc.kind() || x.organization().equals(doc.organization()))).toList();
        Draft d = ctx.draft(Area.ARTICLES, "article-document", a.id());
        List<Document> wrong = Draft.pickBalanced(pool, 3, d.random, doc.name().length(), x -> x.name().length());
        if (wrong.size() < 3) {
            return;
        }
        String summary = Texts.sentence(a.summary());
        String kind = doc.kind().name().toLowerCase(java.util.Locale.ROOT);
        if (doc.allNames().stream().anyMatch(n -> Texts.containsWords(summary, n)) || Texts.containsWords(summary, kind)
                || summary.toLowerCase(java.util.Locale.ROOT).contains("source")) {
            ctx.drop("article-document: the provision names its instrument");
            return;
        }
        d.stem("Which instrument contains the following provision? " + summary)
                .singleChoice(new Option(doc.name(), new Claim.AttributeIs(a.id(), "document", doc.id())),
                        wrong.stream().map(x -> new Option(x.name(), new Claim.AttributeIs(a.id(), "document", x.id()))).toList())
                .facts(a.id()).cite(a.citations())
                .because("The provision is " + (a.number().isPresent() ? articleName(a, doc) : "part of " + docName(doc))
                        + " (" + a.title() + ").")
                .difficulty(0.45).emit();
    }

    /** What numbered articles deal with: forward, true/false and matching within one instrument. */
    private void titles(Context ctx, List<Article> articles) {
        List<Article> numbered = articles.stream().filter(a -> a.number().isPresent()).toList();
        List<Attributes.Item> items = new ArrayList<>();
        for (Article a : numbered) {
            Document doc = ctx.facts.get(a.document(), Document.class);
            // "basis of the missions (with Article 4)": the cross-reference would confuse other articles' questions
            String title = a.title().replaceAll("\\s*\\([^)]*Article[^)]*\\)", "");
            items.add(new Attributes.Item(a, articleName(a, doc), "Article " + a.number().get(), a.title(), title, a.citations()));
        }
        Attributes.forward(ctx, Area.ARTICLES, "article-title", "title", items,
                i -> "What does " + i.name() + " deal with?", 0.5);
        Attributes.trueFalse(ctx, Area.ARTICLES, "article-title-tf", "title", items,
                (key, shown) -> Optional.of(Attributes.cap(key.name()) + " deals with the " + shown.display()), 0.45);
        List<Attributes.Item> summaries = new ArrayList<>();
        for (Article a : articles) {
            Document doc = ctx.facts.get(a.document(), Document.class);
            String name = a.number().isPresent() ? articleName(a, doc) : "the provision of " + docName(doc) + " on " + a.title();
            summaries.add(new Attributes.Item(a, name, Attributes.cap(a.title()), a.summary(), Texts.clause(a.summary()), a.citations()));
        }
        Attributes.reverse(ctx, Area.ARTICLES, "summary-article", "summary", summaries,
                i -> "Which provision says the following? " + Texts.sentence(i.display()), 0.55);
    }

    private void term(Context ctx, Document d, Sourced<String> term) {
        Optional<Integer> years = years(term.value());
        if (years.isEmpty()) {
            return;
        }
        int n = years.get();
        String because = Attributes.cap(docName(d)) + " ran for the following term: " + Texts.sentence(term.value());
        ctx.draft(Area.ARTICLES, "document-term-numeric", d.id())
                .stem("For how many years was " + docName(d) + " concluded? Enter the number of years.")
                .numeric(Numeric.exactly(n), new Claim.AttributeIs(d.id(), "term", term.value()))
                .facts(d.id()).cite(term.citations()).because(because).difficulty(0.45).emit();
        Draft c = ctx.draft(Area.ARTICLES, "document-term", d.id());
        List<Integer> choices = List.of(1, 3, 5, 10, 15, 20, 25).stream().filter(x -> x != n).toList();
        List<Integer> picked = new ArrayList<>(Draft.pick(choices, 3, c.random));
        picked.add(n);
        picked.sort(Integer::compare);
        List<Option> options = picked.stream().map(x -> new Option(x + " years",
                new Claim.AttributeIs(d.id(), "term", x == n ? term.value() : x + " years."))).toList();
        c.stem("For what period was " + docName(d) + " originally concluded?")
                .singleChoiceInOrder(options, picked.indexOf(n))
                .facts(d.id()).cite(term.citations()).because(because).difficulty(0.35).emit();
    }

    private static final List<String> NUMBERS = List.of("zero", "one", "two", "three", "four", "five", "six", "seven",
            "eight", "nine", "ten");

    static Optional<Integer> years(String text) {
        String t = text.toLowerCase(java.util.Locale.ROOT);
        for (int i = 1; i < NUMBERS.size(); i++) {
            if (t.startsWith(NUMBERS.get(i) + " years") || t.startsWith(i + " years")) {
                return Optional.of(i);
            }
        }
        return Optional.empty();
    }

    /** "The Collective Security Treaty is also known as the ... Pact": typed, with the name's variants. */
    private void alsoKnownAs(Context ctx, Document d, List<Document> documents) {
        for (String variant : d.variants()) {
            String[] words = variant.split(" ");
            List<org.cstoquiz.domain.Place> places = ctx.facts.byName(org.cstoquiz.domain.Place.class, words[0]);
            if (words.length != 2 || places.isEmpty() || d.name().contains(words[0])) {
                continue;
            }
            List<String> accepted = new ArrayList<>(places.getFirst().allNames());
            accepted.add(variant);
            ctx.draft(Area.ARTICLES, "document-nickname", d.id() + "|" + variant)
                    .stem("Complete the name: " + Attributes.cap(docName(d)) + " is also known as the \"____ " + words[1] + "\".")
                    .shortAnswer(accepted, new Claim.AttributeIs(d.id(), "variant", variant))
                    .facts(d.id()).cite(d.citations())
                    .because(Attributes.cap(docName(d)) + " is also referred to as the " + variant + ".")
                    .difficulty(0.45).emit();
            return;
        }
    }

    /** "With reference to the Charter, consider the following statements: 1. Article 3 deals with ..." */
    private void documentStatements(Context ctx, List<Article> articles) {
        java.util.Map<String, List<Article>> byDoc = new java.util.TreeMap<>();
        articles.stream().filter(a -> a.number().isPresent()).forEach(a -> byDoc.computeIfAbsent(a.document(), k -> new ArrayList<>()).add(a));
        List<Article> numbered = articles.stream().filter(a -> a.number().isPresent()).toList();
        byDoc.forEach((docId, list) -> {
            if (list.size() < 2) {
                return;
            }
            Document doc = ctx.facts.get(docId, Document.class);
            Draft d = ctx.draft(Area.ARTICLES, "article-statements", docId);
            List<Draft.Stmt> stmts = new ArrayList<>();
            for (Article a : list.subList(0, 2)) {
                boolean truth = d.random.nextBoolean();
                List<Article> others = numbered.stream().filter(x -> x != a && !Attributes.similar(x.title(), a.title())).toList();
                Article shown = truth || others.isEmpty() ? a : others.get(d.random.nextInt(others.size()));
                stmts.add(new Draft.Stmt("Article " + a.number().get() + " deals with the " + shown.title() + ".",
                        new Claim.AttributeIs(a.id(), "title", shown.title()), shown == a));
            }
            d.whichStatements(docName(doc), stmts)
                    .facts(list.subList(0, 2).stream().map(Article::id).toList())
                    .cite(list.subList(0, 2).stream().flatMap(a -> a.citations().stream().limit(1)).toList())
                    .because(String.join(" ", list.subList(0, 2).stream().map(a -> "Article " + a.number().get()
                            + " deals with the " + a.title() + ".").toList()))
                    .difficulty(0.55).emit();
        });
    }
}

package org.cstoquiz.engine.generate;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Set;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.function.BiFunction;
import org.cstoquiz.domain.Area;
import org.cstoquiz.domain.Citation;
import org.cstoquiz.domain.ConflictingClaims;
import org.cstoquiz.domain.Names;
import org.cstoquiz.domain.PartialDate;
import org.cstoquiz.domain.Precision;
import org.cstoquiz.engine.question.Choice;
import org.cstoquiz.engine.question.ExamFormats;
import org.cstoquiz.engine.question.Matching;
import org.cstoquiz.engine.question.MultipleResponse;
import org.cstoquiz.engine.question.Numeric;
import org.cstoquiz.engine.question.Ordering;
import org.cstoquiz.engine.question.Prompt;
import org.cstoquiz.engine.question.Question;
import org.cstoquiz.engine.question.QuestionBody;
import org.cstoquiz.engine.question.ShortAnswer;
import org.cstoquiz.engine.question.SingleChoice;
import org.cstoquiz.engine.question.TrueFalse;

/** One question being written: stem, body, assertions, sources; {@link #emit()} checks it and hands it on. */
final class Draft {

    /** At most this many seed files are cited (and quoted in the explanation) per question. */
    static final int MAX_SOURCES = 3;

    private final Context ctx;
    private final Area area;
    private final String family;
    final SplittableRandom random;
    private String stem;
    private QuestionBody body;
    private final List<String> factIds = new ArrayList<>();
    private final List<Citation> citations = new ArrayList<>();
    private final List<AssertionCheck> checks = new ArrayList<>();
    private final List<String> answers = new ArrayList<>();
    private String statement;
    private double difficulty = 0.5;
    private Optional<PartialDate> timeFrame = Optional.empty();
    private Precision precision = Precision.YEAR;
    private final List<String> hints = new ArrayList<>();
    private boolean shuffle;
    /** Why the body could not be built (two options that read the same, say): the draft is dropped. */
    private String unbuildable;

    Draft(Context ctx, Area area, String family, String randomKey) {
        this.ctx = ctx;
        this.area = area;
        this.family = family;
        this.random = ctx.random(randomKey);
    }

    Draft stem(String stem) {
        this.stem = stem;
        return this;
    }

    /** The facts the question tests (never the names it merely mentions). */
    Draft facts(String... ids) {
        for (String id : ids) {
            if (!factIds.contains(id)) {
                factIds.add(id);
            }
        }
        return this;
    }

    Draft facts(List<String> ids) {
        return facts(ids.toArray(String[]::new));
    }

    Draft cite(List<Citation> cites) {
        citations.addAll(cites);
        return this;
    }

    /** The fact the key rests on, in a sentence with its date; the explanation is built from it. */
    Draft because(String statement) {
        this.statement = statement;
        return this;
    }

    Draft difficulty(double d) {
        this.difficulty = d;
        return this;
    }

    Draft timeFrame(PartialDate date) {
        this.timeFrame = Optional.of(date);
        return this;
    }

    /** Words a source named in the stem must contain (the year, month or place asked). */
    Draft hint(String... words) {
        hints.addAll(List.of(words));
        return this;
    }

    Draft precision(Precision p) {
        this.precision = p;
        return this;
    }

    // ---------------------------------------------------------------- bodies

    Draft singleChoice(Option key, List<Option> distractors) {
        List<String> texts = new ArrayList<>();
        texts.add(key.text());
        distractors.forEach(o -> texts.add(o.text()));
        body = build(() -> SingleChoice.of(key.text(), texts));
        checks.add(new AssertionCheck(key.text(), key.assertion(), true));
        distractors.forEach(o -> checks.add(new AssertionCheck(o.text(), o.assertion(), false)));
        answers.add(key.text());
        shuffle = true;
        return this;
    }

    /** Options shown in the given order (years ascending, say); the key is {@code options.get(keyIndex)}. */
    Draft singleChoiceInOrder(List<Option> options, int keyIndex) {
        Option key = options.get(keyIndex);
        body = build(() -> SingleChoice.of(key.text(), options.stream().map(Option::text).toList()));
        for (int i = 0; i < options.size(); i++) {
            checks.add(new AssertionCheck(options.get(i).text(), options.get(i).assertion(), i == keyIndex));
        }
        answers.add(key.text());
        shuffle = false;
        return this;
    }

    Draft multipleResponse(List<Option> correct, List<Option> wrong) {
        List<String> texts = new ArrayList<>();
        correct.forEach(o -> texts.add(o.text()));
        wrong.forEach(o -> texts.add(o.text()));
        body = build(() -> MultipleResponse.of(correct.stream().map(Option::text).toList(), texts));
        correct.forEach(o -> checks.add(new AssertionCheck(o.text(), o.assertion(), true)));
        wrong.forEach(o -> checks.add(new AssertionCheck(o.text(), o.assertion(), false)));
        correct.forEach(o -> answers.add(o.text()));
        shuffle = true;
        return this;
    }

    Draft trueFalse(Assertion assertion, boolean value) {
        body = new TrueFalse(value);
        checks.add(new AssertionCheck(AssertionCheck.STEM, assertion, value));
        return this;
    }

    Draft numeric(Numeric numeric, Assertion assertion) {
        body = numeric;
        checks.add(new AssertionCheck(AssertionCheck.STEM, assertion, true));
        answers.add(numeric.value().toPlainString());
        return this;
    }

    Draft shortAnswer(List<String> accepted, Assertion assertion) {
        body = build(() -> new ShortAnswer(accepted));
        checks.add(new AssertionCheck(AssertionCheck.STEM, assertion, true));
        answers.addAll(accepted);
        return this;
    }

    /** Items in their right order; each one's assertion places it against its neighbour. */
    Draft ordering(List<Option> inOrder) {
        List<String> texts = inOrder.stream().map(Option::text).toList();
        body = build(() -> Ordering.of(texts, texts));
        inOrder.forEach(o -> checks.add(new AssertionCheck(o.text(), o.assertion(), true)));
        shuffle = true;
        return this;
    }

    /**
     * Prompts with their right choices; extra choices are distractors. {@code assertion} says whether a
     * prompt matches a choice, so that every pair can be checked.
     */
    Draft matching(List<String> prompts, List<String> keyChoices, List<String> extraChoices,
                   BiFunction<Integer, String, Assertion> assertion) {
        List<String> choiceTexts = new ArrayList<>();
        for (String c : keyChoices) {
            if (!choiceTexts.contains(c)) {
                choiceTexts.add(c);
            }
        }
        choiceTexts.addAll(extraChoices);
        // years are listed in order, as a paper lists them, and the prompts shuffled instead, never matched in order
        boolean years = choiceTexts.stream().allMatch(t -> t.matches("\\d{4}"));
        List<Integer> order = new ArrayList<>(java.util.stream.IntStream.range(0, prompts.size()).boxed().toList());
        if (years) {
            choiceTexts.sort(null);
            for (int i = 0; i < 10 && (i == 0 || order.stream().map(keyChoices::get).sorted().toList()
                    .equals(order.stream().map(keyChoices::get).toList())); i++) {
                java.util.Collections.shuffle(order, new java.util.Random(random.nextLong()));
            }
        }
        List<Choice> choices = Choice.lettered(choiceTexts);
        List<Prompt> ps = Prompt.numbered(order.stream().map(prompts::get).toList());
        Map<String, String> key = new LinkedHashMap<>();
        for (int i = 0; i < prompts.size(); i++) {
            key.put(ps.get(i).id(), SingleChoice.of(keyChoices.get(order.get(i)), choiceTexts).correctChoiceId());
        }
        body = build(() -> new Matching(ps, choices, key));
        for (int i = 0; i < prompts.size(); i++) {
            for (String c : choiceTexts) {
                checks.add(new AssertionCheck(prompts.get(i) + " \u2192 " + c, assertion.apply(i, c),
                        c.equals(keyChoices.get(i))));
            }
        }
        shuffle = !years;
        return this;
    }

    record Stmt(String text, Assertion assertion, boolean truth) {
    }

    Draft whichStatements(String topic, List<Stmt> statements) {
        var list = statements.stream().map(s -> new ExamFormats.Statement(s.text(), s.truth())).toList();
        var item = ExamFormats.whichStatementsAreCorrect(topic, list, random);
        stem = item.stem();
        body = item.body();
        addStatementChecks(statements);
        return this;
    }

    Draft howMany(String topic, List<Stmt> statements) {
        var list = statements.stream().map(s -> new ExamFormats.Statement(s.text(), s.truth())).toList();
        var item = ExamFormats.howManyStatementsAreCorrect(topic, list);
        stem = item.stem();
        body = item.body();
        addStatementChecks(statements);
        return this;
    }

    Draft assertionReason(Stmt assertion, Stmt reason, boolean explains) {
        var item = ExamFormats.assertionReason(new ExamFormats.Statement(assertion.text(), assertion.truth()),
                new ExamFormats.Statement(reason.text(), reason.truth()), explains);
        stem = item.stem();
        body = item.body();
        checks.add(new AssertionCheck("assertion", assertion.assertion(), assertion.truth()));
        checks.add(new AssertionCheck("reason", reason.assertion(), reason.truth()));
        return this;
    }

    private void addStatementChecks(List<Stmt> statements) {
        for (int i = 0; i < statements.size(); i++) {
            checks.add(new AssertionCheck("statement " + (i + 1), statements.get(i).assertion(), statements.get(i).truth()));
        }
    }

    private QuestionBody build(java.util.function.Supplier<QuestionBody> body) {
        try {
            return body.get();
        } catch (IllegalArgumentException e) {
            unbuildable = e.getMessage();
            return new TrueFalse(true);
        }
    }

    // ---------------------------------------------------------------- emit

    /** Checks the draft and adds it to the bank, or drops it with a reason. */
    void emit() {
        if (unbuildable != null) {
            ctx.drop(family + ": " + unbuildable.replaceAll("'[^']*'", "…"), factIds);
            return;
        }
        if (stem == null || body == null || statement == null || factIds.isEmpty()) {
            throw new IllegalStateException("incomplete draft in family " + family);
        }
        if (factIds.stream().anyMatch(id -> !ctx.examWorthy(id))) {
            ctx.drop(family + ": tests a fact that is not asked in exams");
            return;
        }
        for (AssertionCheck check : checks) {
            if (!ctx.holds(check.assertion(), check.expected())) {
                ctx.drop(family + ": an assertion is not settled by the facts", factIds);
                return;
            }
        }
        List<ConflictingClaims> conflicts = ctx.conflictsAbout(factIds).stream().filter(this::concerns).toList();
        if (!conflicts.isEmpty()) {
            if (checks.stream().anyMatch(c -> !c.expected() && ctx.disputed(conflicts, c.target()))) {
                ctx.drop(family + ": a distractor is what some source claims", factIds);
                return;
            }
            if (!ctx.someSourceSettles(conflicts, citations, hints)) {
                ctx.drop(family + ": contested, and no source settles it");
                factIds.forEach(id -> ctx.cannotAsk(id, Skipped.CONTESTED));
                return;
            }
            // keyed as most sources say ("2002" for the CSTO's founding, four sources against one), options or a number
            // none of which a source claims (dropped above) need no source; nor does a question whose every word asked
            // every source gives alike ("2012" and "Uzbekistan" for Uzbekistan's step, suspended, cancelled or
            // withdrawn). A question that turns on the disputed point would have to name a source, which no paper does:
            // the point is kept for study and the fact is asked by the other questions
            boolean choiceOrNumber = body instanceof SingleChoice || body instanceof MultipleResponse || body instanceof Numeric;
            // a typed answer's other spellings ("Republic of Uzbekistan") are not what a claim must say
            List<String> asked = java.util.stream.Stream.concat(hints.stream(), answers.stream().limit(1)).toList();
            boolean named = choiceOrNumber || body instanceof ShortAnswer;
            if (!(choiceOrNumber && Disputes.settledByMost(conflicts) || named && Disputes.agreeOn(conflicts, asked))) {
                ctx.drop(family + ": turns on a point the sources dispute", factIds);
                return;
            }
        }
        String finalStem = stem;
        finalStem = Texts.capitalNegatives(ctx.words.namingTheOrganization(finalStem));
        // "True or false? The Expert Advisory Council works under the Permanent Council": of which organization?
        String lead = "True or false? ";
        if (body instanceof TrueFalse && finalStem.startsWith(lead) && ofTheOrganization() && !namesTheOrganization(finalStem)) {
            finalStem = lead + "In " + ctx.words.org() + ", " + ctx.words.continuing(finalStem.substring(lead.length())) + ".";
        }
        if (body instanceof SingleChoice single) {
            List<BankLint.Finding> flaws = OptionLint.flaws(finalStem, single);
            if (!flaws.isEmpty()) {
                ctx.drop(family + ": " + flaws.getFirst().rule(), factIds);
                return;
            }
        }
        for (String answer : answers) {
            if (Texts.containsWords(finalStem, answer) || body instanceof ShortAnswer && echoes(finalStem, answer)) {
                ctx.drop(family + ": the stem gives the answer away", factIds);
                return;
            }
        }
        List<Citation> cites = citations;
        List<String> files = cites.stream().map(Citation::source).distinct().limit(MAX_SOURCES).toList();
        cites = cites.stream().filter(c -> files.contains(c.source())).toList();
        Question q = Question.builder()
                .area(area)
                .stem(finalStem)
                .body(body)
                .explanation(ctx.explanation(statement, cites) + ctx.conflictNote(conflicts))
                .sources(ctx.sources(cites))
                .facts(factIds)
                .difficulty(Math.max(0.05, Math.min(0.95, difficulty)))
                .build();
        if (shuffle) {
            Question shuffled = q.withChoicesShuffled(random);
            if (body instanceof Ordering) {
                // never show the items already in the right order
                for (int i = 0; i < 10 && isInOrder(shuffled); i++) {
                    shuffled = q.withChoicesShuffled(random);
                }
            }
            q = shuffled;
        }
        ctx.accept(new GeneratedQuestion(q, family, checks, timeFrame, precision));
    }

    /** A disagreement about what held at some time does not touch a question set certainly before every claim. */
    private boolean concerns(ConflictingClaims conflict) {
        if (timeFrame.isEmpty() || conflict.claims().stream().anyMatch(c -> c.asOf().isEmpty())) {
            return true;
        }
        return conflict.claims().stream().map(c -> c.asOf().orElseThrow())
                .anyMatch(asOf -> !timeFrame.get().isCertainlyBefore(asOf));
    }

    /** Whether the text names the pack's organization, "NATO's" too. */
    private boolean namesTheOrganization(String text) {
        String named = " " + Texts.normalized(text.replace("'s ", " ")) + " ";
        return ctx.facts.primaryOrganization().allNames().stream().anyMatch(n -> named.contains(" " + Texts.normalized(Names.bare(n)) + " "));
    }

    /** Whether the question is about a body of the pack's organization (its bodies' names seldom say whose they are). */
    private boolean ofTheOrganization() {
        String org = ctx.facts.pack().organization();
        return factIds.stream().map(ctx.facts::find).flatMap(Optional::stream)
                .anyMatch(f -> f instanceof org.cstoquiz.domain.Organ o && o.organization().equals(org));
    }

    /** A name the stem gives away by a word of the same root ("the Uzbek parliament" for "Uzbekistan"). */
    private static boolean echoes(String stem, String answer) {
        String[] words = Names.bare(answer).strip().split("\\s+");
        if (words.length != 1) {
            return false; // "Article 5 of the NATO treaty" is not given away by "Article 4" in the stem
        }
        Set<String> word = OptionLint.contentWords(words[0]);
        word.retainAll(OptionLint.contentWords(stem));
        return !word.isEmpty();
    }

    private static boolean isInOrder(Question q) {
        Ordering o = (Ordering) q.body();
        return o.correctOrder().equals(o.choices().stream().map(Choice::id).toList());
    }
}

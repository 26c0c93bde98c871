package org.cstoquiz.engine.generate;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;
import org.cstoquiz.domain.Citation;
import org.cstoquiz.domain.ConflictingClaims;
import org.cstoquiz.domain.PartialDate;
import org.cstoquiz.domain.Precision;
import org.cstoquiz.domain.SourceDocument;
import org.cstoquiz.engine.question.Area;
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

/** One question being written: stem, body, claims, sources; {@link #emit()} checks it and hands it on. */
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
    private final List<ClaimCheck> checks = new ArrayList<>();
    private final List<String> answers = new ArrayList<>();
    private String statement;
    private double difficulty = 0.5;
    private Optional<PartialDate> timeFrame = Optional.empty();
    private Optional<SourceDocument> attribution = Optional.empty();
    private Precision precision = Precision.YEAR;
    private final List<String> hints = new ArrayList<>();
    private boolean shuffle;

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

    Draft attributedTo(SourceDocument source) {
        this.attribution = Optional.of(source);
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
        body = SingleChoice.of(key.text(), texts);
        checks.add(new ClaimCheck(key.text(), key.claim(), true));
        distractors.forEach(o -> checks.add(new ClaimCheck(o.text(), o.claim(), false)));
        answers.add(key.text());
        shuffle = true;
        return this;
    }

    /** Options shown in the given order (years ascending, say); the key is {@code options.get(keyIndex)}. */
    Draft singleChoiceInOrder(List<Option> options, int keyIndex) {
        List<String> texts = options.stream().map(Option::text).toList();
        Option key = options.get(keyIndex);
        body = SingleChoice.of(key.text(), texts);
        for (int i = 0; i < options.size(); i++) {
            checks.add(new ClaimCheck(options.get(i).text(), options.get(i).claim(), i == keyIndex));
        }
        answers.add(key.text());
        shuffle = false;
        return this;
    }

    Draft multipleResponse(List<Option> correct, List<Option> wrong) {
        List<String> texts = new ArrayList<>();
        correct.forEach(o -> texts.add(o.text()));
        wrong.forEach(o -> texts.add(o.text()));
        body = MultipleResponse.of(correct.stream().map(Option::text).toList(), texts);
        correct.forEach(o -> checks.add(new ClaimCheck(o.text(), o.claim(), true)));
        wrong.forEach(o -> checks.add(new ClaimCheck(o.text(), o.claim(), false)));
        correct.forEach(o -> answers.add(o.text()));
        shuffle = true;
        return this;
    }

    Draft trueFalse(Claim claim, boolean value) {
        body = new TrueFalse(value);
        checks.add(new ClaimCheck(ClaimCheck.STEM, claim, value));
        return this;
    }

    Draft numeric(Numeric numeric, Claim claim) {
        body = numeric;
        checks.add(new ClaimCheck(ClaimCheck.STEM, claim, true));
        answers.add(numeric.value().toPlainString());
        return this;
    }

    Draft shortAnswer(List<String> accepted, Claim claim) {
        body = new ShortAnswer(accepted);
        checks.add(new ClaimCheck(ClaimCheck.STEM, claim, true));
        answers.addAll(accepted);
        return this;
    }

    /** Items in their right order; the claims say each is earlier than the next. */
    Draft ordering(List<Option> inOrder) {
        List<String> texts = inOrder.stream().map(Option::text).toList();
        body = Ordering.of(texts, texts);
        for (Option o : inOrder) {
            checks.add(new ClaimCheck(o.text(), o.claim(), true));
        }
        shuffle = true;
        return this;
    }

    /**
     * Prompts with their right choices; extra choices are distractors. {@code claim} says whether a
     * prompt matches a choice, so that every pair can be checked.
     */
    Draft matching(List<String> prompts, List<String> keyChoices, List<String> extraChoices,
                   java.util.function.BiFunction<Integer, String, Claim> claim) {
        List<String> choiceTexts = new ArrayList<>();
        for (String c : keyChoices) {
            if (!choiceTexts.contains(c)) {
                choiceTexts.add(c);
            }
        }
        choiceTexts.addAll(extraChoices);
        List<Choice> choices = Choice.lettered(choiceTexts);
        List<Prompt> ps = Prompt.numbered(prompts);
        Map<String, String> key = new LinkedHashMap<>();
        for (int i = 0; i < prompts.size(); i++) {
            key.put(ps.get(i).id(), SingleChoice.of(keyChoices.get(i), choiceTexts).correctChoiceId());
        }
        body = new Matching(ps, choices, key);
        for (int i = 0; i < prompts.size(); i++) {
            for (String c : choiceTexts) {
                checks.add(new ClaimCheck(prompts.get(i) + " \u2192 " + c, claim.apply(i, c), c.equals(keyChoices.get(i))));
            }
        }
        shuffle = true;
        return this;
    }

    record Stmt(String text, Claim claim, boolean truth) {
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
        checks.add(new ClaimCheck("assertion", assertion.claim(), assertion.truth()));
        checks.add(new ClaimCheck("reason", reason.claim(), reason.truth()));
        return this;
    }

    private void addStatementChecks(List<Stmt> statements) {
        for (int i = 0; i < statements.size(); i++) {
            checks.add(new ClaimCheck("statement " + (i + 1), statements.get(i).claim(), statements.get(i).truth()));
        }
    }

    // ---------------------------------------------------------------- emit

    /** Checks the draft and adds it to the bank, or drops it with a reason. */
    void emit() {
        if (stem == null || body == null || statement == null) {
            throw new IllegalStateException("incomplete draft in family " + family);
        }
        for (ClaimCheck check : checks) {
            if (!ctx.holds(check.claim(), check.expected())) {
                ctx.drop(family + ": a claim is not settled by the facts");
                return;
            }
        }
        List<ConflictingClaims> conflicts = ctx.conflictsAbout(factIds);
        String explanationText = statement;
        if (!conflicts.isEmpty()) {
            for (ClaimCheck check : checks) {
                if (!check.expected() && ctx.disputed(conflicts, check.target())) {
                    ctx.drop(family + ": a distractor is what some source claims");
                    return;
                }
            }
            if (timeFrame.isEmpty() && attribution.isEmpty()) {
                attribution = ctx.attributionFor(conflicts, citations, hints);
                if (attribution.isEmpty()) {
                    ctx.drop(family + ": contested without time frame or source");
                    return;
                }
            }
        }
        String finalStem = stem;
        if (attribution.isPresent() && !finalStem.startsWith("According to")) {
            String prefix = "";
            for (String lead : List.of("True or false? ")) {
                if (finalStem.startsWith(lead)) {
                    prefix = lead;
                    finalStem = finalStem.substring(lead.length());
                }
            }
            finalStem = prefix + "According to " + Context.shortTitle(attribution.get()) + ", " + Texts.continuing(finalStem);
        }
        finalStem = Texts.capitalNegatives(finalStem);
        for (String answer : answers) {
            if (Texts.containsWords(finalStem, answer)) {
                ctx.drop("stem gives the answer away");
                return;
            }
        }
        List<Citation> cites = citations;
        if (attribution.isPresent()) {
            String file = attribution.get().file();
            List<Citation> own = citations.stream().filter(c -> c.source().equals(file)).toList();
            if (!own.isEmpty()) {
                cites = own;
            }
        }
        if (cites.isEmpty()) {
            throw new IllegalStateException("no citation in family " + family + ": " + stem);
        }
        List<String> files = cites.stream().map(Citation::source).distinct().limit(MAX_SOURCES).toList();
        cites = cites.stream().filter(c -> files.contains(c.source())).toList();
        String explanation = ctx.explanation(explanationText, cites) + ctx.conflictNote(conflicts);
        Question q = Question.builder()
                .area(area)
                .stem(finalStem)
                .body(body)
                .explanation(explanation)
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
        ctx.accept(new GeneratedQuestion(q, family, checks, timeFrame, attribution.map(SourceDocument::file), precision));
    }

    private static boolean isInOrder(Question q) {
        Ordering o = (Ordering) q.body();
        return o.correctOrder().equals(o.choices().stream().map(Choice::id).toList());
    }

    /** Picks {@code n} distinct items at random, keeping the pool's order out of it. */
    static <T> List<T> pick(List<T> pool, int n, SplittableRandom random) {
        List<T> copy = new ArrayList<>(pool);
        List<T> picked = new ArrayList<>();
        while (picked.size() < n && !copy.isEmpty()) {
            picked.add(copy.remove(random.nextInt(copy.size())));
        }
        return picked;
    }

    /**
     * Picks {@code n} distractors at random, but so that the key is not the longest option when the
     * pool allows it (rule 7: form alone must not reveal the key).
     */
    static <T> List<T> pickBalanced(List<T> pool, int n, SplittableRandom random, int keyLength,
                                    java.util.function.ToIntFunction<T> length) {
        List<T> picked = pick(pool, n, random);
        boolean anyLonger = picked.stream().anyMatch(t -> length.applyAsInt(t) >= keyLength);
        if (!anyLonger && !picked.isEmpty()) {
            List<T> longer = pool.stream().filter(t -> length.applyAsInt(t) >= keyLength && !picked.contains(t)).toList();
            if (!longer.isEmpty()) {
                picked.set(random.nextInt(picked.size()), longer.get(random.nextInt(longer.size())));
            }
        }
        return picked;
    }

    static Map<String, Integer> counts() {
        return new HashMap<>();
    }
}

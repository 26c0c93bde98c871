package org.cstoquiz.engine.benchmark;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.cstoquiz.content.Packs;
import org.cstoquiz.domain.FactBase;
import org.cstoquiz.engine.generate.Bank;
import org.cstoquiz.engine.generate.QuestionBank;
import org.cstoquiz.engine.question.Grade;
import org.cstoquiz.engine.question.Question;
import org.cstoquiz.engine.question.Response;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.OptionsBuilder;

/**
 * Generating the whole CSTO bank, and grading every question of it. Not part of the test run:
 * {@code ./mvnw -o -pl quiz-engine -Pbenchmark test} (JAVA_HOME on a JDK 25) compiles and runs it.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@Fork(1)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class BankBenchmark {

    private FactBase facts;
    private List<Question> questions;
    private List<Response> right;
    private List<Response> wrong;
    private long seed;

    @Setup
    public void setUp() {
        facts = Packs.loadBuiltIn();
        Bank bank = QuestionBank.generate(facts, 1L);
        questions = bank.questions();
        right = new ArrayList<>();
        wrong = new ArrayList<>();
        for (Question q : questions) {
            right.add(q.correctResponse());
            wrong.add(wrong(q));
        }
        System.out.println(bank.summary());
    }

    /** The whole bank from the facts, a new seed each time (distractors and order change, the questions do not). */
    @Benchmark
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    public Bank generateWholeBank() {
        return QuestionBank.generate(facts, seed++);
    }

    /** Grades the correct response and a wrong one of every question. */
    @Benchmark
    @OutputTimeUnit(TimeUnit.MICROSECONDS)
    public void gradeWholeBank(Blackhole hole) {
        for (int i = 0; i < questions.size(); i++) {
            Question q = questions.get(i);
            Grade a = q.grade(right.get(i));
            Grade b = q.grade(wrong.get(i));
            hole.consume(a);
            hole.consume(b);
        }
    }

    /** A response of the right shape that is not the key. */
    static Response wrong(Question q) {
        return switch (q.correctResponse()) {
            case Response.Selection s -> new Response.Selection(java.util.Set.of(q.choices().stream()
                    .map(c -> c.id()).filter(id -> !s.choiceIds().contains(id)).findFirst().orElseThrow()));
            case Response.TrueFalseAnswer t -> new Response.TrueFalseAnswer(!t.value());
            case Response.NumberAnswer n -> new Response.NumberAnswer(n.value().add(java.math.BigDecimal.valueOf(1000)));
            case Response.TextAnswer t -> new Response.TextAnswer("Atlantis");
            case Response.OrderAnswer o -> new Response.OrderAnswer(o.choiceIds().reversed());
            case Response.MatchAnswer m -> {
                java.util.Map<String, String> all = new java.util.LinkedHashMap<>();
                m.promptToChoice().keySet().forEach(k -> all.put(k, q.choices().getFirst().id()));
                yield new Response.MatchAnswer(all);
            }
            case Response.Blank b -> b;
        };
    }

    public static void main(String[] args) throws RunnerException {
        new Runner(new OptionsBuilder().include(BankBenchmark.class.getSimpleName()).build()).run();
    }
}

package org.cstoquiz.engine.question;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.random.RandomGenerator;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * Builds the exam formats in the wording real papers (UPSC and similar) use, so a generator only
 * supplies statements and whether each is true. The result is an {@link ExamItem} (stem and body)
 * for {@link Question.Builder#exam(ExamItem)}.
 *
 * <pre>
 * With reference to the CSTO, consider the following statements:
 * 1. The Collective Security Treaty was signed in Tashkent.
 * 2. Uzbekistan has been a member without interruption since 1992.
 * Which of the statements given above is/are correct?
 * A. 1 only   B. 2 only   C. Both 1 and 2   D. Neither 1 nor 2
 * </pre>
 */
public final class ExamFormats {

    /** The question line of the "which" variant. */
    public static final String WHICH_QUESTION = "Which of the statements given above is/are correct?";
    /** The question line of the "how many" variant. */
    public static final String HOW_MANY_QUESTION = "How many of the above statements are correct?";
    /** The question line of the assertion-reason format. */
    public static final String ASSERTION_REASON_QUESTION =
            "Which one of the following is correct in respect of the above statements?";

    /** The four standard assertion-reason options, in their standard order (A to D). */
    public static final List<String> ASSERTION_REASON_OPTIONS = List.of(
            "Both A and R are true, and R is the correct explanation of A",
            "Both A and R are true, but R is NOT the correct explanation of A",
            "A is true, but R is false",
            "A is false, but R is true");

    private static final List<String> COUNT_WORDS = List.of("None", "one", "two", "three", "four");

    private ExamFormats() {
    }

    /** A statement and whether it is true. */
    public record Statement(String text, boolean isTrue) {
        public Statement {
            Checks.requireNonBlank(text, "statement text");
            text = text.strip();
        }

        public static Statement trueStatement(String text) {
            return new Statement(text, true);
        }

        public static Statement falseStatement(String text) {
            return new Statement(text, false);
        }
    }

    /** A stem and its body, ready for {@link Question.Builder#exam(ExamItem)}. */
    public record ExamItem(String stem, SingleAnswerBody body) {
        public ExamItem {
            Checks.requireNonBlank(stem, "stem");
            Objects.requireNonNull(body, "body");
        }
    }

    /**
     * Two statements, "Which of the statements given above is/are correct?", with the options
     * "1 only / 2 only / Both 1 and 2 / Neither 1 nor 2".
     *
     * @param topic what the statements are about ("the CSTO"), or null for plain "Consider the following statements:"
     */
    public static ExamItem whichStatementsAreCorrect(String topic, List<Statement> statements) {
        if (statements.size() != 2) {
            throw new IllegalArgumentException("without a random source only two statements are supported, got "
                    + statements.size() + "; pass a RandomGenerator for three or four");
        }
        return whichStatementsAreCorrect(topic, statements, null);
    }

    /**
     * Two to four statements, "Which of the statements given above is/are correct?". Two statements
     * get the four fixed options. Three or four get four combinations written as papers write them
     * ("1 only", "1 and 3 only", "1, 2 and 3"): the true combination plus three other non-empty
     * combinations drawn with {@code random}, listed by size and then by number. With three or four
     * statements at least one must be true (papers offer no "none" there; use
     * {@link #howManyStatementsAreCorrect} instead).
     */
    public static ExamItem whichStatementsAreCorrect(String topic, List<Statement> statements, RandomGenerator random) {
        int n = statements.size();
        if (n < 2 || n > 4) {
            throw new IllegalArgumentException("the statements format takes 2 to 4 statements, got " + n);
        }
        List<Integer> key = trueNumbers(statements);
        List<List<Integer>> options;
        if (n == 2) {
            options = List.of(List.of(1), List.of(2), List.of(1, 2), List.of());
        } else {
            if (key.isEmpty()) {
                throw new IllegalArgumentException("with " + n + " statements at least one must be true; "
                        + "use howManyStatementsAreCorrect for a 'None' option");
            }
            Objects.requireNonNull(random, "three or four statements need a random source to pick the options");
            List<List<Integer>> others = new ArrayList<>(nonEmptySubsets(n));
            others.remove(key);
            List<List<Integer>> picked = new ArrayList<>();
            picked.add(key);
            for (int i = 0; i < 3; i++) {
                picked.add(others.remove(random.nextInt(others.size())));
            }
            picked.sort(Comparator.<List<Integer>>comparingInt(List::size).thenComparing(ExamFormats::compareLexically));
            options = picked;
        }
        List<String> texts = options.stream().map(numbers -> combinationLabel(numbers, n)).toList();
        List<Choice> choices = Choice.lettered(texts);
        String stem = stem(topic, statements, WHICH_QUESTION);
        return new ExamItem(stem, new Statements(choices, choices.get(options.indexOf(key)).id()));
    }

    /**
     * Three or four statements, "How many of the above statements are correct?", with the options
     * "Only one / Only two / All three / None" (three statements) or
     * "Only one / Only two / Only three / All four" (four statements; then at least one must be true).
     */
    public static ExamItem howManyStatementsAreCorrect(String topic, List<Statement> statements) {
        int n = statements.size();
        if (n != 3 && n != 4) {
            throw new IllegalArgumentException("the 'how many' format takes 3 or 4 statements, got " + n);
        }
        int trueCount = trueNumbers(statements).size();
        List<Integer> counts = n == 3 ? List.of(1, 2, 3, 0) : List.of(1, 2, 3, 4);
        if (!counts.contains(trueCount)) {
            throw new IllegalArgumentException("with four statements the standard options have no 'None': at least one must be true");
        }
        List<String> texts = counts.stream()
                .map(count -> count == 0 ? "None" : (count == n ? "All " : "Only ") + COUNT_WORDS.get(count))
                .toList();
        List<Choice> choices = Choice.lettered(texts);
        String stem = stem(topic, statements, HOW_MANY_QUESTION);
        return new ExamItem(stem, new Statements(choices, choices.get(counts.indexOf(trueCount)).id()));
    }

    /**
     * Assertion (A) and Reason (R) with the four standard options ({@link #ASSERTION_REASON_OPTIONS}).
     * At least one of A and R must be true (the standard options have no "both false"), and R can
     * only explain A when both are true.
     */
    public static ExamItem assertionReason(Statement assertion, Statement reason, boolean reasonExplainsAssertion) {
        if (!assertion.isTrue() && !reason.isTrue()) {
            throw new IllegalArgumentException("the standard assertion-reason options have no 'both false'");
        }
        if (reasonExplainsAssertion && !(assertion.isTrue() && reason.isTrue())) {
            throw new IllegalArgumentException("R can explain A only when both are true");
        }
        int keyIndex;
        if (assertion.isTrue() && reason.isTrue()) {
            keyIndex = reasonExplainsAssertion ? 0 : 1;
        } else {
            keyIndex = assertion.isTrue() ? 2 : 3;
        }
        List<Choice> choices = Choice.lettered(ASSERTION_REASON_OPTIONS);
        String stem = "Consider the following statements:\n"
                + "Assertion (A): " + assertion.text() + "\n"
                + "Reason (R): " + reason.text() + "\n"
                + ASSERTION_REASON_QUESTION;
        return new ExamItem(stem, new AssertionReason(choices, choices.get(keyIndex).id()));
    }

    /** The label papers use for a combination of statement numbers, e.g. "1 and 3 only". */
    static String combinationLabel(List<Integer> numbers, int statementCount) {
        if (numbers.isEmpty()) {
            if (statementCount == 2) {
                return "Neither 1 nor 2";
            }
            throw new IllegalArgumentException("no standard label for an empty combination of " + statementCount);
        }
        if (numbers.size() == 1) {
            return numbers.getFirst() + " only";
        }
        if (numbers.size() == 2 && statementCount == 2) {
            return "Both 1 and 2";
        }
        String head = numbers.subList(0, numbers.size() - 1).stream().map(String::valueOf).collect(Collectors.joining(", "));
        String list = head + " and " + numbers.getLast();
        return numbers.size() == statementCount ? list : list + " only";
    }

    private static String stem(String topic, List<Statement> statements, String question) {
        StringBuilder stem = new StringBuilder();
        stem.append(topic == null || topic.isBlank()
                ? "Consider the following statements:"
                : "With reference to " + topic.strip() + ", consider the following statements:");
        for (int i = 0; i < statements.size(); i++) {
            stem.append('\n').append(i + 1).append(". ").append(statements.get(i).text());
        }
        return stem.append('\n').append(question).toString();
    }

    private static List<Integer> trueNumbers(List<Statement> statements) {
        return IntStream.range(0, statements.size())
                .filter(i -> statements.get(i).isTrue())
                .mapToObj(i -> i + 1)
                .toList();
    }

    private static List<List<Integer>> nonEmptySubsets(int n) {
        List<List<Integer>> subsets = new ArrayList<>();
        for (int mask = 1; mask < (1 << n); mask++) {
            int bits = mask;
            subsets.add(IntStream.rangeClosed(1, n).filter(k -> (bits & (1 << (k - 1))) != 0).boxed().toList());
        }
        return subsets;
    }

    private static int compareLexically(List<Integer> a, List<Integer> b) {
        for (int i = 0; i < Math.min(a.size(), b.size()); i++) {
            int c = Integer.compare(a.get(i), b.get(i));
            if (c != 0) {
                return c;
            }
        }
        return Integer.compare(a.size(), b.size());
    }
}

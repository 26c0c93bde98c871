package org.cstoquiz.engine.export;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.cstoquiz.domain.Area;
import org.cstoquiz.engine.question.Choice;
import org.cstoquiz.engine.question.Matching;
import org.cstoquiz.engine.question.MultipleResponse;
import org.cstoquiz.engine.question.Numeric;
import org.cstoquiz.engine.question.Ordering;
import org.cstoquiz.engine.question.Prompt;
import org.cstoquiz.engine.question.Question;
import org.cstoquiz.engine.question.ShortAnswer;
import org.cstoquiz.engine.question.SingleAnswerBody;
import org.cstoquiz.engine.question.SingleChoice;
import org.cstoquiz.engine.question.TrueFalse;

/**
 * Moodle XML ({@code <quiz>}), importable through Moodle's question bank. Questions are grouped by
 * area, each group under a {@code <question type="category">} named {@code $course$/CSTO/<area>}.
 *
 * <p>Mapping: single choice, statements and assertion-reason become {@code multichoice} with one
 * answer at 100% (the exam formats keep their option order: {@code shuffleanswers} false);
 * multiple response becomes {@code multichoice} with {@code single} false, each correct answer at
 * {@code 100/k}% and each wrong one at {@code -100/w}% (the engine's own partial credit; the
 * fractions are rounded to 5 decimals, as Moodle does, so they sum to 100 within Moodle's
 * tolerance; Moodle's grade menu lists 1/k only up to k = 10, its importer does not check);
 * true/false becomes {@code truefalse}; numeric becomes {@code numerical} with the tolerance as an
 * absolute error; short answer becomes {@code shortanswer} (case-insensitive, one answer at 100%
 * per accepted variant, {@code *} escaped so it is not a wildcard; Moodle does not fold
 * diacritics, so only the variants as written are accepted); matching becomes {@code matching}
 * (choices no prompt uses are added as distractors: a subquestion with empty text); ordering
 * becomes {@code matching} from each item to its position 1, 2, … (Moodle then grades absolute
 * positions, not the engine's adjacent pairs).
 *
 * <p>All texts are written with {@code format="plain_text"}, so Moodle shows them literally
 * (escaped, line breaks kept): nothing in a stem is read as HTML. The question id goes to
 * {@code <idnumber>}, the explanation to {@code <generalfeedback>}.
 *
 * <p>A question Moodle could not store whole ({@link MoodleLimits}: e.g. a matching answer over 255
 * characters) is left out of the file and listed by {@link #skipped(QuestionSet)}, so the file
 * imports in one pass.
 */
public final class MoodleXmlExporter implements Exporter {

    static final String CATEGORY_PREFIX = "$course$/CSTO/";
    private static final String PLAIN = "plain_text";
    private static final int NAME_LENGTH = 80;

    @Override
    public String formatName() {
        return "moodle-xml";
    }

    @Override
    public String contentType() {
        return "application/xml";
    }

    @Override
    public String fileExtension() {
        return "xml";
    }

    @Override
    public void write(QuestionSet set, OutputStream out) throws IOException {
        out.write(toXml(set).getBytes(StandardCharsets.UTF_8));
        out.flush();
    }

    /** The whole document: every question Moodle can store, by area. */
    public String toXml(QuestionSet set) {
        XmlWriter xml = new XmlWriter().start("quiz");
        for (Area area : Area.values()) {
            List<Question> inArea = set.questions().stream().filter(q -> q.area() == area && whyNot(q).isEmpty()).toList();
            if (inArea.isEmpty()) {
                continue;
            }
            xml.start("question", "type", "category")
                    .start("category").element("text", CATEGORY_PREFIX + area.key()).end()
                    .end();
            inArea.forEach(question -> question(xml, question));
        }
        return xml.end().toXml();
    }

    /** The questions {@link #write} leaves out because Moodle could not store them, in set order, with the reason. */
    @Override
    public List<Skipped> skipped(QuestionSet set) {
        return set.questions().stream().flatMap(question -> whyNot(question).stream()).toList();
    }

    private static Optional<Skipped> whyNot(Question question) {
        return MoodleLimits.problem(question, questionName(question), true,
                MoodleLimits.matchingAnswers(question, text -> text));
    }

    /** The name written: the stem's first line, shortened; the id when the stem has no words. */
    static String questionName(Question question) {
        String name = name(question.stem());
        return name.isEmpty() ? question.id() : name;
    }

    private void question(XmlWriter xml, Question question) {
        xml.start("question", "type", moodleType(question));
        xml.start("name").element("text", questionName(question)).end();
        formatted(xml, "questiontext", question.stem());
        formatted(xml, "generalfeedback", question.explanation());
        xml.element("defaultgrade", "1")
                .element("penalty", "0.3333333")
                .element("hidden", "0")
                .element("idnumber", question.id());
        switch (question.body()) {
            case SingleAnswerBody single -> multichoice(xml, true, single instanceof SingleChoice, single.choices(),
                    choice -> choice.id().equals(single.correctChoiceId()) ? "100" : "0");
            case MultipleResponse multiple -> {
                int correct = multiple.correctChoiceIds().size();
                int wrong = multiple.choices().size() - correct;
                multichoice(xml, false, true, multiple.choices(), choice -> multiple.correctChoiceIds().contains(choice.id())
                        ? percent(correct) : "-" + percent(wrong));
            }
            case TrueFalse trueFalse -> {
                answer(xml, trueFalse.correctValue() ? "100" : "0", "true");
                answer(xml, trueFalse.correctValue() ? "0" : "100", "false");
            }
            case Numeric numeric -> {
                xml.element("unitgradingtype", "0").element("unitpenalty", "0.1000000")
                        .element("showunits", "3").element("unitsleft", "0");
                xml.start("answer", "fraction", "100", "format", "moodle_auto_format")
                        .element("text", numeric.value().toPlainString())
                        .element("tolerance", numeric.tolerance().toPlainString())
                        .end();
            }
            case ShortAnswer shortAnswer -> {
                xml.element("usecase", "0");
                shortAnswer.accepted().forEach(variant -> answer(xml, "100", escapeWildcards(variant)));
            }
            case Matching matching -> {
                matchingOptions(xml);
                for (Prompt prompt : matching.prompts()) {
                    subquestion(xml, prompt.text(), textOf(matching.choices(), matching.correctMatches().get(prompt.id())));
                }
                for (Choice choice : matching.choices()) {
                    if (!matching.correctMatches().containsValue(choice.id())) {
                        subquestion(xml, "", choice.text());
                    }
                }
            }
            case Ordering ordering -> {
                matchingOptions(xml);
                for (Choice item : ordering.choices()) {
                    subquestion(xml, item.text(), String.valueOf(ordering.correctOrder().indexOf(item.id()) + 1));
                }
            }
        }
        xml.end();
    }

    /** The Moodle question type a question is written as. */
    static String moodleType(Question question) {
        return switch (question.body()) {
            case SingleAnswerBody ignored -> "multichoice";
            case MultipleResponse ignored -> "multichoice";
            case TrueFalse ignored -> "truefalse";
            case Numeric ignored -> "numerical";
            case ShortAnswer ignored -> "shortanswer";
            case Matching ignored -> "matching";
            case Ordering ignored -> "matching";
        };
    }

    private static void multichoice(XmlWriter xml, boolean single, boolean shuffle, List<Choice> choices,
                                    java.util.function.Function<Choice, String> fraction) {
        xml.element("single", String.valueOf(single))
                .element("shuffleanswers", String.valueOf(shuffle))
                .element("answernumbering", "ABCD")
                .element("showstandardinstruction", "0");
        combinedFeedback(xml);
        choices.forEach(choice -> answer(xml, fraction.apply(choice), choice.text()));
    }

    private static void matchingOptions(XmlWriter xml) {
        xml.element("shuffleanswers", "true");
        combinedFeedback(xml);
    }

    private static void combinedFeedback(XmlWriter xml) {
        formatted(xml, "correctfeedback", "");
        formatted(xml, "partiallycorrectfeedback", "");
        formatted(xml, "incorrectfeedback", "");
        xml.markup("<shownumcorrect/>");
    }

    private static void answer(XmlWriter xml, String fraction, String text) {
        xml.start("answer", "fraction", fraction, "format", PLAIN).element("text", text).end();
    }

    private static void subquestion(XmlWriter xml, String text, String answer) {
        xml.start("subquestion", "format", PLAIN)
                .element("text", text)
                .start("answer").element("text", answer).end()
                .end();
    }

    private static void formatted(XmlWriter xml, String element, String text) {
        xml.start(element, "format", PLAIN).element("text", text).end();
    }

    /** {@code 100/parts} with at most 5 decimals, e.g. {@code 33.33333}. */
    static String percent(int parts) {
        return BigDecimal.valueOf(100).divide(BigDecimal.valueOf(parts), 5, RoundingMode.HALF_EVEN)
                .stripTrailingZeros().toPlainString();
    }

    /** Moodle reads {@code *} in a short answer as "anything"; {@code \*} is a literal asterisk. */
    static String escapeWildcards(String variant) {
        return variant.replace("*", "\\*");
    }

    /** A question name: the stem's first line with its whitespace collapsed, at most 80 characters. */
    static String name(String stem) {
        String firstLine = stem.lines().findFirst().orElse(stem).replaceAll("\\s+", " ").strip();
        if (firstLine.codePointCount(0, firstLine.length()) <= NAME_LENGTH) {
            return firstLine;
        }
        return firstLine.substring(0, firstLine.offsetByCodePoints(0, NAME_LENGTH - 1)) + "…";
    }

    private static String textOf(List<Choice> choices, String id) {
        return choices.stream().filter(choice -> choice.id().equals(id)).findFirst().orElseThrow().text();
    }
}

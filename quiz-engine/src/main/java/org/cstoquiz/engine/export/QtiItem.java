package org.cstoquiz.engine.export;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import org.cstoquiz.engine.question.Choice;
import org.cstoquiz.engine.question.Matching;
import org.cstoquiz.engine.question.MultipleResponse;
import org.cstoquiz.engine.question.Numeric;
import org.cstoquiz.engine.question.Ordering;
import org.cstoquiz.engine.question.Question;
import org.cstoquiz.engine.question.ShortAnswer;
import org.cstoquiz.engine.question.SingleAnswerBody;
import org.cstoquiz.engine.question.SingleChoice;
import org.cstoquiz.engine.question.TrueFalse;

/**
 * One question as a QTI 2.1 {@code assessmentItem}. The response is always {@code RESPONSE}, the
 * score {@code SCORE} (0 to 1). Choices get position identifiers {@code A, B, …} (prompts
 * {@code P1, P2, …}), whatever their ids in the model.
 *
 * <ul>
 *   <li>single choice, statements, assertion-reason, true/false: {@code choiceInteraction} with one
 *       choice, template {@code match_correct};</li>
 *   <li>multiple response: {@code choiceInteraction} without a limit, scored by a mapping of
 *       {@code +1/k} per correct and {@code -1/w} per wrong choice, bounded to [0, 1] (the engine's
 *       partial credit; values rounded up at 7 decimals so the key scores exactly 1);</li>
 *   <li>numeric: {@code textEntryInteraction} (float), scored by {@code equal} with an absolute
 *       tolerance;</li>
 *   <li>short answer: {@code textEntryInteraction} (string), each accepted variant mapped to 1,
 *       case-insensitively;</li>
 *   <li>ordering: {@code orderInteraction}, all or nothing ({@code match_correct}; QTI's templates
 *       have no adjacent-pair credit);</li>
 *   <li>matching: {@code matchInteraction} with directed pairs, {@code 1/n} per correct pair.</li>
 * </ul>
 * Texts are escaped XML; a line break is a {@code <br/>}. The explanation is a
 * {@code rubricBlock} for scorers and tutors, not shown to candidates.
 */
final class QtiItem {

    static final String NAMESPACE = "http://www.imsglobal.org/xsd/imsqti_v2p1";
    static final String SCHEMA_LOCATION = "http://www.imsglobal.org/xsd/qti/qtiv2p1/imsqti_v2p1.xsd";
    private static final String TEMPLATES = "http://www.imsglobal.org/question/qti_v2p1/rptemplates/";

    private QtiItem() {
    }

    static String toXml(Question question) {
        XmlWriter xml = new XmlWriter().start("assessmentItem",
                "xmlns", NAMESPACE,
                "xmlns:xsi", "http://www.w3.org/2001/XMLSchema-instance",
                "xsi:schemaLocation", NAMESPACE + " " + SCHEMA_LOCATION,
                "identifier", question.id(),
                "title", MoodleXmlExporter.name(question.stem()).isEmpty() ? question.id() : MoodleXmlExporter.name(question.stem()),
                "adaptive", "false",
                "timeDependent", "false");
        responseDeclaration(xml, question);
        xml.start("outcomeDeclaration", "identifier", "SCORE", "cardinality", "single", "baseType", "float")
                .start("defaultValue").element("value", "0").end()
                .end();
        xml.start("itemBody");
        xml.lines("p", question.stem());
        interaction(xml, question);
        if (!question.explanation().isEmpty()) {
            xml.start("rubricBlock", "view", "scorer tutor").lines("p", question.explanation()).end();
        }
        xml.end();
        responseProcessing(xml, question);
        return xml.end().toXml();
    }

    /** The identifier of the choice at {@code position}: A … Z, then C27, C28, … */
    static String choiceIdentifier(int position) {
        return position < 26 ? Choice.letter(position) : "C" + (position + 1);
    }

    private static String identifierOf(List<Choice> choices, String id) {
        for (int i = 0; i < choices.size(); i++) {
            if (choices.get(i).id().equals(id)) {
                return choiceIdentifier(i);
            }
        }
        throw new IllegalArgumentException("no choice " + id);
    }

    private static void responseDeclaration(XmlWriter xml, Question question) {
        switch (question.body()) {
            case SingleAnswerBody single -> declaration(xml, "single", "identifier",
                    List.of(identifierOf(single.choices(), single.correctChoiceId())));
            case TrueFalse trueFalse -> declaration(xml, "single", "identifier", List.of(String.valueOf(trueFalse.correctValue())));
            case MultipleResponse multiple -> {
                List<String> correct = multiple.correctChoiceIdsInOrder().stream()
                        .map(id -> identifierOf(multiple.choices(), id)).toList();
                startDeclaration(xml, "multiple", "identifier", correct);
                String plus = share(correct.size());
                String minus = "-" + share(multiple.choices().size() - correct.size());
                xml.start("mapping", "lowerBound", "0", "upperBound", "1", "defaultValue", "0");
                for (int i = 0; i < multiple.choices().size(); i++) {
                    String identifier = choiceIdentifier(i);
                    xml.element("mapEntry", "", "mapKey", identifier, "mappedValue", correct.contains(identifier) ? plus : minus);
                }
                xml.end().end();
            }
            case Numeric numeric -> declaration(xml, "single", "float", List.of(numeric.value().toPlainString()));
            case ShortAnswer shortAnswer -> {
                startDeclaration(xml, "single", "string", List.of(shortAnswer.accepted().getFirst()));
                xml.start("mapping", "lowerBound", "0", "upperBound", "1", "defaultValue", "0");
                shortAnswer.accepted().stream().distinct().forEach(variant ->
                        xml.element("mapEntry", "", "mapKey", variant, "mappedValue", "1", "caseSensitive", "false"));
                xml.end().end();
            }
            case Ordering ordering -> declaration(xml, "ordered", "identifier",
                    ordering.correctOrder().stream().map(id -> identifierOf(ordering.choices(), id)).toList());
            case Matching matching -> {
                List<String> pairs = new ArrayList<>();
                for (int i = 0; i < matching.prompts().size(); i++) {
                    String choiceId = matching.correctMatches().get(matching.prompts().get(i).id());
                    pairs.add("P" + (i + 1) + " " + identifierOf(matching.choices(), choiceId));
                }
                startDeclaration(xml, "multiple", "directedPair", pairs);
                xml.start("mapping", "lowerBound", "0", "upperBound", "1", "defaultValue", "0");
                String each = share(pairs.size());
                pairs.forEach(pair -> xml.element("mapEntry", "", "mapKey", pair, "mappedValue", each));
                xml.end().end();
            }
        }
    }

    private static void declaration(XmlWriter xml, String cardinality, String baseType, List<String> correct) {
        startDeclaration(xml, cardinality, baseType, correct);
        xml.end();
    }

    private static void startDeclaration(XmlWriter xml, String cardinality, String baseType, List<String> correct) {
        xml.start("responseDeclaration", "identifier", "RESPONSE", "cardinality", cardinality, "baseType", baseType)
                .start("correctResponse");
        correct.forEach(value -> xml.element("value", value));
        xml.end();
    }

    private static void interaction(XmlWriter xml, Question question) {
        switch (question.body()) {
            case SingleAnswerBody single -> choices(xml, single.choices(), 1, single instanceof SingleChoice);
            case MultipleResponse multiple -> choices(xml, multiple.choices(), 0, true);
            case TrueFalse ignored -> xml.start("choiceInteraction", "responseIdentifier", "RESPONSE", "shuffle", "false", "maxChoices", "1")
                    .lines("simpleChoice", "True", "identifier", "true")
                    .lines("simpleChoice", "False", "identifier", "false")
                    .end();
            case Numeric ignored -> xml.start("p")
                    .element("textEntryInteraction", "", "responseIdentifier", "RESPONSE", "expectedLength", "12")
                    .end();
            case ShortAnswer ignored -> xml.start("p")
                    .element("textEntryInteraction", "", "responseIdentifier", "RESPONSE", "expectedLength", "30")
                    .end();
            case Ordering ordering -> {
                xml.start("orderInteraction", "responseIdentifier", "RESPONSE", "shuffle", "false");
                for (int i = 0; i < ordering.choices().size(); i++) {
                    xml.lines("simpleChoice", ordering.choices().get(i).text(), "identifier", choiceIdentifier(i));
                }
                xml.end();
            }
            case Matching matching -> {
                int prompts = matching.prompts().size();
                xml.start("matchInteraction", "responseIdentifier", "RESPONSE", "shuffle", "false",
                        "maxAssociations", String.valueOf(prompts));
                xml.start("simpleMatchSet");
                for (int i = 0; i < prompts; i++) {
                    xml.lines("simpleAssociableChoice", matching.prompts().get(i).text(), "identifier", "P" + (i + 1), "matchMax", "1");
                }
                xml.end().start("simpleMatchSet");
                for (int i = 0; i < matching.choices().size(); i++) {
                    xml.lines("simpleAssociableChoice", matching.choices().get(i).text(),
                            "identifier", choiceIdentifier(i), "matchMax", String.valueOf(prompts));
                }
                xml.end().end();
            }
        }
    }

    private static void choices(XmlWriter xml, List<Choice> choices, int maxChoices, boolean shuffle) {
        xml.start("choiceInteraction", "responseIdentifier", "RESPONSE", "shuffle", String.valueOf(shuffle),
                "maxChoices", String.valueOf(maxChoices));
        for (int i = 0; i < choices.size(); i++) {
            xml.lines("simpleChoice", choices.get(i).text(), "identifier", choiceIdentifier(i));
        }
        xml.end();
    }

    private static void responseProcessing(XmlWriter xml, Question question) {
        switch (question.body()) {
            case Numeric numeric -> {
                boolean exact = numeric.tolerance().signum() == 0;
                String[] equal = exact
                        ? new String[] {"toleranceMode", "exact"}
                        : new String[] {"toleranceMode", "absolute", "tolerance", numeric.tolerance().toPlainString()};
                xml.start("responseProcessing").start("responseCondition").start("responseIf")
                        .start("equal", equal)
                        .element("variable", "", "identifier", "RESPONSE")
                        .element("correct", "", "identifier", "RESPONSE")
                        .end()
                        .start("setOutcomeValue", "identifier", "SCORE").element("baseValue", "1", "baseType", "float").end()
                        .end()
                        .end().end();
            }
            case MultipleResponse ignored -> template(xml, "map_response");
            case ShortAnswer ignored -> template(xml, "map_response");
            case Matching ignored -> template(xml, "map_response");
            default -> template(xml, "match_correct");
        }
    }

    private static void template(XmlWriter xml, String name) {
        xml.element("responseProcessing", "", "template", TEMPLATES + name);
    }

    /** {@code 1/parts} rounded up at 7 decimals, so {@code parts} shares reach 1. */
    static String share(int parts) {
        return BigDecimal.ONE.divide(BigDecimal.valueOf(parts), 7, RoundingMode.CEILING).stripTrailingZeros().toPlainString();
    }
}

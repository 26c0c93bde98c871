package org.cstoquiz.engine.export;

import static org.cstoquiz.engine.export.XmlSupport.child;
import static org.cstoquiz.engine.export.XmlSupport.children;
import static org.cstoquiz.engine.export.XmlSupport.text;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.cstoquiz.engine.question.QuestionType;
import org.w3c.dom.Element;

/** Reads Moodle XML the way Moodle's importer looks at it: by element names, texts and fractions. */
final class MoodleXmlReader {

    private MoodleXmlReader() {
    }

    record Answer(String text, BigDecimal fraction, String tolerance) {
    }

    record Subquestion(String text, String answer) {
    }

    /** One non-category question, with the category in force where it appears. */
    record MoodleQuestion(String type, String category, String name, String idnumber, String questionText,
                          String generalFeedback, Element element) {

        List<Answer> answers() {
            return children(element, "answer").stream().map(answer -> new Answer(
                    child(answer, "text").getTextContent(),
                    new BigDecimal(answer.getAttribute("fraction")),
                    children(answer, "tolerance").stream().map(Element::getTextContent).findFirst().orElse(null))).toList();
        }

        List<Subquestion> subquestions() {
            return children(element, "subquestion").stream().map(sub -> new Subquestion(
                    child(sub, "text").getTextContent(), text(sub, "answer"))).toList();
        }

        String option(String name) {
            return child(element, name).getTextContent();
        }

        /** The meaning, reading a matching question as ordering when the original was one. */
        Meaning meaning(QuestionType original) {
            List<Answer> answers = answers();
            List<String> texts = answers.stream().map(Answer::text).toList();
            return switch (type) {
                case "multichoice" -> new Meaning(questionText, texts,
                        answers.stream().filter(a -> a.fraction().signum() > 0).map(Answer::text).toList());
                case "truefalse" -> new Meaning(questionText, List.of(), answers.stream()
                        .filter(a -> a.fraction().compareTo(BigDecimal.valueOf(100)) == 0).map(Answer::text).toList());
                case "numerical" -> new Meaning(questionText, List.of(),
                        List.of(Meaning.number(texts.getFirst()), Meaning.number(answers.getFirst().tolerance())));
                case "shortanswer" -> new Meaning(questionText, List.of(),
                        texts.stream().map(t -> t.replace("\\*", "*")).toList());
                case "matching" -> original == QuestionType.ORDERING ? ordering() : matching();
                default -> throw new AssertionError("unexpected question type " + type);
            };
        }

        private Meaning ordering() {
            List<Subquestion> items = subquestions();
            return new Meaning(questionText, items.stream().map(Subquestion::text).toList(), items.stream()
                    .sorted(Comparator.comparingInt(item -> Integer.parseInt(item.answer())))
                    .map(Subquestion::text).toList());
        }

        private Meaning matching() {
            List<String> pairs = new ArrayList<>();
            for (Subquestion sub : subquestions()) {
                if (!sub.text().isEmpty()) {
                    pairs.add(sub.text());
                    pairs.add(sub.answer());
                }
            }
            return new Meaning(questionText,
                    subquestions().stream().map(Subquestion::answer).distinct().sorted().toList(), pairs);
        }
    }

    static List<MoodleQuestion> read(String xml) {
        Element quiz = XmlSupport.parse(xml).getDocumentElement();
        if (!quiz.getTagName().equals("quiz")) {
            throw new AssertionError("root is <" + quiz.getTagName() + ">, not <quiz>");
        }
        List<MoodleQuestion> questions = new ArrayList<>();
        String category = null;
        for (Element question : children(quiz, "question")) {
            String type = question.getAttribute("type");
            if (type.equals("category")) {
                category = text(question, "category");
                continue;
            }
            questions.add(new MoodleQuestion(type, category, text(question, "name"),
                    child(question, "idnumber").getTextContent(), text(question, "questiontext"),
                    text(question, "generalfeedback"), question));
        }
        return questions;
    }
}

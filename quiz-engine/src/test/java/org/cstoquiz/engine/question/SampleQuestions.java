package org.cstoquiz.engine.question;

import static org.cstoquiz.engine.question.ExamFormats.Statement.falseStatement;
import static org.cstoquiz.engine.question.ExamFormats.Statement.trueStatement;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import org.cstoquiz.domain.Area;

/** One hand-built question of every type, shared by the tests. The texts are illustrative test data. */
public final class SampleQuestions {

    private static final String DOC = "test-fixture.txt";

    private SampleQuestions() {
    }

    public static Question singleChoice() {
        return Question.builder()
                .area(Area.DATES)
                .stem("In which year was the Collective Security Treaty signed in Tashkent?")
                .body(SingleChoice.of("1992", List.of("1991", "1992", "1994", "2002")))
                .explanation("The Collective Security Treaty was signed in Tashkent on 15 May 1992.")
                .source(DOC, "signed in Tashkent on 15 May 1992")
                .fact("event.treaty-signed")
                .difficulty(0.4)
                .build();
    }

    public static Question multipleResponse() {
        return Question.builder()
                .area(Area.ORGANS)
                .stem("Which of the following are statutory bodies of the CSTO? Select all that apply.")
                .body(MultipleResponse.of(
                        List.of("Collective Security Council", "Council of Foreign Ministers", "Council of Defence Ministers"),
                        List.of("Collective Security Council", "Council of Foreign Ministers",
                                "Council of Defence Ministers", "Security Council of the United Nations",
                                "North Atlantic Council")))
                .explanation("The Charter names the Collective Security Council, the Council of Foreign Ministers "
                        + "and the Council of Defence Ministers.")
                .source(DOC, "bodies of the Organization")
                .fact("organ.csc")
                .fact("organ.cfm")
                .fact("organ.cdm")
                .difficulty(0.5)
                .build();
    }

    public static Question trueFalse() {
        return Question.builder()
                .area(Area.ORGANS)
                .stem("The CSTO Secretariat is based in Moscow.")
                .body(new TrueFalse(true))
                .explanation("The Secretariat sits in Moscow.")
                .source(DOC, "Moscow")
                .fact("organ.secretariat.seat")
                .difficulty(0.2)
                .build();
    }

    public static Question numeric() {
        return Question.builder()
                .area(Area.DATES)
                .stem("In which year was the CSTO Charter signed?")
                .body(Numeric.exactly(2002))
                .explanation("The Charter was signed in Chișinău on 7 October 2002.")
                .source(DOC, "7 October 2002")
                .fact("event.charter-signed")
                .difficulty(0.3)
                .build();
    }

    public static Question shortAnswer() {
        return Question.builder()
                .area(Area.DATES)
                .stem("In which city was the CSTO Charter signed in 2002?")
                .body(ShortAnswer.accepting("Chișinău", "Kishinev"))
                .explanation("The Charter was signed in Chișinău on 7 October 2002.")
                .source(DOC, "Chisinau")
                .fact("event.charter-signed")
                .difficulty(0.6)
                .build();
    }

    public static Question ordering() {
        return Question.builder()
                .area(Area.DATES)
                .stem("Put these events in chronological order, earliest first.")
                .body(Ordering.of(
                        List.of("CSTO Charter signed", "Collective Security Treaty signed",
                                "Collective Rapid Reaction Forces agreed", "CSTO deployment to Kazakhstan"),
                        List.of("Collective Security Treaty signed", "CSTO Charter signed",
                                "Collective Rapid Reaction Forces agreed", "CSTO deployment to Kazakhstan")))
                .explanation("1992, 2002, 2009, 2022.")
                .source(DOC, "1992")
                .facts(List.of("event.treaty-signed", "event.charter-signed", "event.crrf", "operation.kazakhstan-2022"))
                .difficulty(0.7)
                .build();
    }

    public static Question matching() {
        return Question.builder()
                .area(Area.DATES)
                .stem("Match each document to the city where it was signed.")
                .body(new Matching(
                        Prompt.numbered("Collective Security Treaty", "CSTO Charter"),
                        Choice.lettered("Tashkent", "Chișinău", "Minsk"),
                        Map.of("1", "A", "2", "B")))
                .explanation("The Treaty was signed in Tashkent (1992), the Charter in Chișinău (2002).")
                .source(DOC, "Tashkent")
                .facts(List.of("event.treaty-signed", "event.charter-signed"))
                .difficulty(0.5)
                .build();
    }

    public static Question statements() {
        return Question.builder()
                .area(Area.MEMBERS)
                .exam(ExamFormats.whichStatementsAreCorrect("the Collective Security Treaty", List.of(
                        trueStatement("It was signed in Tashkent in 1992."),
                        falseStatement("Uzbekistan has been a party without interruption since 1992."))))
                .explanation("Signed in Tashkent on 15 May 1992; Uzbekistan left in 1999, rejoined in 2006 and "
                        + "suspended its membership in 2012.")
                .source(DOC, "Tashkent")
                .facts(List.of("event.treaty-signed", "membership.uzbekistan"))
                .difficulty(0.6)
                .build();
    }

    public static Question statementsHowMany() {
        return Question.builder()
                .area(Area.MEMBERS)
                .exam(ExamFormats.howManyStatementsAreCorrect(null, List.of(
                        trueStatement("Armenia signed the Collective Security Treaty in 1992."),
                        falseStatement("Georgia is a member of the CSTO today."),
                        trueStatement("Belarus is a member of the CSTO."))))
                .explanation("Armenia was an original signatory; Georgia left in 1999; Belarus is a member.")
                .source(DOC, "Armenia")
                .fact("membership.armenia")
                .difficulty(0.6)
                .build();
    }

    public static Question statementsThree() {
        return Question.builder()
                .area(Area.MEMBERS)
                .exam(ExamFormats.whichStatementsAreCorrect(null, List.of(
                        trueStatement("Kazakhstan signed the Collective Security Treaty in 1992."),
                        falseStatement("Azerbaijan renewed the Treaty in 1999."),
                        trueStatement("Tajikistan is a member of the CSTO.")), new SplittableRandom(7)))
                .explanation("Azerbaijan, Georgia and Uzbekistan did not renew the Treaty in 1999.")
                .source(DOC, "1999")
                .fact("membership.azerbaijan")
                .difficulty(0.7)
                .build();
    }

    public static Question assertionReason() {
        return Question.builder()
                .area(Area.ORGANS)
                .exam(ExamFormats.assertionReason(
                        trueStatement("The CSTO Charter was signed in Chișinău in 2002."),
                        trueStatement("The CSTO Secretariat is based in Moscow."),
                        false))
                .explanation("Both statements are true, but where the Secretariat sits does not explain where "
                        + "the Charter was signed.")
                .source(DOC, "Chisinau")
                .facts(List.of("event.charter-signed", "organ.secretariat.seat"))
                .difficulty(0.8)
                .build();
    }

    /** One question of each of the nine types (and a second and third statements variant). */
    public static List<Question> everyType() {
        return List.of(singleChoice(), multipleResponse(), trueFalse(), numeric(), shortAnswer(), ordering(),
                matching(), statements(), statementsHowMany(), statementsThree(), assertionReason());
    }

    static Set<QuestionType> typesOf(List<Question> questions) {
        return Set.copyOf(questions.stream().map(Question::type).toList());
    }
}

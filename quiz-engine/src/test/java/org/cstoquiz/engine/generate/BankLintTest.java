package org.cstoquiz.engine.generate;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.cstoquiz.domain.Area;
import org.cstoquiz.domain.Precision;
import org.cstoquiz.engine.question.Question;
import org.cstoquiz.engine.question.QuestionBody;
import org.cstoquiz.engine.question.SingleChoice;
import org.cstoquiz.engine.question.TrueFalse;
import org.junit.jupiter.api.Test;

/** Each rule of the lint catches the flaw an exam setter named, and lets its sound sibling pass. */
class BankLintTest {

    private final BankLint lint = new BankLint(TestPacks.CSTO);

    private List<String> rules(String stem, QuestionBody body) {
        Question q = Question.builder().area(Area.DATES).stem(stem).body(body).explanation("Because.")
                .source("002_9841b17b27cf22dc.txt", "the CSTO").fact("event.csto-founded").difficulty(0.5).build();
        return lint.check(new GeneratedQuestion(q, "test", List.of(), Optional.empty(), Precision.YEAR))
                .stream().map(BankLint.Finding::rule).toList();
    }

    private static SingleChoice choice(String key, String... all) {
        return SingleChoice.of(key, List.of(all));
    }

    @Test
    void datesAtAFixedIntervalAreCaught() {
        assertThat(rules("In which year was it signed?", choice("1992", "1990", "1992", "1994", "1996")))
                .contains("evenly-spaced-dates");
        assertThat(rules("In which year was it signed?", choice("1992", "1991", "1992", "1994", "1999")))
                .doesNotContain("evenly-spaced-dates");
    }

    @Test
    void aKeyThatRepeatsAWordOfTheStemIsCaught() {
        assertThat(rules("As of 2022, on which body did Ararat Mirzoyan sit as the Foreign Minister of Armenia?",
                choice("Council of Foreign Ministers", "Council of Foreign Ministers", "Permanent Council",
                        "Collective Security Council", "Council of Ministers of Defense")))
                .contains("key-echoes-stem");
        assertThat(rules("Which state is missing? The Uzbek parliament ratified ____'s membership.",
                choice("Uzbekistan", "Uzbekistan", "Georgia", "Azerbaijan", "Armenia")))
                .contains("key-echoes-stem");
        assertThat(rules("Which body is made up of the heads of state?",
                choice("Collective Security Council", "Collective Security Council", "Permanent Council",
                        "Council of Foreign Ministers", "Council of Ministers of Defense")))
                .doesNotContain("key-echoes-stem");
    }

    @Test
    void anOptionSpellingTheStemsInitialsIsCaught() {
        assertThat(rules("What is the Collective Security Treaty Organization called for short?",
                choice("CSTO", "CSTO", "SCO", "CIS", "EAEU"))).contains("initials");
    }

    @Test
    void talkAboutTheSourcesIsCaught() {
        assertThat(rules("True or false? The sources describe the Council as follows: it meets yearly.", new TrueFalse(true)))
                .contains("meta-language");
    }

    @Test
    void aPastDateWithAPresentVerbIsCaught() {
        assertThat(rules("True or false? As of 20 May 2012, the CSTO has developed coordination mechanisms.", new TrueFalse(true)))
                .contains("tense");
        assertThat(rules("True or false? As of 20 May 2012, the CSTO had developed coordination mechanisms.", new TrueFalse(true)))
                .doesNotContain("tense");
        assertThat(rules("As of 2003, how many member states did the CSTO have?", choice("6", "5", "6", "7", "9")))
                .doesNotContain("tense");
    }

    @Test
    void anOptionLongerThanMoodleTakesIsCaught() {
        String longOption = "a".repeat(BankLint.MOODLE_LIMIT + 1);
        assertThat(rules("Which is it?", choice("b", "b", "c", "d", longOption))).contains("moodle-length");
    }

    @Test
    void aKeyFarLongerThanEveryDistractorIsCaught() {
        String key = "The treaty was signed by six states in Tashkent and entered into force two years later";
        assertThat(rules("What happened?", choice(key, key, "It lapsed", "It was renamed", "It was annulled")))
                .contains("key-length");
    }

    @Test
    void aShortKeyAmongLongRemitsIsCaughtButNotAmongItsLikes() {
        String[] remits = {"Ensures, together with the permanent working bodies, that the decisions of the bodies are implemented",
            "Considers the fundamental issues of the Organization's activities and makes decisions to realise its goals",
            "Coordinates the interaction of the member states in the field of foreign policy and international affairs"};
        String key = "Oversees the Regional Canal operation";
        assertThat(rules("Which one of the following is a function of the council?", choice(key, key, remits[0], remits[1], remits[2])))
                .contains("key-length");
        assertThat(rules("Which one of the following is a function of the council?",
                choice(key, key, "Oversees the Nelegal operation", "Leads the PROXY operation", remits[0])))
                .doesNotContain("key-length");
    }
}

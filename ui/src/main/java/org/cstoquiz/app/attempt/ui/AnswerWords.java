package org.cstoquiz.app.attempt.ui;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What the answer inputs say and which keys choose what, for every kind of input in one place: the
 * field labels, the hint under a question, the nudge when nothing was given, and the keys (1–9 and
 * A–I by position, T and F for true and false) that the screens bind.
 */
final class AnswerWords {

    static final String YOUR_ANSWER = "Your answer";
    static final String EVERY_ONE_THAT_APPLIES = "Your answer (every one that applies)";
    static final String A_NUMBER = "a number";
    static final String PUT_IN_ORDER = "Put these in order, first at the top:";
    static final String MATCH_PLACEHOLDER = "Choose";
    static final String NO_ANSWER = "(no answer)";

    private static final int MOST_KEYED = 9;

    private AnswerWords() {
    }

    static String whatToDoFirst(AnswerInput input) {
        return switch (input) {
            case TypedInput<?> typed -> "Type an answer first";
            case OrderInput order -> "Move the items into order first";
            case ChosenInput<?> chosen -> "Choose an answer first";
            case MatchInput match -> "Choose an answer first";
        };
    }

    static String keyHint(AnswerInput input) {
        return switch (input) {
            case TrueOrFalseInput trueOrFalse -> "1, A or T: true; 2, B or F: false";
            case SeveralChoicesInput several -> positions(input, " tick or untick");
            case ChosenInput<?> chosen -> positions(input, " choose");
            case TypedInput<?> typed -> "";
            case OrderInput order -> "Tab to an item's arrow, Enter or Space moves it (the focus stays on it)";
            case MatchInput match -> "Enter or Space opens a list, the arrows choose, Enter takes the choice, Tab goes on";
        };
    }

    /** "1–4 or A–D choose" for four keyed options; empty for none. */
    private static String positions(AnswerInput input, String what) {
        int options = Math.min(input.keyedOptions(), MOST_KEYED);
        return options == 0 ? "" : "1–" + options + " or A–" + (char) ('A' + options - 1) + what;
    }

    /** The keys that choose an option of {@code input}, each with its position from 1, in the order of the options. */
    static Map<String, Integer> choiceKeys(AnswerInput input) {
        Map<String, Integer> keys = new LinkedHashMap<>();
        int options = Math.min(input.keyedOptions(), MOST_KEYED);
        for (int position = 1; position <= options; position++) {
            keys.put(String.valueOf(position), position);
            keys.put(String.valueOf((char) ('a' + position - 1)), position);
        }
        if (input instanceof TrueOrFalseInput) {
            keys.put("t", 1);
            keys.put("f", 2);
        }
        return keys;
    }
}

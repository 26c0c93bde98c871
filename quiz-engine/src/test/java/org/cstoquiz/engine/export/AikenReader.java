package org.cstoquiz.engine.export;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Reads Aiken as Moodle's importer (question/format/aiken) does: lines split at LF and CR and
 * trimmed of PHP's trim characters; lines under two bytes ignored; {@code ^[A-Z][).][ \t]?} starts an
 * option, {@code ^ANSWER:} ends the question (its first letter after the colon is the key), any
 * other line starts a new question. Everything Moodle would report as an error is collected.
 */
final class AikenReader {

    private static final Pattern OPTION = Pattern.compile("^[A-Z][).][ \\t]?.*", Pattern.DOTALL);

    record AikenQuestion(String stem, List<String> options, int answer) {

        Meaning meaning() {
            return new Meaning(stem, options, List.of(options.get(answer)));
        }
    }

    record Result(List<AikenQuestion> questions, List<String> errors) {
    }

    private AikenReader() {
    }

    static Result read(String text) {
        List<AikenQuestion> questions = new ArrayList<>();
        List<String> errors = new ArrayList<>();
        String stem = null;
        List<String> options = new ArrayList<>();
        int number = 0;
        for (String line : text.split("\n", -1)) {
            for (String part : line.split("\r", -1)) {
                number++;
                String now = phpTrim(part);
                if (now.getBytes(StandardCharsets.UTF_8).length < 2) {
                    continue;
                }
                if (OPTION.matcher(now).matches()) {
                    if (stem == null) {
                        errors.add("line " + number + ": option outside a question");
                        continue;
                    }
                    options.add(phpTrim(now.substring(2)));
                } else if (now.startsWith("ANSWER:")) {
                    if (stem == null) {
                        errors.add("line " + number + ": answer outside a question");
                        continue;
                    }
                    String answer = phpTrim(now.substring(now.indexOf(':') + 1));
                    int index = answer.isEmpty() ? -1 : answer.charAt(0) - 'A';
                    if (options.size() < 2) {
                        errors.add("line " + number + ": fewer than two options");
                    } else if (index < 0 || index >= options.size()) {
                        errors.add("line " + number + ": answer " + answer + " is not an option");
                    } else {
                        questions.add(new AikenQuestion(stem, List.copyOf(options), index));
                    }
                    stem = null;
                    options.clear();
                } else {
                    if (stem != null) {
                        errors.add("line " + number + ": question not complete before a new one starts");
                    }
                    stem = now;
                    options.clear();
                }
            }
        }
        if (stem != null) {
            errors.add("end of file: question not complete");
        }
        return new Result(questions, errors);
    }

    /** PHP's trim(): space, tab, LF, CR, NUL and vertical tab at both ends. */
    static String phpTrim(String text) {
        int start = 0;
        int end = text.length();
        while (start < end && " \t\n\r\0\u000B".indexOf(text.charAt(start)) >= 0) {
            start++;
        }
        while (end > start && " \t\n\r\0\u000B".indexOf(text.charAt(end - 1)) >= 0) {
            end--;
        }
        return text.substring(start, end);
    }
}

package org.cstoquiz.engine.export;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.QuoteMode;
import org.cstoquiz.engine.question.Choice;
import org.cstoquiz.engine.question.Matching;
import org.cstoquiz.engine.question.MultipleResponse;
import org.cstoquiz.engine.question.Numeric;
import org.cstoquiz.engine.question.Ordering;
import org.cstoquiz.engine.question.Prompt;
import org.cstoquiz.engine.question.Question;
import org.cstoquiz.engine.question.ShortAnswer;
import org.cstoquiz.engine.question.SingleAnswerBody;
import org.cstoquiz.engine.question.TrueFalse;

/**
 * A text file for Anki's "Import File" (Anki 2.1.55 and later): Basic notes, one per question, with
 * file headers so no import settings need changing:
 *
 * <pre>
 * #separator:tab
 * #html:false
 * #notetype:Basic
 * #deck:CSTO Quiz::csto
 * #columns:GUID	Front	Back	Tags
 * #guid column:1
 * #tags column:4
 * "d51b9c4ae56e"	"In which year …?↵↵A. 1991↵B. 1992…"	"B. 1992↵↵The Collective Security Treaty …"	"csto area::dates type::single_choice …"
 * </pre>
 *
 * <p>Every field is quoted by commons-csv ({@code "} doubled inside), so tabs, quotes and line breaks in a text
 * are data, and no data line can start with {@code #}. With {@code #html:false} Anki escapes the
 * text itself, so nothing in a stem is read as HTML. The question id is the note's GUID, so
 * importing a newer export updates the same notes.
 *
 * <p>Front: the stem; then, after a blank line, the options one per line ({@code A. …}; line
 * breaks inside an option become spaces), or for matching the prompts ({@code 1. …}) and after
 * another blank line the choices; for true/false the line {@code True or false?}. Back: the key
 * (one line per correct option, per accepted variant, per position {@code 1. …} for ordering,
 * per pair {@code 1. … → A. …} for matching; {@code True}/{@code False}; the number, with
 * {@code ± tolerance} if there is one); then, after a blank line, the explanation.
 */
public final class AnkiExporter implements Exporter {

    private static String oneLine(String text) {
        return TextLines.oneLine(text);
    }

    static final String TRUE_OR_FALSE = "True or false?";

    /** One note a line, fields separated by tabs, every field quoted with {@code "} doubled inside. */
    private static final CSVFormat NOTES = CSVFormat.Builder.create()
            .setDelimiter('\t')
            .setQuote('"')
            .setQuoteMode(QuoteMode.ALL)
            .setRecordSeparator('\n')
            .get();

    @Override
    public String formatName() {
        return "anki";
    }

    @Override
    public String contentType() {
        return "text/tab-separated-values; charset=UTF-8";
    }

    @Override
    public String fileExtension() {
        return "anki.txt";
    }

    @Override
    public void write(QuestionSet set, OutputStream out) throws IOException {
        out.write(toAnki(set).getBytes(StandardCharsets.UTF_8));
        out.flush();
    }

    public String toAnki(QuestionSet set) {
        StringBuilder anki = new StringBuilder()
                .append("#separator:tab\n")
                .append("#html:false\n")
                .append("#notetype:Basic\n")
                .append("#deck:CSTO Quiz::").append(oneLine(set.pack()).replace("\t", " ")).append('\n')
                .append("#columns:GUID\tFront\tBack\tTags\n")
                .append("#guid column:1\n")
                .append("#tags column:4\n");
        try (CSVPrinter notes = new CSVPrinter(anki, NOTES)) {
            for (Question question : set.questions()) {
                notes.printRecord(question.id(), front(question), back(question), tags(set, question));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("a StringBuilder does not fail", e);
        }
        return anki.toString();
    }

    static String front(Question question) {
        List<String> blocks = new ArrayList<>();
        blocks.add(question.stem());
        switch (question.body()) {
            case TrueFalse ignored -> blocks.add(TRUE_OR_FALSE);
            case Matching matching -> {
                List<String> prompts = new ArrayList<>();
                for (int i = 0; i < matching.prompts().size(); i++) {
                    prompts.add((i + 1) + ". " + oneLine(matching.prompts().get(i).text()));
                }
                blocks.add(String.join("\n", prompts));
                blocks.add(lettered(matching.choices()));
            }
            default -> {
                if (!question.choices().isEmpty()) {
                    blocks.add(lettered(question.choices()));
                }
            }
        }
        return String.join("\n\n", blocks);
    }

    static String back(Question question) {
        List<String> key = switch (question.body()) {
            case SingleAnswerBody single -> List.of(option(single.choices(), single.correctChoiceId()));
            case MultipleResponse multiple -> multiple.correctChoiceIdsInOrder().stream()
                    .map(id -> option(multiple.choices(), id)).toList();
            case TrueFalse trueFalse -> List.of(trueFalse.correctValue() ? "True" : "False");
            case Numeric numeric -> List.of(numeric.value().toPlainString()
                    + (numeric.tolerance().signum() == 0 ? "" : " ± " + numeric.tolerance().toPlainString()));
            case ShortAnswer shortAnswer -> shortAnswer.accepted().stream().map(AnkiExporter::oneLine).toList();
            case Ordering ordering -> {
                List<String> lines = new ArrayList<>();
                for (int i = 0; i < ordering.correctOrder().size(); i++) {
                    lines.add((i + 1) + ". " + option(ordering.choices(), ordering.correctOrder().get(i)));
                }
                yield lines;
            }
            case Matching matching -> {
                List<String> lines = new ArrayList<>();
                for (int i = 0; i < matching.prompts().size(); i++) {
                    Prompt prompt = matching.prompts().get(i);
                    lines.add((i + 1) + ". " + oneLine(prompt.text()) + " → "
                            + option(matching.choices(), matching.correctMatches().get(prompt.id())));
                }
                yield lines;
            }
        };
        String back = String.join("\n", key);
        return question.explanation().isEmpty() ? back : back + "\n\n" + question.explanation();
    }

    /** Space-separated Anki tags: the pack, {@code area::…}, {@code type::…} and {@code fact::…} for each fact. */
    static String tags(QuestionSet set, Question question) {
        List<String> tags = new ArrayList<>();
        tags.add(tag(set.pack()));
        tags.add("area::" + question.area().key());
        tags.add("type::" + question.type().jsonName());
        question.factIds().forEach(fact -> tags.add("fact::" + tag(fact)));
        return String.join(" ", tags);
    }

    private static String tag(String text) {
        return text.strip().replaceAll("\\s+", "_");
    }

    private static String lettered(List<Choice> choices) {
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < choices.size(); i++) {
            lines.add(Choice.letter(i) + ". " + oneLine(choices.get(i).text()));
        }
        return String.join("\n", lines);
    }

    private static String option(List<Choice> choices, String id) {
        for (int i = 0; i < choices.size(); i++) {
            if (choices.get(i).id().equals(id)) {
                return Choice.letter(i) + ". " + oneLine(choices.get(i).text());
            }
        }
        throw new IllegalArgumentException("no choice " + id);
    }
}

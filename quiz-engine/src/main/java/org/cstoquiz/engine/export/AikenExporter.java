package org.cstoquiz.engine.export;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.cstoquiz.engine.question.Choice;
import org.cstoquiz.engine.question.Question;
import org.cstoquiz.engine.question.SingleAnswerBody;

/**
 * Moodle's Aiken format: multiple choice with exactly one correct option, nothing else.
 *
 * <pre>
 * In which year was the Collective Security Treaty signed in Tashkent?
 * A. 1991
 * B. 1992
 * ANSWER: B
 * </pre>
 *
 * Written: every question with one correct choice (single choice, and the exam formats statements
 * and assertion-reason, as Moodle's own Aiken export writes every single-answer multiple choice).
 * Aiken has one line per stem and per option. A stem of several lines is written so its lines still
 * read apart ({@link TextLines#sentences}): the numbered statements of the exam formats become
 * {@code (1) …; (2) ….} before the question; line breaks inside an option become spaces. Aiken has no
 * comments, so what cannot be written is not mentioned in the file: {@link #skipped(QuestionSet)}
 * lists it, with the reason. Skipped are other types, questions with more than 26 options (Aiken
 * labels them A to Z), and stems Moodle would misread: one starting like an option ({@code A.} or
 * {@code B)}) or like {@code ANSWER:}, or a stem shorter than two bytes (Moodle ignores such lines).
 * Moodle escapes the text it reads, so no escaping is needed (or possible).
 */
public final class AikenExporter implements Exporter {

    /** What Moodle's importer takes for an option or answer line (its own patterns). */
    private static final Pattern MISREAD = Pattern.compile("^([A-Z][).]|ANSWER:).*", Pattern.DOTALL);

    @Override
    public String formatName() {
        return "aiken";
    }

    @Override
    public String contentType() {
        return "text/plain; charset=UTF-8";
    }

    @Override
    public String fileExtension() {
        return "aiken.txt";
    }

    @Override
    public void write(QuestionSet set, OutputStream out) throws IOException {
        out.write(toAiken(set).getBytes(StandardCharsets.UTF_8));
        out.flush();
    }

    public String toAiken(QuestionSet set) {
        StringBuilder aiken = new StringBuilder();
        for (Question question : set.questions()) {
            if (whyNot(question).isPresent()) {
                continue;
            }
            SingleAnswerBody body = (SingleAnswerBody) question.body();
            aiken.append(stemLine(question.stem())).append('\n');
            List<Choice> choices = body.choices();
            String answer = null;
            for (int i = 0; i < choices.size(); i++) {
                String letter = Choice.letter(i);
                aiken.append(letter).append(". ").append(oneLine(choices.get(i).text())).append('\n');
                if (choices.get(i).id().equals(body.correctChoiceId())) {
                    answer = letter;
                }
            }
            aiken.append("ANSWER: ").append(answer).append("\n\n");
        }
        return aiken.toString();
    }

    /** The questions of {@code set} that {@link #write} leaves out, in set order, with the reason. */
    @Override
    public List<Skipped> skipped(QuestionSet set) {
        return set.questions().stream()
                .flatMap(question -> whyNot(question).map(reason -> new Skipped(question.id(), reason)).stream())
                .toList();
    }

    /** The ids of the questions {@link #write} leaves out. */
    public List<String> skippedIds(QuestionSet set) {
        return skipped(set).stream().map(Skipped::questionId).toList();
    }

    private static Optional<String> whyNot(Question question) {
        if (!(question.body() instanceof SingleAnswerBody)) {
            return Optional.of("Aiken has only single-answer multiple choice, not " + question.type().jsonName());
        }
        if (question.choices().size() > 26) {
            return Optional.of("Aiken labels options A to Z: more than 26 options cannot be written");
        }
        String stem = stemLine(question.stem());
        if (MISREAD.matcher(stem).matches()) {
            return Optional.of("the stem starts like an Aiken option or answer line");
        }
        if (stem.getBytes(StandardCharsets.UTF_8).length < 2) {
            return Optional.of("Moodle ignores lines shorter than two bytes");
        }
        return Optional.empty();
    }

    /** The stem as written: on one line, its lines still reading apart ({@link TextLines#sentences}). */
    static String stemLine(String stem) {
        return TextLines.sentences(stem);
    }

    /** {@code text} on one line: every line break, with the blanks around it, becomes one space. */
    static String oneLine(String text) {
        return TextLines.oneLine(text);
    }
}

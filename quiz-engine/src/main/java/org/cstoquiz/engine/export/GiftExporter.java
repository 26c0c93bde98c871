package org.cstoquiz.engine.export;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
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
import org.cstoquiz.engine.question.TrueFalse;

/**
 * Moodle's GIFT text format. One {@code $CATEGORY: $course$/CSTO/<area>} per area, then its
 * questions, each as
 *
 * <pre>
 * // [id:d51b9c4ae56e]
 * ::d51b9c4ae56e::[html]In which year …?{
 * 	~1991
 * 	=1992
 * 	####The Collective Security Treaty was signed …
 * }
 * </pre>
 *
 * <p>Escaping: stems, choices and explanations are written as {@code [html]} text, so they are first
 * HTML-escaped ({@code & < > "}, no-break spaces as {@code &nbsp;}, a leading {@code %} or
 * {@code [} as {@code &#37;} or {@code &#91;} so it is not read as a weight or a format, line breaks
 * as {@code <br>}: a GIFT question never contains a raw line break, so a blank line in a stem
 * cannot end the question), then GIFT-escaped: {@code \ ~ = # { } :} get a
 * backslash. Short-answer variants and the right column of matching are plain text in Moodle, so
 * they are only GIFT-escaped ({@code *} in a variant also gets a backslash, so Moodle does not read
 * it as a wildcard; a variant starting with {@code [} is preceded by {@code [plain]} so it is not
 * read as a format; line breaks become spaces). A variant containing {@code ->} cannot be written
 * (Moodle would take the question for matching) and is left out; a short-answer question with no
 * other variant is left out of the file and listed by {@link #skipped(QuestionSet)}, as is a
 * question Moodle could not store whole ({@link MoodleLimits}: the {@code ::name::} here is the
 * question id, and a matching answer over 255 characters breaks the import).
 *
 * <p>Mapping: single choice, statements and assertion-reason as {@code =right ~wrong}; multiple
 * response with weights {@code ~%33.33333%right ~%-50%wrong} (as in {@link MoodleXmlExporter});
 * true/false as {@code {TRUE}}/{@code {FALSE}}; numeric as {@code {#value:tolerance}}; short answer
 * as {@code {=%100%variant …}}; matching as {@code =prompt -> choice} with unused choices as
 * {@code = -> choice}; ordering as matching from each item to its position.
 */
public final class GiftExporter implements Exporter {

    private static final Pattern SAFE_ID = Pattern.compile("[A-Za-z0-9._-]+");

    @Override
    public String formatName() {
        return "gift";
    }

    @Override
    public String contentType() {
        return "text/plain; charset=UTF-8";
    }

    @Override
    public String fileExtension() {
        return "gift.txt";
    }

    @Override
    public void write(QuestionSet set, OutputStream out) throws IOException {
        out.write(toGift(set).getBytes(StandardCharsets.UTF_8));
        out.flush();
    }

    public String toGift(QuestionSet set) {
        StringBuilder gift = new StringBuilder();
        for (Area area : Area.values()) {
            List<Question> inArea = set.questions().stream()
                    .filter(q -> q.area() == area && whyNot(q).isEmpty()).toList();
            if (inArea.isEmpty()) {
                continue;
            }
            gift.append("$CATEGORY: ").append(MoodleXmlExporter.CATEGORY_PREFIX).append(area.key()).append("\n\n");
            inArea.forEach(question -> question(gift, question));
        }
        return gift.toString();
    }

    private void question(StringBuilder gift, Question question) {
        if (SAFE_ID.matcher(question.id()).matches()) {
            gift.append("// [id:").append(question.id()).append("]\n");
        }
        gift.append("::").append(escape(question.id().replaceAll("\\R", " "))).append("::[html]")
                .append(html(question.stem())).append("{\n");
        switch (question.body()) {
            case SingleAnswerBody single -> single.choices().forEach(choice ->
                    line(gift, (choice.id().equals(single.correctChoiceId()) ? "=" : "~") + html(choice.text())));
            case MultipleResponse multiple -> {
                int correct = multiple.correctChoiceIds().size();
                int wrong = multiple.choices().size() - correct;
                for (Choice choice : multiple.choices()) {
                    String weight = multiple.correctChoiceIds().contains(choice.id())
                            ? MoodleXmlExporter.percent(correct) : "-" + MoodleXmlExporter.percent(wrong);
                    line(gift, "~%" + weight + "%" + html(choice.text()));
                }
            }
            case TrueFalse trueFalse -> line(gift, trueFalse.correctValue() ? "TRUE" : "FALSE");
            case Numeric numeric -> line(gift, "#" + numeric.value().toPlainString() + ":" + numeric.tolerance().toPlainString());
            case ShortAnswer shortAnswer -> writableVariants(shortAnswer).forEach(variant ->
                    line(gift, "=%100%" + (variant.startsWith("[") ? "[plain]" : "")
                            + plain(MoodleXmlExporter.escapeWildcards(variant))));
            case Matching matching -> {
                for (Prompt prompt : matching.prompts()) {
                    String choiceId = matching.correctMatches().get(prompt.id());
                    line(gift, "=" + html(prompt.text()) + " -> " + plain(textOf(matching.choices(), choiceId)));
                }
                matching.choices().stream()
                        .filter(choice -> !matching.correctMatches().containsValue(choice.id()))
                        .forEach(choice -> line(gift, "= -> " + plain(choice.text())));
            }
            case Ordering ordering -> ordering.choices().forEach(item ->
                    line(gift, "=" + html(item.text()) + " -> " + (ordering.correctOrder().indexOf(item.id()) + 1)));
        }
        if (!question.explanation().isEmpty()) {
            line(gift, "####" + html(question.explanation()));
        }
        gift.append("}\n\n");
    }

    /** The questions {@link #write} leaves out, in set order, with the reason. */
    @Override
    public List<Skipped> skipped(QuestionSet set) {
        return set.questions().stream().flatMap(question -> whyNot(question).stream()).toList();
    }

    private static Optional<Skipped> whyNot(Question question) {
        if (question.body() instanceof ShortAnswer shortAnswer && writableVariants(shortAnswer).isEmpty()) {
            return Optional.of(new Skipped(question.id(),
                    "every accepted variant contains \"->\", which GIFT reads as a matching question"));
        }
        // Moodle stores the name and the matching answers unescaped: the text as the model has it, on one line
        return MoodleLimits.problem(question, question.id().replaceAll("\\R", " "), false,
                MoodleLimits.matchingAnswers(question, text -> text.replaceAll("\\R", " ")));
    }

    /**
     * The variants GIFT can carry: a plain answer containing {@code ->} would make Moodle (and
     * gift-pegjs) read the question as matching, and GIFT has no escape for it.
     */
    static List<String> writableVariants(ShortAnswer shortAnswer) {
        return shortAnswer.accepted().stream().filter(variant -> !plain(variant).contains("->")).toList();
    }

    private static void line(StringBuilder gift, String content) {
        gift.append('\t').append(content).append('\n');
    }

    /**
     * Text for an {@code [html]} field: HTML-escaped ({@link Markup#html}), no-break spaces as
     * {@code &nbsp;}, a leading {@code %} or {@code [} as an entity, line breaks as {@code <br>}, then
     * GIFT-escaped.
     */
    static String html(String text) {
        String[] lines = text.split("\r\n|\r|\n", -1);
        StringBuilder html = new StringBuilder(text.length() + 16);
        for (int i = 0; i < lines.length; i++) {
            html.append(i == 0 ? "" : "<br>").append(Markup.html(lines[i]).replace("\u00A0", "&nbsp;"));
        }
        if (html.length() > 0 && (html.charAt(0) == '%' || html.charAt(0) == '[')) {
            html.replace(0, 1, html.charAt(0) == '%' ? "&#37;" : "&#91;");
        }
        return escape(html.toString());
    }

    /** Text for a plain field: on one line, GIFT-escaped. */
    static String plain(String text) {
        return escape(text.replaceAll("\\R", " "));
    }

    /** A backslash before each of GIFT's special characters {@code \ ~ = # { } :}. */
    static String escape(String text) {
        StringBuilder escaped = new StringBuilder(text.length() + 8);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if ("\\~=#{}:".indexOf(c) >= 0) {
                escaped.append('\\');
            }
            escaped.append(c);
        }
        return escaped.toString();
    }

    private static String textOf(List<Choice> choices, String id) {
        return choices.stream().filter(choice -> choice.id().equals(id)).findFirst().orElseThrow().text();
    }
}

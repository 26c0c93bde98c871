package org.cstoquiz.app.review.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.cstoquiz.app.attempt.ui.Labels;
import org.cstoquiz.app.curation.ui.ReportProblem;
import org.cstoquiz.app.review.ReviewItem;
import org.cstoquiz.app.review.ReviewStatus;
import org.cstoquiz.app.review.SourceLine;
import org.cstoquiz.engine.question.AnswerKeys;
import org.cstoquiz.engine.question.Grade;
import org.cstoquiz.engine.question.GradeState;
import org.cstoquiz.engine.question.Question;
import org.cstoquiz.engine.question.QuestionType;
import org.cstoquiz.engine.question.Response;

/** The pieces of the review card: what kind of fact is asked, the question alone, the answer shown, the hints. */
final class ReviewParts {

    private ReviewParts() {
    }

    static String kind(ReviewItem item) {
        if (item.isNew()) {
            return "New fact";
        }
        return switch (item.state()) {
            case LEARNING -> item.early() ? "Learning (a little early)" : "Learning";
            case RELEARNING -> item.early() ? "Relearning (a little early)" : "Relearning";
            default -> "Due for review";
        };
    }

    /** What a question asks when its options are hidden: the items of an ordering, the left column of a matching. */
    static Component questionOnly(Question q) {
        Div shown = new Div();
        shown.addClassName("review-question-only");
        if (q.type() == QuestionType.ORDERING) {
            UnorderedList items = new UnorderedList();
            q.choices().forEach(c -> items.add(new ListItem(c.text())));
            shown.add(items);
        } else if (q.type() == QuestionType.MATCHING) {
            OrderedList prompts = new OrderedList();
            q.prompts().forEach(p -> prompts.add(new ListItem(p.text())));
            shown.add(prompts);
        }
        return shown;
    }

    /** Why nothing is asked now, and when something will be. */
    static String nothingLeft(ReviewStatus s, Instant now) {
        StringBuilder text = new StringBuilder("Nothing to review right now.");
        s.nextDue().ifPresent(next -> text.append(" The next fact comes back ")
                .append(ReviewWording.when(next.at(), now, s.zone(), next.inDays())).append('.'));
        if (s.seen() == s.total()) {
            text.append(" You have seen every fact.");
        } else if (s.newLeftToday() == 0) {
            text.append(" Today's new facts are done; more come tomorrow.");
        }
        text.append(" Practise in the meantime, or come back later.");
        return text.toString();
    }

    /**
     * The answer shown: with the learner's answer ({@code answered}), the verdict and, when not right,
     * the correct answer; then why, and the words of the sources.
     */
    static Div answer(Question q, Optional<Answered> answered, List<SourceLine> sources) {
        Div answer = new Div();
        answer.addClassName("review-answer");
        answer.getElement().setAttribute("role", "status");
        answered.ifPresentOrElse(a -> {
            H3 verdict = new H3(Labels.verdict(a.grade()));
            verdict.addClassNames("review-verdict", switch (a.grade().state()) {
                case CORRECT -> "text-success";
                case PARTIALLY_CORRECT -> "text-warning";
                case INCORRECT -> "text-error";
                case BLANK -> "text-secondary";
            });
            answer.add(verdict);
            if (!a.response().isBlank()) {
                answer.add(line("Your answer: ", AnswerKeys.describe(q, a.response())));
            }
            if (a.grade().state() != GradeState.CORRECT) {
                answer.add(line("Correct answer: ", AnswerKeys.describe(q)));
            }
        }, () -> answer.add(line("Answer: ", AnswerKeys.describe(q))));
        if (!q.explanation().isBlank()) {
            answer.add(line("Why: ", q.explanation()));
        }
        if (!sources.isEmpty()) {
            UnorderedList list = new UnorderedList();
            sources.forEach(source -> {
                Span quote = new Span("“" + source.quote() + "”");
                quote.addClassName("source-quote");
                Span from = new Span(" — " + source.title() + source.asOf().map(d -> " (as of " + d + ")").orElse(""));
                from.addClassName("text-secondary");
                list.add(new ListItem(quote, from));
            });
            Span heading = new Span("The source says:");
            heading.addClassName("font-semibold");
            answer.add(heading, list);
        }
        answer.add(new ReportProblem(q));
        return answer;
    }

    /** The learner's answer to a question asked with its options, and its grade. */
    record Answered(Response response, Grade grade) {
    }

    static Paragraph hint(String keys) {
        Paragraph hint = new Paragraph("Keys: " + keys);
        hint.addClassNames("review-hint", "text-secondary", "text-s");
        return hint;
    }

    private static Paragraph line(String label, String text) {
        Span strong = new Span(label);
        strong.addClassName("font-semibold");
        return new Paragraph(strong, new Span(text));
    }
}

package org.cstoquiz.app.review.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.function.SerializableConsumer;
import com.vaadin.flow.function.SerializableRunnable;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.cstoquiz.app.attempt.ui.AnswerInput;
import org.cstoquiz.app.attempt.ui.QuestionCard;
import org.cstoquiz.app.base.ui.Names;
import org.cstoquiz.app.review.RatingOption;
import org.cstoquiz.app.review.RecallMode;
import org.cstoquiz.app.review.ReviewItem;
import org.cstoquiz.app.review.ReviewService;
import org.cstoquiz.app.review.SourceLine;
import org.cstoquiz.engine.question.Grade;
import org.cstoquiz.engine.question.GradeState;
import org.cstoquiz.engine.question.Question;
import org.cstoquiz.engine.question.Response;
import org.cstoquiz.engine.schedule.Rating;

/**
 * The fact asked: its question (with the options, or alone), then the answer shown with the four
 * ratings, the one the answer and its time suggest preselected.
 */
class ReviewCard extends Div {

    enum Phase { ASKING, REVEALED, EMPTY }

    private final SerializableRunnable reveal;
    private final SerializableRunnable skip;
    private final SerializableConsumer<Rating> rate;

    private Phase phase = Phase.EMPTY;
    private RecallMode mode;
    private ReviewItem current;
    private Instant shownAt;
    private AnswerInput input;
    private Button revealButton;
    private Grade grade;
    private Rating suggested;

    ReviewCard(SerializableRunnable reveal, SerializableRunnable skip, SerializableConsumer<Rating> rate) {
        this.reveal = reveal;
        this.skip = skip;
        this.rate = rate;
        addClassName("review-card");
        setWidthFull();
    }

    Phase phase() {
        return phase;
    }

    ReviewItem current() {
        return current;
    }

    Rating suggested() {
        return suggested;
    }

    /** Whether a recall rated {@code rating} counts as right: the answer's grade, else anything but Again. */
    boolean correct(Rating rating) {
        return mode == RecallMode.WITH_OPTIONS ? grade.state() == GradeState.CORRECT : rating != Rating.AGAIN;
    }

    /** Whether the learner chose {@code rating} rather than took the one suggested. */
    boolean selfRated(Rating rating) {
        return mode == RecallMode.QUESTION_ONLY || rating != suggested;
    }

    void nothing(Component message) {
        clear(Phase.EMPTY, null);
        add(message);
    }

    void ask(ReviewItem item, RecallMode recall, Instant now, boolean canUndo) {
        clear(Phase.ASKING, item);
        mode = recall;
        shownAt = now;
        Question q = item.question();
        Span kind = new Span(ReviewParts.kind(item) + " · " + Names.area(q.area()));
        kind.addClassNames("review-kind", "text-secondary", "text-s");
        QuestionCard asked = QuestionCard.asking(q);
        asked.getElement().setAttribute("tabindex", "-1");
        asked.getStyle().set("outline", "none");
        add(kind, asked);

        revealButton = new Button("Show the answer", e -> reveal.run());
        revealButton.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        revealButton.addClassName("review-reveal");
        Button skipButton = new Button("Skip", e -> skip.run());
        skipButton.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        skipButton.setAriaLabel("Skip: the next fact, this one not again in this sitting (N)");
        String keys;
        if (mode == RecallMode.WITH_OPTIONS) {
            input = AnswerInput.of(q);
            input.onChange(this::answerChanged);
            add(input);
            String choose = input.keyHint();
            keys = (choose.isEmpty() ? "" : choose + " · ") + "Enter or Space checks (with no answer: shows it) · N skips";
        } else {
            add(ReviewParts.questionOnly(q));
            keys = "Space or Enter shows the answer · N skips";
        }
        HorizontalLayout actions = new HorizontalLayout(revealButton, skipButton);
        actions.addClassName("review-actions");
        actions.setWrap(true);
        add(actions, ReviewParts.hint(keys + (canUndo ? " · U undoes the last rating" : "")));
        if (input != null && input.typed()) {
            input.focusInput();
        } else {
            focusSoon(mode == RecallMode.QUESTION_ONLY ? revealButton : asked);
        }
    }

    /** Shows the answer and the ratings, with {@code options} saying what each would give. */
    void reveal(Instant now, List<SourceLine> sources, List<RatingOption> options, boolean canUndo) {
        Question q = current.question();
        Optional<ReviewParts.Answered> answered = Optional.empty();
        if (mode == RecallMode.WITH_OPTIONS) {
            Response response = input.response();
            grade = response.isBlank() ? Grade.blank() : q.grade(response);
            suggested = ReviewService.suggestedRating(q, grade, Duration.between(shownAt, now));
            input.setReadOnly(true);
            answered = Optional.of(new ReviewParts.Answered(response, grade));
        } else {
            suggested = Rating.GOOD;
        }
        Div answer = ReviewParts.answer(q, answered, sources);
        getChildren().filter(c -> c.hasClassName("review-actions") || c.hasClassName("review-hint"))
                .toList().forEach(this::remove);
        String name = RatingButtons.name(suggested);
        Paragraph ask = new Paragraph(mode == RecallMode.WITH_OPTIONS
                ? "How well did you recall it? Suggested from your answer and its time: " + name + "."
                : "How well did you recall it?");
        ask.addClassName("review-ask");
        RatingButtons buttons = new RatingButtons(options, suggested, rate);
        HorizontalLayout actions = new HorizontalLayout();
        actions.addClassName("review-actions");
        add(answer, ask, buttons, actions, ReviewParts.hint("1 Again · 2 Hard · 3 Good · 4 Easy · Enter or Space: "
                + name + (canUndo ? " · U undoes the last rating" : "")));
        phase = Phase.REVEALED;
        focusSoon(buttons.get(suggested));
    }

    /** Chooses an option by its key, as the answer input names its keys (1–9 or a–i, t or f for true/false). */
    void choose(String key) {
        if (input != null) {
            input.chooseByKey(key);
        }
    }

    /**
     * An open dropdown hides the rest of the page from screen readers (aria-hidden) and gives it back
     * when it closes; a card redrawn while the dropdown of the plan panel closed stayed hidden. Once
     * no overlay is open, the card is readable again.
     */
    void revealToAssistiveTechnology() {
        getElement().executeJs("""
                const card = this;
                const reveal = () => {
                  if (document.querySelector('vaadin-select[opened], vaadin-date-picker[opened]')) {
                    setTimeout(reveal, 50);
                  } else {
                    card.removeAttribute('aria-hidden');
                  }
                };
                setTimeout(reveal, 0);
                """);
    }

    private void clear(Phase next, ReviewItem item) {
        removeAll();
        input = null;
        revealButton = null;
        grade = null;
        suggested = null;
        phase = next;
        current = item;
    }

    private void answerChanged() {
        if (revealButton != null && input != null) {
            revealButton.setText(input.response().isBlank() ? "Show the answer" : "Check");
        }
    }

    /** Focuses {@code target} once the page has settled: on the first question, after the navigation itself. */
    private static void focusSoon(Component target) {
        target.getElement().executeJs("setTimeout(() => this.focus())");
    }
}

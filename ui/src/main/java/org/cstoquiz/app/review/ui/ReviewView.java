package org.cstoquiz.app.review.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.PermitAll;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.cstoquiz.app.attempt.ui.AnswerInput;
import org.cstoquiz.app.attempt.ui.Labels;
import org.cstoquiz.app.attempt.ui.QuestionCard;
import org.cstoquiz.app.base.ui.BrowserTimeZone;
import org.cstoquiz.app.base.ui.Names;
import org.cstoquiz.app.base.ui.Plural;
import org.cstoquiz.app.curation.ui.ReportProblem;
import org.cstoquiz.app.review.LearnerSettingsService;
import org.cstoquiz.app.review.RecallMode;
import org.cstoquiz.app.review.ReviewException;
import org.cstoquiz.app.review.ReviewService.FactKey;
import org.cstoquiz.app.review.ReviewService.RatingOption;
import org.cstoquiz.app.review.ReviewService.ReviewItem;
import org.cstoquiz.app.review.ReviewService.Reviewed;
import org.cstoquiz.app.review.ReviewService;
import org.cstoquiz.domain.PackInfo;
import org.cstoquiz.engine.question.AnswerKeys;
import org.cstoquiz.engine.question.Grade;
import org.cstoquiz.engine.question.GradeState;
import org.cstoquiz.engine.question.Question;
import org.cstoquiz.engine.question.QuestionType;
import org.cstoquiz.engine.question.Response;
import org.cstoquiz.engine.schedule.Intervals;
import org.cstoquiz.engine.schedule.Rating;

/**
 * Review as Anki does it: the learner recalls (answering the question with its options, or from the
 * question alone, as they prefer), shows the answer, and rates the recall Again, Hard, Good or Easy,
 * each button saying when the fact would come back. With the options shown, the rating the answer
 * and its time suggest is preselected. The latest ratings can be undone; a fact skipped is not asked
 * again in the same sitting.
 */
@Route("review")
@PageTitle("Review | CSTO Quiz")
@Menu(order = 30, title = "Review", icon = "vaadin:refresh")
@PermitAll
class ReviewView extends VerticalLayout {

    private static final String CHOSEN_PACK = ReviewView.class.getName() + ".pack";

    private enum Phase { ASKING, REVEALED, EMPTY }

    private final ReviewService reviews;
    private final LearnerSettingsService settings;
    private final Clock clock;
    private final String user;

    private final Span status = new Span();
    private final Div last = new Div();
    private final Div card = new Div();
    private final DatePicker examDate = new DatePicker("Exam date");
    private final Paragraph plan = new Paragraph();
    private final Select<RecallMode> recall = new Select<>();
    /** Shown when several packs are loaded; the choice is kept for the rest of the visit. */
    private final Select<PackInfo> organization = new Select<>();
    private String pack;

    private final Set<FactKey> skipped = new HashSet<>();
    private final Deque<Reviewed> undoable = new ArrayDeque<>();
    private final Map<Rating, Button> ratingButtons = new EnumMap<>(Rating.class);

    private Phase phase = Phase.EMPTY;
    private RecallMode mode;
    private ReviewItem current;
    private Instant shownAt;
    private AnswerInput input;
    private Button reveal;
    private Grade grade;
    private Rating suggested;

    ReviewView(ReviewService reviews, LearnerSettingsService settings, Clock clock, AuthenticationContext authentication) {
        this.reviews = reviews;
        this.settings = settings;
        this.clock = clock;
        this.user = authentication.getPrincipalName().orElseThrow();
        setMaxWidth("60rem");
        addClassName("review-view");

        status.addClassName("review-status");
        last.addClassName("review-last");
        last.getElement().setAttribute("aria-live", "polite");
        card.addClassName("review-card");
        card.setWidthFull();

        List<PackInfo> packs = reviews.packs();
        Object chosen = VaadinSession.getCurrent().getAttribute(CHOSEN_PACK);
        PackInfo shown = packs.stream().filter(info -> info.id().equals(chosen)).findFirst().orElse(packs.getFirst());
        pack = shown.id();
        organization.setLabel("Organization");
        organization.setItems(packs);
        organization.setItemLabelGenerator(PackInfo::name);
        organization.setValue(shown);
        organization.setVisible(packs.size() > 1);
        organization.addValueChangeListener(e -> changeOrganization(e.getValue()));

        examDate.setHelperText("Set it, and review is planned so you see every fact before it");
        examDate.setClearButtonVisible(true);
        reviews.status(user, pack, clock.instant()).examDate().ifPresent(examDate::setValue);
        examDate.addValueChangeListener(e -> changeExamDate(e.getValue()));
        plan.addClassName("review-plan");
        recall.setLabel("While recalling");
        recall.setItems(RecallMode.values());
        recall.setItemLabelGenerator(m -> m == RecallMode.WITH_OPTIONS
                ? "Show the options: answer, then rate" : "Question only: recall, then show the answer");
        mode = settings.recallMode(user);
        recall.setValue(mode);
        recall.addValueChangeListener(e -> changeMode(e.getValue()));
        Div plans = new Div(new H3("Your plan"), examDate, plan, recall);
        plans.addClassName("review-settings");
        plans.setWidthFull();
        examDate.setWidth("min(100%, 16rem)");
        recall.setWidth("min(100%, 24rem)");

        add(new H2("Review"), new Paragraph("Recall each fact, then show the answer and rate how well you knew it: "
                + "the rating decides when the fact comes back, and each button says when that would be."),
                organization, status, last, card, plans);
        ReviewKeys.listen(this, this::onKey);
        showNext();
    }

    @Override
    protected void onAttach(AttachEvent event) {
        super.onAttach(event);
        ReviewKeys.install(this);
        BrowserTimeZone.whenKnown(event.getUI(), zone -> {
            if (settings.rememberZone(user, zone)) {
                refreshStatus();
            }
        });
    }

    // ------------------------------------------------------------------------------------ keys

    /** A key caught in the page (never one typed into a field, a dropdown or a date picker). */
    void onKey(String key) {
        if (key.equals("u") || key.equals("undo")) {
            undo();
            return;
        }
        if (phase == Phase.ASKING) {
            switch (key) {
                case "Enter", " " -> reveal();
                case "n" -> skip();
                default -> choose(key);
            }
        } else if (phase == Phase.REVEALED) {
            switch (key) {
                case "Enter", " " -> rate(suggested);
                case "1", "2", "3", "4" -> rate(Rating.values()[key.charAt(0) - '1']);
                default -> { }
            }
        }
    }

    private void choose(String key) {
        if (input != null) {
            input.chooseByKey(key);
        }
    }

    // ------------------------------------------------------------------------------------ asking

    private void showNext() {
        show(reviews.next(user, pack, clock.instant(), skipped));
    }

    private void show(Optional<ReviewItem> item) {
        refreshStatus();
        card.removeAll();
        ratingButtons.clear();
        input = null;
        reveal = null;
        grade = null;
        suggested = null;
        if (item.isEmpty()) {
            phase = Phase.EMPTY;
            current = null;
            card.add(nothingLeft());
            return;
        }
        phase = Phase.ASKING;
        current = item.get();
        shownAt = clock.instant();
        Question q = current.question();
        Span kind = new Span(kind(current) + " · " + Names.area(q.area()));
        kind.addClassNames("review-kind", "text-secondary", "text-s");
        QuestionCard asked = QuestionCard.asking(q);
        asked.getElement().setAttribute("tabindex", "-1");
        asked.getStyle().set("outline", "none");
        card.add(kind, asked);

        reveal = new Button("Show the answer", e -> reveal());
        reveal.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        reveal.addClassName("review-reveal");
        Button skip = new Button("Skip", e -> skip());
        skip.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        skip.setAriaLabel("Skip: the next fact, this one not again in this sitting (N)");
        String keys;
        if (mode == RecallMode.WITH_OPTIONS) {
            input = AnswerInput.of(q);
            input.onChange(this::answerChanged);
            card.add(input);
            String choose = input.keyHint();
            keys = (choose.isEmpty() ? "" : choose + " · ") + "Enter or Space checks (with no answer: shows it) · N skips";
        } else {
            card.add(questionOnly(q));
            keys = "Space or Enter shows the answer · N skips";
        }
        HorizontalLayout actions = new HorizontalLayout(reveal, skip);
        actions.addClassName("review-actions");
        actions.setWrap(true);
        card.add(actions, hint(keys + (undoable.isEmpty() ? "" : " · U undoes the last rating")));
        if (input != null && input.typed()) {
            input.focusInput();
        } else {
            focusSoon(mode == RecallMode.QUESTION_ONLY ? reveal : asked);
        }
    }

    private static String kind(ReviewItem item) {
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
    private static Component questionOnly(Question q) {
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

    private void answerChanged() {
        if (reveal != null && input != null) {
            reveal.setText(input.response().isBlank() ? "Show the answer" : "Check");
        }
    }

    private void skip() {
        if (phase != Phase.ASKING) {
            return;
        }
        skipped.add(current.key());
        showNext();
    }

    private Component nothingLeft() {
        ReviewService.Status s = reviews.status(user, pack, clock.instant());
        Div box = new Div();
        box.addClassName("review-done");
        StringBuilder text = new StringBuilder("Nothing to review right now.");
        s.nextDue().ifPresent(next -> text.append(" The next fact comes back ")
                .append(ReviewWording.when(next.at(), clock.instant(), s.zone(), next.inDays())).append('.'));
        if (s.seen() == s.total()) {
            text.append(" You have seen every fact.");
        } else if (s.newLeftToday() == 0) {
            text.append(" Today's new facts are done; more come tomorrow.");
        }
        text.append(" Practise in the meantime, or come back later.");
        box.add(new Paragraph(text.toString()));
        if (!skipped.isEmpty()) {
            Button again = new Button("Show the " + Plural.of(skipped.size(), "skipped fact") + " again", e -> {
                skipped.clear();
                showNext();
            });
            box.add(again);
        }
        return box;
    }

    // ------------------------------------------------------------------------------------ the answer and the rating

    private void reveal() {
        if (phase != Phase.ASKING) {
            return;
        }
        Instant now = clock.instant();
        Question q = current.question();
        Div answer = new Div();
        answer.addClassName("review-answer");
        answer.getElement().setAttribute("role", "status");
        if (mode == RecallMode.WITH_OPTIONS) {
            Response response = input.response();
            grade = response.isBlank() ? Grade.blank() : q.grade(response);
            suggested = ReviewService.suggestedRating(q, grade, Duration.between(shownAt, now));
            input.setReadOnly(true);
            H3 verdict = new H3(Labels.verdict(grade));
            verdict.addClassNames("review-verdict", switch (grade.state()) {
                case CORRECT -> "text-success";
                case PARTIALLY_CORRECT -> "text-warning";
                case INCORRECT -> "text-error";
                case BLANK -> "text-secondary";
            });
            answer.add(verdict);
            if (!response.isBlank()) {
                answer.add(line("Your answer: ", AnswerKeys.describe(q, response)));
            }
            if (grade.state() != GradeState.CORRECT) {
                answer.add(line("Correct answer: ", AnswerKeys.describe(q)));
            }
        } else {
            suggested = Rating.GOOD;
            answer.add(line("Answer: ", AnswerKeys.describe(q)));
        }
        if (!q.explanation().isBlank()) {
            answer.add(line("Why: ", q.explanation()));
        }
        List<ReviewService.SourceLine> sources = reviews.sources(current);
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

        card.getChildren().filter(c -> c.hasClassName("review-actions") || c.hasClassName("review-hint"))
                .toList().forEach(card::remove);
        Paragraph ask = new Paragraph(mode == RecallMode.WITH_OPTIONS
                ? "How well did you recall it? Suggested from your answer and its time: " + name(suggested) + "."
                : "How well did you recall it?");
        ask.addClassName("review-ask");
        Div buttons = new Div();
        buttons.addClassName("review-ratings");
        buttons.getStyle().set("display", "grid").set("grid-template-columns", "repeat(auto-fit, minmax(8rem, 1fr))")
                .set("gap", "var(--lumo-space-s)");
        for (RatingOption option : reviews.preview(user, current, now)) {
            Button button = ratingButton(option);
            ratingButtons.put(option.rating(), button);
            buttons.add(button);
        }
        HorizontalLayout actions = new HorizontalLayout();
        actions.addClassName("review-actions");
        card.add(answer, ask, buttons, actions, hint("1 Again · 2 Hard · 3 Good · 4 Easy · Enter or Space: "
                + name(suggested) + (undoable.isEmpty() ? "" : " · U undoes the last rating")));
        phase = Phase.REVEALED;
        focusSoon(ratingButtons.get(suggested));
    }

    /** Focuses {@code target} once the page has settled: on the first question, after the navigation itself. */
    private static void focusSoon(Component target) {
        target.getElement().executeJs("setTimeout(() => this.focus())");
    }

    private Button ratingButton(RatingOption option) {
        Rating rating = option.rating();
        Button button = new Button(name(rating), e -> rate(rating));
        Span when = new Span(Intervals.brief(option.interval()));
        when.addClassName("review-interval");
        button.setSuffixComponent(when);
        button.addClassName("rating-" + rating.name().toLowerCase(Locale.ROOT));
        button.setAriaLabel(name(rating) + ", comes back in " + Intervals.inWords(option.interval())
                + (rating == suggested ? " (suggested)" : "") + ", key " + rating.grade());
        if (rating == suggested) {
            button.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        }
        return button;
    }

    static String name(Rating rating) {
        return switch (rating) {
            case AGAIN -> "Again";
            case HARD -> "Hard";
            case GOOD -> "Good";
            case EASY -> "Easy";
        };
    }

    private void rate(Rating rating) {
        if (phase != Phase.REVEALED) {
            return;
        }
        Instant now = clock.instant();
        boolean correct = mode == RecallMode.WITH_OPTIONS ? grade.state() == GradeState.CORRECT : rating != Rating.AGAIN;
        boolean selfRated = mode == RecallMode.QUESTION_ONLY || rating != suggested;
        Reviewed done = reviews.rate(user, current, rating, correct, selfRated, now);
        undoable.push(done);
        skipped.remove(current.key());
        showRated(done);
        showNext();
    }

    private void showRated(Reviewed done) {
        last.removeAll();
        Span text = new Span("Rated " + name(done.rating()) + ": “" + done.item().factLabel() + "” comes back "
                + ReviewWording.when(done.nextDue(), done.at(), settings.zone(user), done.inDays()) + ".");
        text.addClassName("review-last-text");
        last.add(text, undoButton("Undo", "Undo the rating of “" + done.item().factLabel() + "” (U)"));
    }

    private Button undoButton(String text, String ariaLabel) {
        Button undo = new Button(text, e -> undo());
        undo.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        undo.addClassName("review-undo");
        undo.setAriaLabel(ariaLabel);
        return undo;
    }

    private void undo() {
        Reviewed top = undoable.peek();
        if (top == null) {
            return;
        }
        last.removeAll();
        try {
            ReviewItem again = reviews.undo(user, top.id());
            undoable.pop();
            skipped.remove(again.key());
            last.add(new Span("Undone: the rating of “" + again.factLabel() + "”. Rate it again."));
            if (!undoable.isEmpty()) {
                last.add(undoButton("Undo the one before", "Undo the rating of “" + undoable.peek().item().factLabel()
                        + "” too (U)"));
            }
            show(Optional.of(again));
        } catch (ReviewException e) {
            undoable.clear();
            last.add(new Span(e.getMessage()));
        }
    }

    // ------------------------------------------------------------------------------------ settings

    /** Another organization's facts, each with its own progress; the question shown is left unrated. */
    private void changeOrganization(PackInfo chosen) {
        if (chosen == null || chosen.id().equals(pack)) {
            return;
        }
        pack = chosen.id();
        VaadinSession.getCurrent().setAttribute(CHOSEN_PACK, pack);
        showNext();
    }

    private void changeMode(RecallMode newMode) {
        if (newMode == null || newMode == mode) {
            return;
        }
        settings.recallMode(user, newMode);
        mode = newMode;
        if (phase == Phase.ASKING) {
            show(Optional.of(current));
        }
    }

    private void changeExamDate(LocalDate date) {
        try {
            if (date == null) {
                reviews.clearExamDate(user);
            } else {
                reviews.setExamDate(user, date, clock.instant());
            }
            examDate.setInvalid(false);
        } catch (IllegalArgumentException e) {
            examDate.setErrorMessage(e.getMessage());
            examDate.setInvalid(true);
        }
        refreshStatus();
    }

    private void refreshStatus() {
        ReviewService.Status s = reviews.status(user, pack, clock.instant());
        status.setText(ReviewWording.status(s));
        plan.setText(s.plan().map(ReviewWording::plan).orElse(""));
    }

    private static Paragraph hint(String keys) {
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

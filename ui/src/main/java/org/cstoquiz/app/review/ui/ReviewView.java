package org.cstoquiz.app.review.ui;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.Shortcuts;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.PermitAll;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.cstoquiz.engine.question.AnswerKeys;
import org.cstoquiz.app.curation.ui.ReportProblem;
import org.cstoquiz.app.review.ReviewService;
import org.cstoquiz.app.review.ReviewService.ReviewItem;
import org.cstoquiz.app.review.ReviewService.ReviewResult;
import org.cstoquiz.engine.question.Question;
import org.cstoquiz.engine.question.QuestionType;
import org.cstoquiz.engine.question.Response;
import org.cstoquiz.engine.schedule.ExamPlan;

@Route("review")
@PageTitle("Review | CSTO Quiz")
@Menu(order = 30, title = "Review", icon = "vaadin:refresh")
@PermitAll
class ReviewView extends VerticalLayout {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM)
            .withLocale(Locale.UK);

    private final ReviewService reviews;
    private final Clock clock;
    private final String user;
    private final Span status = new Span();
    private final DatePicker examDate = new DatePicker("Exam date");
    private final Paragraph plan = new Paragraph();
    private final Div card = new Div();
    private final RadioButtonGroup<String> options = new RadioButtonGroup<>();
    private final Button check = new Button("Check");
    private final Button next = new Button("Next question");
    private final Paragraph feedback = new Paragraph();
    private ReviewItem current;
    private Instant shownAt;

    ReviewView(ReviewService reviews, Clock clock, AuthenticationContext authentication) {
        this.reviews = reviews;
        this.clock = clock;
        this.user = authentication.getPrincipalName().orElseThrow();
        setMaxWidth("60rem");

        examDate.setHelperText("Set it, and review is planned so you see every fact before it");
        examDate.setClearButtonVisible(true);
        reviews.status(user, clock.instant()).examDate().ifPresent(examDate::setValue);
        examDate.addValueChangeListener(e -> changeExamDate(e.getValue()));
        options.addClassName("review-options");
        options.addValueChangeListener(e -> check.setEnabled(e.getValue() != null && feedback.getText().isEmpty()));
        check.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        check.addClickListener(e -> check());
        check.addClickShortcut(Key.ENTER);
        next.addClickListener(e -> showNext());
        Shortcuts.addShortcutListener(this, this::showNext, Key.KEY_N);
        for (int i = 0; i < 9; i++) {
            int index = i;
            Shortcuts.addShortcutListener(this, () -> choose(index), Key.of(String.valueOf(i + 1)));
        }
        for (char letter = 'A'; letter <= 'D'; letter++) {
            int index = letter - 'A';
            Shortcuts.addShortcutListener(this, () -> choose(index), Key.of(String.valueOf(letter).toLowerCase()));
        }
        feedback.getStyle().set("white-space", "pre-line");

        HorizontalLayout top = new HorizontalLayout(examDate, plan);
        top.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        top.setWrap(true);
        add(new H2("Review"), new Span("The facts that are due, one quick question each. Your answer and its speed "
                + "decide when the fact comes back. Keys: 1–9 or A–D choose, Enter checks, N goes on."),
                status, top, card);
        showNext();
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
        ReviewService.Status s = reviews.status(user, clock.instant());
        status.setText(s.dueNow() + " due now · " + s.newLeftToday() + " new facts left today · "
                + s.seen() + " of " + s.total() + " facts seen");
        plan.setText(s.plan().map(ReviewView::describe).orElse(""));
    }

    static String describe(ExamPlan p) {
        if (p.examPassed()) {
            return "The exam date has passed.";
        }
        long reviewsPlanned = p.days().stream().mapToInt(ExamPlan.Day::reviews).sum();
        return "Exam on " + DATE.format(p.exam()) + ", in " + p.days().size() + " days: " + p.newPerDay()
                + " new facts a day to see the " + p.unseen() + " not yet seen; " + reviewsPlanned
                + " reviews planned, " + p.fragile().size() + " of them for facts at risk, in the last days.";
    }

    private void showNext() {
        refreshStatus();
        card.removeAll();
        feedback.setText("");
        Optional<ReviewItem> item = reviews.next(user, clock.instant());
        if (item.isEmpty()) {
            current = null;
            card.add(new Paragraph("Nothing to review right now. Come back later, or practise in the meantime."));
            return;
        }
        current = item.get();
        shownAt = clock.instant();
        Question q = current.question();
        Paragraph stem = new Paragraph(q.stem());
        stem.getStyle().set("white-space", "pre-line").set("font-weight", "600");
        options.setValue(null);
        options.setItems(labels(q));
        check.setEnabled(false);
        card.add(new Span(current.isNew() ? "New fact" : "Due for review"), stem, options, new HorizontalLayout(check, next),
                feedback);
    }

    private static List<String> labels(Question q) {
        if (q.type() == QuestionType.TRUE_FALSE) {
            return List.of("True", "False");
        }
        return q.choices().stream().map(c -> c.id() + ". " + c.text()).toList();
    }

    private void choose(int index) {
        if (current == null || !feedback.getText().isEmpty()) {
            return;
        }
        List<String> items = options.getListDataView().getItems().toList();
        if (index < items.size()) {
            options.setValue(items.get(index));
        }
    }

    private void check() {
        if (current == null || options.getValue() == null || !feedback.getText().isEmpty()) {
            return;
        }
        Instant now = clock.instant();
        Response response = response(current.question(), options.getValue());
        ReviewResult result = reviews.answer(user, current, response, Duration.between(shownAt, now), now);
        Question q = current.question();
        String source = q.sources().isEmpty() ? "" : "\nSource: " + q.sources().getFirst().document() + ": “"
                + q.sources().getFirst().quote() + "”";
        feedback.setText((result.correct() ? "Correct." : "Not quite. The answer is " + AnswerKeys.describe(q) + ".")
                + "\n" + q.explanation() + source + "\nNext review: " + DATE.format(result.nextDue()
                .atZone(ZoneId.systemDefault()).toLocalDate()) + " (rated " + result.rating().name().toLowerCase(Locale.ROOT) + ")");
        check.setEnabled(false);
        card.add(new ReportProblem(q));
        refreshStatus();
    }

    private static Response response(Question q, String label) {
        if (q.type() == QuestionType.TRUE_FALSE) {
            return Response.trueFalse(label.equals("True"));
        }
        return q.choices().stream().filter(c -> label.equals(c.id() + ". " + c.text())).findFirst()
                .<Response>map(c -> Response.select(c.id())).orElse(Response.BLANK);
    }
}

package org.cstoquiz.app.review.ui;

import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.function.SerializableConsumer;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import java.time.LocalDate;
import java.util.Optional;
import org.cstoquiz.app.review.RecallMode;
import org.cstoquiz.app.review.ReviewStatus;

/** The learner's plan: the exam date review plans towards, the plan that gives, and how facts are recalled. */
class ReviewPlanPanel extends Div {

    /** Keeps or clears the exam date; throws {@link IllegalArgumentException} with a message for a date not accepted. */
    interface ExamDateChange extends java.io.Serializable {
        void change(Optional<LocalDate> date);
    }

    private final DatePicker examDate = new DatePicker("Exam date");
    private final Paragraph plan = new Paragraph();
    private final Select<RecallMode> recall = new Select<>();

    ReviewPlanPanel(Optional<LocalDate> exam, RecallMode mode, ExamDateChange onDate, SerializableConsumer<RecallMode> onMode) {
        addClassName("review-settings");
        setWidthFull();
        examDate.setHelperText("Set it, and review is planned so you see every fact before it");
        examDate.setClearButtonVisible(true);
        exam.ifPresent(examDate::setValue);
        examDate.addValueChangeListener(e -> changeExamDate(onDate, e.getValue()));
        plan.addClassName("review-plan");
        recall.setLabel("While recalling");
        recall.setItems(RecallMode.values());
        recall.setItemLabelGenerator(m -> m == RecallMode.WITH_OPTIONS
                ? "Show the options: answer, then rate" : "Question only: recall, then show the answer");
        recall.setValue(mode);
        recall.addValueChangeListener(e -> {
            if (e.getValue() != null && e.getValue() != e.getOldValue()) {
                onMode.accept(e.getValue());
            }
        });
        examDate.setWidth("min(100%, 16rem)");
        recall.setWidth("min(100%, 24rem)");
        add(new H3("Your plan"), examDate, plan, recall);
    }

    /** Shows the plan the exam date gives, if one is set. */
    void show(ReviewStatus status) {
        plan.setText(status.plan().map(ReviewWording::plan).orElse(""));
    }

    private void changeExamDate(ExamDateChange onDate, LocalDate date) {
        try {
            onDate.change(Optional.ofNullable(date));
            examDate.setInvalid(false);
        } catch (IllegalArgumentException e) {
            examDate.setErrorMessage(e.getMessage());
            examDate.setInvalid(true);
        }
    }
}

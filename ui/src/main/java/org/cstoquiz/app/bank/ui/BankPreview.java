package org.cstoquiz.app.bank.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.function.SerializableRunnable;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import java.util.Locale;
import java.util.Optional;
import org.cstoquiz.app.base.ui.QuestionPreview;
import org.cstoquiz.engine.question.Question;
import org.cstoquiz.engine.stats.ItemStatistic;

/** The question clicked in the grid, as learners see it with its key, and how learners answered it. */
class BankPreview extends Div {

    private final SerializableRunnable close;

    BankPreview(SerializableRunnable close) {
        this.close = close;
        addClassName("bank-preview");
        getStyle().set("padding", "0 var(--lumo-space-m)").set("overflow", "auto").set("box-sizing", "border-box");
    }

    void show(Question question, Optional<ItemStatistic> statistic) {
        removeAll();
        Button closeButton = new Button("Close preview", VaadinIcon.CLOSE_SMALL.create(), click -> close.run());
        closeButton.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        add(closeButton);
        QuestionPreview shown = new QuestionPreview(question);
        statistic.ifPresent(s -> shown.add(new Paragraph("In learners' attempts: " + s.attempts()
                + " answers, facility " + String.format(Locale.ROOT, "%.0f%%", s.facility())
                + s.mostChosenWrong().map(w -> ", most chosen wrong option: " + w).orElse(""))));
        add(shown);
    }
}

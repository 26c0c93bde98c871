package org.cstoquiz.app.review.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.function.SerializableRunnable;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import java.time.ZoneId;
import java.util.Optional;
import org.cstoquiz.app.review.ReviewItem;
import org.cstoquiz.app.review.Reviewed;

/** The line above the card that says what the latest rating did, with the button that undoes it. */
class LastRating extends Div {

    private final SerializableRunnable undo;

    LastRating(SerializableRunnable undo) {
        this.undo = undo;
        addClassName("review-last");
        getElement().setAttribute("aria-live", "polite");
    }

    void rated(Reviewed done, ZoneId zone) {
        removeAll();
        Span text = new Span("Rated " + RatingButtons.name(done.rating()) + ": “" + done.item().factLabel()
                + "” comes back " + ReviewWording.when(done.nextDue(), done.at(), zone, done.inDays()) + ".");
        text.addClassName("review-last-text");
        add(text, undoButton("Undo", "Undo the rating of “" + done.item().factLabel() + "” (U)"));
    }

    /** {@code again} is asked again; {@code before} is the rating that can be undone next, if any. */
    void undone(ReviewItem again, Optional<Reviewed> before) {
        removeAll();
        add(new Span("Undone: the rating of “" + again.factLabel() + "”. Rate it again."));
        before.ifPresent(b -> add(undoButton("Undo the one before", "Undo the rating of “" + b.item().factLabel()
                + "” too (U)")));
    }

    void failed(String message) {
        removeAll();
        add(new Span(message));
    }

    private Button undoButton(String text, String ariaLabel) {
        Button button = new Button(text, e -> undo.run());
        button.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        button.addClassName("review-undo");
        button.setAriaLabel(ariaLabel);
        return button;
    }
}

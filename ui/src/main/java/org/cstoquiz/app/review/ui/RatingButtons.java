package org.cstoquiz.app.review.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.function.SerializableConsumer;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import org.cstoquiz.app.review.RatingOption;
import org.cstoquiz.engine.schedule.Intervals;
import org.cstoquiz.engine.schedule.Rating;

/** Again, Hard, Good and Easy, each saying when the fact would come back; the suggested one stands out. */
class RatingButtons extends Div {

    private final Map<Rating, Button> buttons = new EnumMap<>(Rating.class);

    RatingButtons(List<RatingOption> options, Rating suggested, SerializableConsumer<Rating> rate) {
        addClassName("review-ratings");
        getStyle().set("display", "grid").set("grid-template-columns", "repeat(auto-fit, minmax(8rem, 1fr))")
                .set("gap", "var(--lumo-space-s)");
        for (RatingOption option : options) {
            Button button = button(option, suggested, rate);
            buttons.put(option.rating(), button);
            add(button);
        }
    }

    Button get(Rating rating) {
        return buttons.get(rating);
    }

    private static Button button(RatingOption option, Rating suggested, SerializableConsumer<Rating> rate) {
        Rating rating = option.rating();
        Button button = new Button(name(rating), e -> rate.accept(rating));
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
}

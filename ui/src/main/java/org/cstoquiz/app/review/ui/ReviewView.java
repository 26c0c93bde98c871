package org.cstoquiz.app.review.ui;

import com.vaadin.flow.component.AttachEvent;
import org.cstoquiz.app.session.Injected;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.PermitAll;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import org.cstoquiz.app.base.ui.BrowserTimeZone;
import org.cstoquiz.app.base.ui.OrganizationSelect;
import org.cstoquiz.app.base.ui.Plural;
import org.cstoquiz.app.review.LearnerSettingsService;
import org.cstoquiz.app.review.RecallMode;
import org.cstoquiz.app.review.ReviewException;
import org.cstoquiz.app.review.ReviewItem.FactKey;
import org.cstoquiz.app.review.ReviewItem;
import org.cstoquiz.app.review.Reviewed;
import org.cstoquiz.app.review.ReviewService;
import org.cstoquiz.app.review.ReviewStatus;
import org.cstoquiz.domain.PackInfo;
import org.cstoquiz.engine.schedule.Rating;

/**
 * Review as Anki does it: the learner recalls (answering the question with its options, or from the
 * question alone, as they prefer), shows the answer, and rates the recall Again, Hard, Good or Easy,
 * each button saying when the fact would come back. With the options shown, the rating the answer
 * and its time suggest is preselected. The latest ratings can be undone; a fact skipped is not asked
 * again in the same sitting.
 */
@Route("review")
@PageTitle("Review")
@Menu(order = 30, title = "Review", icon = "vaadin:refresh")
@PermitAll
class ReviewView extends VerticalLayout {

    private final Injected<ReviewService> reviews;
    private final Injected<LearnerSettingsService> settings;
    private final Injected<Clock> clock;
    private final String user;

    private final Span status = new Span();
    private final LastRating last = new LastRating(this::undo);
    private final ReviewCard card = new ReviewCard(this::reveal, this::skip, this::rate);
    private final ReviewPlanPanel plans;
    /** Shown when several packs are loaded; the choice is kept for the learner's next visits. */
    private final OrganizationSelect organization;

    private final Set<FactKey> skipped = new HashSet<>();
    private final Deque<Reviewed> undoable = new ArrayDeque<>();
    private RecallMode mode;

    ReviewView(ReviewService reviews, LearnerSettingsService settings, Clock clock, AuthenticationContext authentication) {
        this.reviews = Injected.of(ReviewService.class, reviews);
        this.settings = Injected.of(LearnerSettingsService.class, settings);
        this.clock = Injected.of(Clock.class, clock);
        this.user = authentication.getPrincipalName().orElseThrow();
        setMaxWidth("60rem");
        addClassName("review-view");
        status.addClassName("review-status");

        organization = new OrganizationSelect(reviews.packs()).choose(settings.reviewPack(user).orElse(null));
        organization.onChoice(this::changeOrganization);
        mode = settings.recallMode(user);
        plans = new ReviewPlanPanel(reviews.status(user, organization.packId(), clock.instant()).examDate(), mode,
                this::changeExamDate, this::changeMode);

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
            if (settings.get().rememberZone(user, zone)) {
                refreshStatus();
            }
        });
    }

    /** A key caught in the page (never one typed into a field, a dropdown or a date picker). */
    void onKey(String key) {
        if (key.equals("u") || key.equals("undo")) {
            undo();
            return;
        }
        if (card.phase() == ReviewCard.Phase.ASKING) {
            switch (key) {
                case "Enter", " " -> reveal();
                case "n" -> skip();
                default -> card.choose(key);
            }
        } else if (card.phase() == ReviewCard.Phase.REVEALED) {
            switch (key) {
                case "Enter", " " -> rate(card.suggested());
                case "1", "2", "3", "4" -> rate(Rating.values()[key.charAt(0) - '1']);
                default -> { }
            }
        }
    }

    // ------------------------------------------------------------------------------------ asking and rating

    private void showNext() {
        show(reviews.get().next(user, organization.packId(), clock.get().instant(), skipped));
    }

    private void show(Optional<ReviewItem> item) {
        refreshStatus();
        item.ifPresentOrElse(i -> card.ask(i, mode, clock.get().instant(), !undoable.isEmpty()),
                () -> card.nothing(nothingLeft()));
    }

    private void skip() {
        if (card.phase() != ReviewCard.Phase.ASKING) {
            return;
        }
        skipped.add(card.current().key());
        showNext();
    }

    private Component nothingLeft() {
        Div box = new Div();
        box.addClassName("review-done");
        box.add(new Paragraph(ReviewParts.nothingLeft(reviews.get().status(user, organization.packId(), clock.get().instant()),
                clock.get().instant())));
        if (!skipped.isEmpty()) {
            box.add(new Button("Show the " + Plural.of(skipped.size(), "skipped fact") + " again", e -> {
                skipped.clear();
                showNext();
            }));
        }
        return box;
    }

    private void reveal() {
        if (card.phase() != ReviewCard.Phase.ASKING) {
            return;
        }
        Instant now = clock.get().instant();
        ReviewItem current = card.current();
        card.reveal(now, reviews.get().sources(current), reviews.get().preview(user, current, now), !undoable.isEmpty());
    }

    private void rate(Rating rating) {
        if (card.phase() != ReviewCard.Phase.REVEALED) {
            return;
        }
        ReviewItem current = card.current();
        Reviewed done = reviews.get().rate(user, current, rating, card.correct(rating), card.selfRated(rating), clock.get().instant());
        undoable.push(done);
        skipped.remove(current.key());
        last.rated(done, settings.get().zone(user));
        showNext();
    }

    private void undo() {
        Reviewed top = undoable.peek();
        if (top == null) {
            return;
        }
        try {
            ReviewItem again = reviews.get().undo(user, top.id());
            undoable.pop();
            skipped.remove(again.key());
            last.undone(again, Optional.ofNullable(undoable.peek()));
            show(Optional.of(again));
        } catch (ReviewException e) {
            undoable.clear();
            last.failed(e.getMessage());
        }
    }

    // ------------------------------------------------------------------------------------ settings

    /** Another organization's facts, each with its own progress; the question shown is left unrated. */
    private void changeOrganization(PackInfo chosen) {
        settings.get().reviewPack(user, chosen.id());
        showNext();
    }

    private void changeMode(RecallMode newMode) {
        if (newMode == mode) {
            return;
        }
        settings.get().recallMode(user, newMode);
        mode = newMode;
        if (card.phase() == ReviewCard.Phase.ASKING) {
            show(Optional.of(card.current()));
        }
        card.revealToAssistiveTechnology();
    }

    private void changeExamDate(Optional<LocalDate> date) {
        try {
            if (date.isEmpty()) {
                reviews.get().clearExamDate(user);
            } else {
                reviews.get().setExamDate(user, date.get(), clock.get().instant());
            }
        } finally {
            refreshStatus();
        }
    }

    private void refreshStatus() {
        ReviewStatus s = reviews.get().status(user, organization.packId(), clock.get().instant());
        status.setText(ReviewWording.status(s));
        plans.show(s);
    }
}

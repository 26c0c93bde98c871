package org.cstoquiz.app.progress.ui;

import com.vaadin.flow.component.AttachEvent;
import org.cstoquiz.app.session.Injected;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.PermitAll;
import java.time.Clock;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.cstoquiz.app.attempt.FinishedAttempt;
import org.cstoquiz.app.base.ui.BrowserTimeZone;
import org.cstoquiz.app.base.ui.Names;
import org.cstoquiz.app.base.ui.OrganizationSelect;
import org.cstoquiz.app.base.ui.Plural;
import org.cstoquiz.app.progress.Progress;
import org.cstoquiz.app.progress.ProgressService;
import org.cstoquiz.app.progress.ProgressService.Dashboard;
import org.cstoquiz.app.progress.SvgCharts;
import org.cstoquiz.engine.schedule.ExamPlan;

@Route("progress")
@PageTitle("Progress")
@Menu(order = 40, title = "Progress", icon = "vaadin:chart")
@PermitAll
class DashboardView extends VerticalLayout {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM", Locale.UK);
    private static final DateTimeFormatter WEEKDAY = DateTimeFormatter.ofPattern("EEE d MMM", Locale.UK);
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("EEE d MMM yyyy, HH:mm", Locale.UK);
    /** Labels under the axis of the scores chart: with more points, every other one (the list names all). */
    private static final int SESSION_LABELS = 12;

    private final Injected<ProgressService> progress;
    private final Injected<Clock> clock;
    private final String user;
    /** Shown when several packs are loaded: mastery, the weakest facts and review answers are per pack. */
    private final OrganizationSelect organization;

    DashboardView(ProgressService progress, Clock clock, AuthenticationContext authentication) {
        this.progress = Injected.of(ProgressService.class, progress);
        this.clock = Injected.of(Clock.class, clock);
        this.user = authentication.getPrincipalName().orElseThrow();
        setMaxWidth("60rem");
        addClassName("progress-view");
        organization = new OrganizationSelect(progress.packs());
        organization.onChoice(chosen -> render());
        render();
    }

    @Override
    protected void onAttach(AttachEvent event) {
        super.onAttach(event);
        BrowserTimeZone.whenKnown(event.getUI(), zone -> {
            if (progress.get().rememberZone(user, zone)) {
                render();
            }
        });
    }

    private void render() {
        removeAll();
        Dashboard d = progress.get().dashboard(user, organization.packId(), clock.get().instant());
        ZoneId zone = d.zone();
        add(new H2("Progress"), organization);
        Span streak = new Span("Activity streak: " + (d.streakAtLeast() ? "at least " : "") + Plural.of(d.streak(), "day"));
        streak.addClassName("progress-streak");
        Span zoneNote = new Span("Days and times are in your time zone, " + zone.getId() + ".");
        zoneNote.addClassNames("text-secondary", "text-s");
        add(streak, zoneNote);

        String daily = "Review answers right, per day (last 30 days)";
        add(chart(daily, SvgCharts.percentLine(daily, "Share of review answers right per day: " + d.scores().stream()
                        .map(s -> DAY.format(s.date()) + " " + s.correct() + " of " + s.answered()).toList(),
                d.scores().stream().map(s -> new SvgCharts.Point(DAY.format(s.date()), s.percent(),
                        WEEKDAY.format(s.date()) + ": " + s.correct() + " of " + s.answered() + " right ("
                                + Math.round(s.percent()) + "%)")).toList(), 6)));

        add(scores(d.attempts(), zone));

        String mastery = "Mastery per area: the share of its facts you would recall now";
        add(chart(mastery, SvgCharts.bars(mastery, "Mastery per area (" + d.packName() + "): " + d.mastery().stream()
                        .map(m -> Names.area(m.area()) + " " + Math.round(m.percent()) + "%").toList(),
                d.mastery().stream().map(m -> new SvgCharts.Point(Names.area(m.area()), m.percent(),
                        Names.area(m.area()) + ": you would recall about " + oneDecimal(m.recalled()) + " of its "
                                + Plural.of(m.total(), "fact") + " now (" + Math.round(m.percent()) + "%); "
                                + m.seen() + " reviewed")).toList(), 100, "%")));
        Paragraph recallNote = new Paragraph("Facts of " + d.packName() + ". Recall is the scheduler's (FSRS) "
                + "probability that you remember a fact now; a fact whose latest answer was wrong counts as not "
                + "recalled until you answer it right again, and a fact never reviewed counts as not recalled.");
        recallNote.addClassNames("text-secondary", "text-s");
        add(recallNote);

        String perArea = "Answers right per area (last 30 days)";
        add(chart(perArea, SvgCharts.pairedBars(perArea, "Answers right per area, review and practice and tests: "
                        + perAreaText(d), List.of("Review", "Practice and tests"), pairs(d))));

        add(new H3("Weakest facts"));
        if (d.weakest().isEmpty()) {
            add(new Paragraph(d.mastery().stream().anyMatch(m -> m.seen() > 0)
                    ? "None: every fact you reviewed you would recall now, and you have never got one wrong."
                    : "None yet: review some facts first."));
        } else {
            OrderedList list = new OrderedList();
            list.addClassName("progress-weakest");
            d.weakest().forEach(w -> list.add(new ListItem(w.label() + " — " + weakness(w.fact()))));
            add(list);
        }

        add(new H3("Plan to the exam"));
        d.plan().ifPresentOrElse(plan -> add(planChart(plan)),
                () -> add(new Paragraph("Set your exam date under Review to see a plan here.")));
    }

    /** The latest sessions, one point each, numbered; the list under the chart says what each number is. */
    private static Component scores(List<FinishedAttempt> attempts, ZoneId zone) {
        String title = "Scores of your latest practice sessions and tests";
        List<SvgCharts.Point> points = new ArrayList<>();
        OrderedList legend = new OrderedList();
        legend.addClassName("progress-sessions");
        for (int i = 0; i < attempts.size(); i++) {
            FinishedAttempt a = attempts.get(i);
            String what = a.title() + ", " + WHEN.format(a.startedAt().atZone(zone)) + ": " + Math.round(a.percentage()) + "%";
            points.add(new SvgCharts.Point(String.valueOf(i + 1), a.percentage(), (i + 1) + ". " + what));
            legend.add(new ListItem(what));
        }
        Div chart = chart(title, SvgCharts.percentLine(title, "Scores of practice sessions and tests, oldest first: "
                + String.join("; ", points.stream().map(SvgCharts.Point::detail).toList()), points, SESSION_LABELS));
        if (!attempts.isEmpty()) {
            Span key = new Span("Each point is one session, numbered from the oldest:");
            key.addClassNames("text-secondary", "text-s");
            chart.add(key, legend);
        }
        return chart;
    }

    private static List<SvgCharts.Pair> pairs(Dashboard d) {
        List<SvgCharts.Pair> rows = new ArrayList<>();
        for (int i = 0; i < d.reviewPerArea().size(); i++) {
            Progress.AreaAnswers review = d.reviewPerArea().get(i);
            Progress.AreaAnswers practice = d.attemptsPerArea().get(i);
            rows.add(new SvgCharts.Pair(Names.area(review.area()), review.percent(), answered(review),
                    practice.percent(), answered(practice)));
        }
        return rows;
    }

    private static String perAreaText(Dashboard d) {
        List<String> parts = new ArrayList<>();
        for (int i = 0; i < d.reviewPerArea().size(); i++) {
            parts.add(Names.area(d.reviewPerArea().get(i).area()) + ": review " + answered(d.reviewPerArea().get(i))
                    + ", practice and tests " + answered(d.attemptsPerArea().get(i)));
        }
        return String.join("; ", parts);
    }

    /** "5 of 7 (71%)", or "none" when nothing was answered. */
    private static String answered(Progress.AreaAnswers answers) {
        return answers.answered() == 0 ? "none"
                : answers.right() + " of " + answers.answered() + " (" + Math.round(answers.percent()) + "%)";
    }

    /** "last answer wrong · right 1 of 3" or "recall 84% · right 3 of 4 · forgotten once". */
    static String weakness(Progress.WeakFact fact) {
        String recall = fact.lastRight() ? "recall " + Math.round(100 * fact.recall()) + "%" : "last answer wrong";
        String lapses = fact.lapses() == 0 ? "" : " · forgotten " + (fact.lapses() == 1 ? "once"
                : fact.lapses() == 2 ? "twice" : fact.lapses() + " times");
        return recall + " · right " + fact.right() + " of " + fact.answered() + lapses;
    }

    private static String oneDecimal(double value) {
        return String.format(Locale.ROOT, "%.1f", value);
    }

    private static Div planChart(ExamPlan plan) {
        List<ExamPlan.Day> days = plan.days().stream().limit(14).toList();
        double max = days.stream().mapToInt(x -> x.newFacts() + x.reviews()).max().orElse(0);
        String title = "Facts to see per day until " + DAY.format(plan.exam())
                + (plan.days().size() > 14 ? " (next 14 days)" : "");
        String description = "Plan: " + Plural.of(plan.newPerDay(), "new fact") + " a day; "
                + Plural.of(plan.fragile().size(), "fact") + " at risk reviewed in the last days";
        return chart(title, SvgCharts.bars(title, description, days.stream()
                .map(x -> new SvgCharts.Point(DAY.format(x.date()) + ": " + x.newFacts() + " new", x.newFacts() + x.reviews(),
                        WEEKDAY.format(x.date()) + ": " + Plural.of(x.newFacts(), "new fact") + ", "
                                + Plural.of(x.reviews(), "review")))
                .toList(), max, ""));
    }

    /** The chart under its title, drawn in the page, so that each point's title shows as a tooltip. */
    private static Div chart(String title, String svg) {
        Span caption = new Span(title);
        caption.getStyle().set("font-weight", "600").set("display", "block");
        Div drawing = new Div();
        drawing.addClassName("progress-chart");
        drawing.getElement().setProperty("innerHTML", svg);
        drawing.setWidthFull();
        drawing.setMaxWidth("480px");
        Div figure = new Div(caption, drawing);
        figure.setWidthFull();
        return figure;
    }
}

package org.cstoquiz.app.progress.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Image;
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
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import org.cstoquiz.app.base.ui.Names;
import org.cstoquiz.app.progress.Progress;
import org.cstoquiz.app.progress.ProgressService;
import org.cstoquiz.app.progress.ProgressService.Dashboard;
import org.cstoquiz.app.progress.SvgCharts;
import org.cstoquiz.engine.schedule.ExamPlan;

@Route("progress")
@PageTitle("Progress | CSTO Quiz")
@Menu(order = 40, title = "Progress", icon = "vaadin:chart")
@PermitAll
class DashboardView extends VerticalLayout {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM", Locale.UK);

    DashboardView(ProgressService progress, Clock clock, AuthenticationContext authentication) {
        setMaxWidth("60rem");
        ZoneId zone = ZoneId.systemDefault();
        Dashboard d = progress.dashboard(authentication.getPrincipalName().orElseThrow(), clock.instant());
        add(new H2("Progress"));
        add(new Span("Activity streak: " + d.streak() + (d.streak() == 1 ? " day" : " days")));

        String daily = "Share of review answers right, per day (last 30 days)";
        add(chart(daily, SvgCharts.percentLine(daily,
                        d.scores().stream().map(s -> new SvgCharts.Point(DAY.format(s.date()), s.percent())).toList()),
                "Share of answers right per day: " + d.scores().stream()
                        .map(s -> DAY.format(s.date()) + " " + Math.round(s.percent()) + "%").toList()));
        String attempts = "Scores of your latest practice sessions and tests";
        add(chart(attempts, SvgCharts.percentLine(attempts,
                        d.attempts().stream().map(a -> new SvgCharts.Point(DAY.format(a.startedAt().atZone(zone)),
                                a.percentage())).toList()),
                "Scores of practice sessions and tests: " + d.attempts().stream()
                        .map(a -> a.title() + " " + DAY.format(a.startedAt().atZone(zone)) + " "
                                + Math.round(a.percentage()) + "%").toList()));
        String mastery = "Mastery per area (mean recall of the facts seen)";
        add(chart(mastery, SvgCharts.bars(mastery,
                        d.mastery().stream().map(m -> new SvgCharts.Point(Names.area(m.area()) + " (" + m.seen() + "/"
                                + m.total() + ")", m.mastery())).toList(), 100, "%"),
                "Mastery per area: " + d.mastery().stream().map(m -> Names.area(m.area()) + " " + Math.round(m.mastery()) + "%")
                        .toList()));

        add(new H3("Weakest facts"));
        if (d.weakest().isEmpty()) {
            add(new Paragraph("None yet: review some facts first."));
        } else {
            OrderedList list = new OrderedList();
            d.weakest().forEach(w -> list.add(new ListItem(w.label() + " — recall "
                    + Math.round(100 * w.fact().recall()) + "%" + (w.fact().lapses() > 0
                    ? ", forgotten " + w.fact().lapses() + (w.fact().lapses() == 1 ? " time" : " times") : ""))));
            add(list);
        }

        add(new H3("Plan to the exam"));
        d.plan().ifPresentOrElse(plan -> add(planChart(plan)),
                () -> add(new Paragraph("Set your exam date under Review to see a plan here.")));
    }

    private static Div planChart(ExamPlan plan) {
        List<ExamPlan.Day> days = plan.days().stream().limit(14).toList();
        double max = days.stream().mapToInt(x -> x.newFacts() + x.reviews()).max().orElse(0);
        String title = "Facts to see per day until " + DAY.format(plan.exam())
                + (plan.days().size() > 14 ? " (next 14 days)" : "");
        return chart(title, SvgCharts.bars(title,
                days.stream().map(x -> new SvgCharts.Point(DAY.format(x.date()) + ": " + x.newFacts() + " new",
                        x.newFacts() + x.reviews())).toList(), max, ""),
                "Plan: " + plan.newPerDay() + " new facts a day; " + plan.fragile().size() + " facts at risk reviewed in the last days");
    }

    /** The chart under its title; the description is the image's text alternative. */
    private static Div chart(String title, String svg, String description) {
        Image image = new Image("data:image/svg+xml;base64,"
                + Base64.getEncoder().encodeToString(svg.getBytes(StandardCharsets.UTF_8)), description);
        image.setWidthFull();
        image.setMaxWidth("480px");
        Span caption = new Span(title);
        caption.getStyle().set("font-weight", "600").set("display", "block");
        Div figure = new Div(caption, image);
        figure.setWidthFull();
        return figure;
    }
}

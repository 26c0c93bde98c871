package org.cstoquiz.app.curation.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import org.cstoquiz.app.base.ui.QuestionPreview;
import org.cstoquiz.app.curation.CurationItem;
import org.cstoquiz.app.curation.CurationItem.Status;
import org.cstoquiz.app.curation.HistoryEntry;
import org.cstoquiz.app.curation.Report;

/** What an instructor sees of the item picked: its status, the question, its reports, statistics and history. */
final class CurationDetail {

    static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneId.systemDefault());

    private CurationDetail() {
    }

    /** The item with its status, {@code actions}, the question (and the generated one now), reports, statistics and history. */
    static Component of(CurationItem item, Component actions, List<HistoryEntry> history) {
        VerticalLayout box = new VerticalLayout();
        box.setPadding(false);
        box.setSpacing(false);
        Span status = new Span(item.status().label() + (item.stale() ? " · stale: the generated question has changed since it was "
                + "curated" : ""));
        status.getElement().getThemeList().add("badge" + (item.status() == Status.RETIRED ? " error" : item.stale() ? " contrast" : ""));
        box.add(status, actions);
        box.add(new QuestionPreview(item.question()));
        item.generated().ifPresent(now -> {
            box.add(new H3("The generated question now"));
            box.add(new QuestionPreview(now));
        });
        if (!item.reports().isEmpty()) {
            box.add(new H3("Reports"));
            UnorderedList list = new UnorderedList();
            item.reports().forEach(report -> list.add(new ListItem(describe(report))));
            box.add(list);
        }
        item.statistic().ifPresent(stat -> box.add(new H3("Statistics"), new Paragraph(stat.attempts() + " answers, facility "
                + String.format(Locale.ROOT, "%.0f%%", stat.facility())
                + (stat.discrimination().isPresent() ? String.format(Locale.ROOT, ", discrimination %.0f%%",
                stat.discrimination().getAsDouble()) : "")
                + stat.mostChosenWrong().map(wrong -> ", most chosen wrong option: " + wrong).orElse("")
                + (item.flags().isEmpty() ? "" : ". " + String.join("; ", item.flags())))));
        if (!history.isEmpty()) {
            box.add(new H3("History"));
            UnorderedList list = new UnorderedList();
            history.forEach(entry -> list.add(new ListItem(WHEN.format(entry.at()) + " · " + entry.by() + " · "
                    + entry.action().name().toLowerCase(Locale.ROOT)
                    + entry.question().filter(q -> entry.action() == HistoryEntry.Action.EDITED)
                            .map(q -> ": “" + abbreviate(q.stem()) + "” (" + q.id() + ")").orElse("")
                    + (entry.note().isEmpty() ? "" : " — " + entry.note()))));
            box.add(list);
        }
        return box;
    }

    private static String describe(Report report) {
        return report.problem().label() + (report.note().isEmpty() ? "" : ": “" + report.note() + "”") + " — "
                + report.reporter() + ", " + WHEN.format(report.reportedAt());
    }

    static String abbreviate(String text) {
        String line = text.replaceAll("\\s*\\R\\s*", " ");
        return line.length() <= 80 ? line : line.substring(0, 79) + "…";
    }
}

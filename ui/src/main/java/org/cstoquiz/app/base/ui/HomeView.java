package org.cstoquiz.app.base.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.PermitAll;
import java.util.List;
import java.util.stream.Collectors;
import org.cstoquiz.app.branding.AppName;
import org.cstoquiz.domain.PackInfo;
import org.springframework.beans.factory.ObjectProvider;

/**
 * What the application offers. With the built-in pack alone it speaks of the CSTO; with other packs
 * loaded it names every organization it holds and claims none as the only one.
 */
@Route("")
@PageTitle("Home")
@Menu(order = 0, title = "Home", icon = "vaadin:home")
@PermitAll
class HomeView extends VerticalLayout {

    HomeView(AppName appName, AuthenticationContext authentication, ObjectProvider<FirstOnPage> first) {
        authentication.getPrincipalName().ifPresent(user ->
                first.orderedStream().forEach(section -> section.forLearner(user).ifPresent(this::add)));
        List<PackInfo> packs = appName.packs();
        if (appName.severalOrganizations()) {
            add(new H1("Prepare for your exam on international organizations"),
                    new Paragraph(appName.name() + " turns cited, time-aware fact bases into exam questions on "
                            + packs.stream().map(PackInfo::name).collect(Collectors.joining(", ")) + ": their "
                            + "history and dates, member states, founding documents, organs and bodies, operations "
                            + "and relations. Choose the organization on each page that asks questions."));
        } else {
            add(new H1("Prepare for your exam on the CSTO"),
                    new Paragraph("CSTO Quiz turns a cited, time-aware fact base on the Collective Security Treaty "
                            + "Organization into exam questions: its history and dates, member states and their "
                            + "membership periods, the Treaty's and the Charter's articles, its organs and bodies, "
                            + "forces, operations and relations with other organizations."));
        }
        add(new UnorderedList(
                        new ListItem(new Anchor("study", "Study facts"), new Span(": browse and search every fact "
                                + "by area, each with the words of the source that states it, and both readings "
                                + "where the sources disagree.")),
                        new ListItem(new Anchor("timeline", "Timeline"), new Span(": every dated event in order, "
                                + (appName.severalOrganizations() ? "from each organization's founding" : "from the 1992 Treaty")
                                + " to the latest membership changes.")),
                        new ListItem(new Anchor("practice", "Practice"), new Span(": questions by area and type, "
                                + "one at a time, timed or untimed, each followed at once by the answer, why, and the "
                                + "words of the source; come back later and carry on where you stopped.")),
                        new ListItem(new Anchor("tests", "Tests"), new Span(": self-assessment as in the exam, "
                                + "e.g. 25 questions in 30 minutes with negative marking; change answers and flag "
                                + "questions until you submit, then see every question with its answer and source.")),
                        new ListItem(new Anchor("review", "Review"), new Span(": the facts due for review under "
                                + "spaced repetition, one quick question each; set your exam date and every fact is "
                                + "planned before it.")),
                        new ListItem(new Anchor("progress", "Progress"), new Span(": your answers over time, "
                                + "mastery per area, your weakest facts and your streak, drawn as charts."))));
    }
}

package org.cstoquiz.app.classes.ui;

import com.vaadin.flow.component.AttachEvent;
import org.cstoquiz.app.session.Injected;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Optional;
import org.cstoquiz.app.account.Role;
import org.cstoquiz.app.classes.ClassService;
import org.cstoquiz.app.classes.Member;
import org.cstoquiz.app.classes.QuizClass;

/**
 * An instructor's classes: create one and hand out its join code (or replace the code), rename or
 * delete one, see its
 * learners and remove one, assign a test with an opening and a closing time (in the instructor's time
 * zone), and see each assignment's results, the class's figures per area and per question, and the
 * results as CSV.
 */
@Route("classes")
@PageTitle("Classes")
@Menu(order = 80, title = "Classes", icon = "vaadin:group")
@RolesAllowed(Role.INSTRUCTOR_ROLE)
class ClassesView extends VerticalLayout {

    static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", Locale.ROOT);

    private final Injected<ClassService> classes;
    private ZoneId zone;

    final ClassList classList;
    final VerticalLayout detail = new VerticalLayout();
    final Grid<Member> memberGrid = new Grid<>();
    final AssignmentForm assignments;
    final ResultsPanel results;
    /** The class shown, if any (null for none: a field kept with the session holds no {@code Optional}). */
    private QuizClass shown;

    ClassesView(ClassService classes, Clock clock, AuthenticationContext authentication) {
        this.classes = Injected.of(ClassService.class, classes);
        String instructor = authentication.getPrincipalName().orElseThrow();
        this.zone = clock.getZone();
        this.classList = new ClassList(classes, clock, instructor, this::show);
        this.results = new ResultsPanel(classes, clock, () -> zone);
        this.assignments = new AssignmentForm(classes, clock, instructor, () -> zone, results::show);

        memberGrid.addColumn(Member::username).setHeader("Learner").setKey("Learner").setAutoWidth(true);
        memberGrid.addColumn(member -> WHEN.format(member.joinedAt().atZone(zone))).setHeader("Joined").setKey("Joined")
                .setAutoWidth(true);
        memberGrid.addComponentColumn(this::removeButton).setHeader("").setKey("Remove");
        memberGrid.setAllRowsVisible(true);
        memberGrid.setEmptyStateText("No learner has joined yet: give them the join code.");
        memberGrid.addThemeVariants(GridVariant.LUMO_COMPACT);

        detail.setPadding(false);
        setMaxWidth("80rem");
        add(new H2("Classes"), classList, detail);
        show(Optional.empty());
    }

    @Override
    protected void onAttach(AttachEvent event) {
        super.onAttach(event);
        BrowserZone.whenKnown(event.getUI(), browser -> {
            // the times shown so far were the server's: keep the instants they stand for
            ZoneId before = zone;
            zone = browser;
            assignments.zoneChanged(before);
            memberGrid.getDataProvider().refreshAll();
        });
    }

    private void show(Optional<QuizClass> picked) {
        shown = picked.orElse(null);
        detail.removeAll();
        if (picked.isEmpty()) {
            return;
        }
        QuizClass quizClass = picked.get();
        Span code = new Span(quizClass.joinCode());
        code.addClassName("join-code");
        code.getStyle().set("font-family", "monospace").set("font-size", "var(--lumo-font-size-xl)")
                .set("letter-spacing", "0.15em");
        Button newCode = new Button("New code…", click -> confirmNewCode(quizClass));
        newCode.addThemeVariants(ButtonVariant.SMALL);
        HorizontalLayout codeRow = new HorizontalLayout(new Span("Join code:"), code, newCode);
        codeRow.setAlignItems(FlexComponent.Alignment.BASELINE);
        memberGrid.setItems(classes.get().members(quizClass.id()));
        assignments.show(quizClass);
        results.removeAll();

        HorizontalLayout heading = new HorizontalLayout(new H3(quizClass.name()),
                ClassEditing.renameButton(classes, quizClass, renamed -> {
                    classList.refresh();
                    classList.select(renamed);
                    show(Optional.of(renamed));
                }),
                ClassEditing.deleteButton(classes, quizClass, () -> {
                    classList.refresh();
                    show(Optional.empty());
                }));
        heading.setAlignItems(FlexComponent.Alignment.BASELINE);
        detail.add(heading, codeRow,
                new Paragraph("Learners join on their My classes page with this code."),
                new H4("Learners"), memberGrid, assignments, results);
    }

    private Button removeButton(Member member) {
        Button remove = new Button("Remove…", click -> Optional.ofNullable(shown).ifPresent(quizClass -> {
            ConfirmDialog dialog = new ConfirmDialog("Remove " + member.username() + " from " + quizClass.name() + "?",
                    member.username() + " will no longer see this class's tests. The tests they have taken are kept.",
                    "Remove", confirmed -> {
                        classes.get().removeMember(quizClass.id(), member.username());
                        classList.refresh();
                        memberGrid.setItems(classes.get().members(quizClass.id()));
                    });
            dialog.setCancelable(true);
            dialog.setConfirmButtonTheme("error primary");
            dialog.open();
        }));
        remove.addThemeVariants(ButtonVariant.SMALL);
        remove.getElement().setAttribute("aria-label", "Remove: " + member.username());
        return remove;
    }

    private void confirmNewCode(QuizClass quizClass) {
        ConfirmDialog dialog = new ConfirmDialog("Give " + quizClass.name() + " a new join code?",
                "The code " + quizClass.joinCode() + " will no longer work. Learners already in the class stay in it.",
                "New code", confirmed -> {
                    QuizClass changed = classes.get().newCode(quizClass.id());
                    classList.refresh();
                    classList.select(changed);
                    show(Optional.of(changed));
                });
        dialog.setCancelable(true);
        dialog.open();
    }
}

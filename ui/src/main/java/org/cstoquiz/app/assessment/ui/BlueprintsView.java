package org.cstoquiz.app.assessment.ui;

import com.vaadin.flow.component.HasValidation;
import org.cstoquiz.app.session.Injected;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.BeanValidationBinder;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.Optional;
import org.cstoquiz.app.base.ui.Names;
import org.cstoquiz.app.base.ui.OrganizationSelect;
import org.cstoquiz.app.attempt.ui.Labels;
import org.cstoquiz.app.account.Role;
import org.cstoquiz.app.assessment.Blueprint;
import org.cstoquiz.app.assessment.BlueprintException;
import org.cstoquiz.app.assessment.SelfTestService;
import org.cstoquiz.domain.Area;
import org.cstoquiz.engine.question.QuestionType;
import org.cstoquiz.engine.scoring.ScoringScheme;

/**
 * For instructors: the test blueprints learners start tests from. Pick one to edit it, or start a
 * new one; every field is checked against the blueprint's rules (Bean Validation through a Binder)
 * and shows what is wrong with it, and what only the server knows (a name taken, too few questions)
 * is shown at its field too; nothing is stored until it is right. Tests already taken keep the name and questions they had.
 */
@Route("blueprints")
@PageTitle("Test blueprints")
@Menu(order = 55, title = "Test blueprints", icon = "vaadin:clipboard-text")
@RolesAllowed(Role.INSTRUCTOR_ROLE)
class BlueprintsView extends VerticalLayout {

    private final Injected<SelfTestService> service;
    private final Grid<Blueprint> grid = new Grid<>();
    private final TextField name = new TextField("Name");
    /** Not a field of the binder: a blueprint names its pack by id, the form offers the packs by name. */
    private final OrganizationSelect organization;
    private final MultiSelectComboBox<Area> areas = new MultiSelectComboBox<>("Areas");
    private final MultiSelectComboBox<QuestionType> types = new MultiSelectComboBox<>("Types");
    private final IntegerField questions = new IntegerField("Questions");
    private final IntegerField minutes = new IntegerField("Minutes");
    private final Select<ScoringScheme> scheme = new Select<>();
    private final Span matching = new Span();
    private final H3 editing = new H3();
    private final Button delete = new Button("Delete");
    private final BlueprintParts partRows = new BlueprintParts();
    private final BeanValidationBinder<Blueprint> binder = new BeanValidationBinder<>(Blueprint.class);
    /** The id of the blueprint edited; null for a new one (a field kept with the session holds no {@code Optional}). */
    private Long editedId;

    BlueprintsView(SelfTestService service) {
        this.service = Injected.of(SelfTestService.class, service);
        setMaxWidth("70rem");
        add(new H2("Test blueprints"), new Paragraph("What the tests on the Tests page are made of. Learners see "
                + "every blueprint here; a change applies to the tests started after it."));

        grid.addColumn(Blueprint::name).setHeader("Name").setKey("name").setAutoWidth(true);
        if (service.packs().size() > 1) {
            grid.addColumn(blueprint -> this.service.get().organizationOf(blueprint).name()).setHeader("Organization")
                    .setKey("organization").setAutoWidth(true);
        }
        grid.addColumn(Blueprint::questions).setHeader("Questions").setKey("questions").setAutoWidth(true);
        grid.addColumn(blueprint -> Labels.timeLimit(blueprint.minutes())).setHeader("Time").setKey("time")
                .setAutoWidth(true);
        grid.addColumn(blueprint -> Labels.scheme(blueprint.scheme())).setHeader("Scoring").setKey("scoring")
                .setAutoWidth(true);
        grid.addColumn(TestsView::describe).setHeader("Made of").setKey("made-of").setFlexGrow(1);
        grid.addThemeVariants(GridVariant.LUMO_COMPACT);
        grid.setAllRowsVisible(true);
        grid.asSingleSelect().addValueChangeListener(change -> {
            if (change.getValue() != null) {
                edit(change.getValue());
            }
        });

        organization = new OrganizationSelect(service.packs());
        organization.addValueChangeListener(change -> count());
        name.setMaxLength(Blueprint.MAX_NAME);
        name.setRequired(true);
        areas.setItems(Area.values());
        areas.setItemLabelGenerator(Names::area);
        areas.setPlaceholder("All areas");
        types.setItems(QuestionType.values());
        types.setItemLabelGenerator(Names::type);
        types.setPlaceholder("All types");
        questions.setMin(1);
        questions.setMax(Blueprint.MAX_QUESTIONS);
        questions.setStepButtonsVisible(true);
        minutes.setMin(0);
        minutes.setMax(Blueprint.MAX_MINUTES);
        minutes.setStepButtonsVisible(true);
        minutes.setHelperText("0 for no time limit");
        scheme.setLabel("Scoring");
        scheme.setItems(ScoringScheme.EXAM_NEGATIVE, ScoringScheme.PARTIAL_CREDIT, ScoringScheme.PLAIN);
        scheme.setItemLabelGenerator(Labels::scheme);
        areas.addValueChangeListener(change -> count());
        types.addValueChangeListener(change -> count());
        partRows.onChange(this::sumTheRows);

        binder.forField(questions).asRequired(Blueprint.QUESTIONS_RULE).bind("questions");
        binder.forField(minutes).asRequired(Blueprint.MINUTES_RULE).bind("minutes");
        binder.bindInstanceFields(this);

        Button save = new Button("Save", click -> save());
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickShortcut(com.vaadin.flow.component.Key.ENTER);
        Button fresh = new Button("New blueprint", click -> edit(Blueprint.draft("", java.util.Set.of(),
                java.util.Set.of(), 10, 10, ScoringScheme.PARTIAL_CREDIT)));
        delete.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
        delete.addClickListener(click -> delete());
        FlexLayout fields = new FlexLayout(name, organization, areas, types, questions, minutes, scheme);
        fields.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        fields.getStyle().set("gap", "var(--lumo-space-m)");
        HorizontalLayout actions = new HorizontalLayout(save, fresh, delete, matching);
        actions.getStyle().set("flex-wrap", "wrap");
        actions.setDefaultVerticalComponentAlignment(Alignment.BASELINE);
        add(grid, editing, fields, partRows, actions);
        refresh();
        edit(Blueprint.draft("", java.util.Set.of(), java.util.Set.of(), 10, 10, ScoringScheme.PARTIAL_CREDIT));
    }

    private void refresh() {
        grid.setItems(service.get().blueprints());
    }

    private void edit(Blueprint blueprint) {
        editedId = blueprint.id().orElse(null);
        editing.setText(blueprint.id().isPresent() ? "Edit “" + blueprint.name() + "”" : "New blueprint");
        binder.readRecord(blueprint);
        organization.setValue(service.get().organizationOf(blueprint));
        partRows.show(blueprint.parts());
        delete.setEnabled(blueprint.id().isPresent());
        count();
    }

    private void count() {
        if (organization.getValue() == null) {
            return;
        }
        int available = service.get().available(organization.getValue().id(), areas.getValue(), types.getValue());
        matching.setText(available == 1 ? "1 question matches" : available + " questions match");
    }

    /** With rows, the number of questions is their sum, shown and not typed. */
    private void sumTheRows() {
        boolean byRows = !partRows.isEmpty();
        questions.setReadOnly(byRows);
        questions.setHelperText(byRows ? "The sum of the rows below" : null);
        if (byRows) {
            partRows.parts().ifPresent(parts -> questions.setValue(parts.stream().mapToInt(Blueprint.Part::questions).sum()));
        }
    }

    /** Checks every field, each showing what is wrong with it; stores nothing until all are right. */
    private void save() {
        Optional<List<Blueprint.Part>> parts = partRows.parts();
        partRows.showProblem(null);
        if (!binder.validate().isOk() || parts.isEmpty()) {
            return;
        }
        try {
            Blueprint saved = service.get().saveBlueprint(new Blueprint(Optional.ofNullable(editedId), name.getValue(), areas.getValue(),
                    types.getValue(), questions.getValue(), minutes.getValue(), scheme.getValue(), parts.get(),
                    Optional.of(organization.getValue().id())));
            refresh();
            edit(saved);
            Notification.show("Saved “" + saved.name() + "”.").addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        } catch (BlueprintException e) {
            HasValidation field = switch (e.field().orElse("")) {
                case "name" -> name;
                case "questions" -> questions;
                case "minutes" -> minutes;
                case "scheme" -> scheme;
                case "pack" -> organization;
                default -> null;
            };
            if (e.field().filter("parts"::equals).isPresent()) {
                partRows.showProblem(e.getMessage());
            } else if (field == null) {
                Notification.show(e.getMessage()).addThemeVariants(NotificationVariant.LUMO_ERROR);
            } else {
                field.setErrorMessage(e.getMessage());
                field.setInvalid(true);
            }
        }
    }

    private void delete() {
        Optional.ofNullable(editedId).ifPresent(id -> {
            service.get().deleteBlueprint(id);
            Notification.show("Deleted “" + name.getValue() + "”. Tests taken from it keep their results.");
            refresh();
            edit(Blueprint.draft("", java.util.Set.of(), java.util.Set.of(), 10, 10, ScoringScheme.PARTIAL_CREDIT));
        });
    }
}

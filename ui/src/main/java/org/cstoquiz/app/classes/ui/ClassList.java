package org.cstoquiz.app.classes.ui;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.function.SerializableConsumer;
import org.cstoquiz.app.session.Injected;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import java.time.Clock;
import java.util.Optional;
import org.cstoquiz.app.classes.ClassException;
import org.cstoquiz.app.classes.ClassService;
import org.cstoquiz.app.classes.QuizClass;

/** The instructor's classes, with their join codes, and the field that creates one. */
class ClassList extends VerticalLayout {

    final TextField name = new TextField("Class name");
    final Button create = new Button("Create class");
    final Grid<QuizClass> classGrid = new Grid<>();

    private final Injected<ClassService> classes;
    private final Injected<Clock> clock;
    private final String instructor;

    ClassList(ClassService classes, Clock clock, String instructor, SerializableConsumer<Optional<QuizClass>> picked) {
        this.classes = Injected.of(ClassService.class, classes);
        this.clock = Injected.of(Clock.class, clock);
        this.instructor = instructor;

        name.setMaxLength(ClassService.MAX_NAME);
        name.setPlaceholder("e.g. Group 3, spring term");
        create.addThemeVariants(ButtonVariant.PRIMARY);
        create.addClickShortcut(Key.ENTER).listenOn(name);
        create.addClickListener(click -> createClass());
        HorizontalLayout createRow = new HorizontalLayout(name, create);
        createRow.setAlignItems(FlexComponent.Alignment.BASELINE);

        classGrid.addColumn(QuizClass::name).setHeader("Class").setKey("Class").setSortable(true).setAutoWidth(true);
        classGrid.addColumn(QuizClass::joinCode).setHeader("Join code").setKey("Join code").setAutoWidth(true);
        classGrid.addColumn(QuizClass::members).setHeader("Learners").setKey("Learners").setAutoWidth(true);
        classGrid.setAllRowsVisible(true);
        classGrid.setEmptyStateText("No class yet: create one above.");
        classGrid.addThemeVariants(GridVariant.LUMO_COMPACT);
        classGrid.asSingleSelect().addValueChangeListener(event -> picked.accept(Optional.ofNullable(event.getValue())));

        setPadding(false);
        add(createRow, classGrid);
        refresh();
    }

    /** Reads the classes again, with their join codes and numbers of learners. */
    void refresh() {
        classGrid.setItems(classes.get().classes());
    }

    void select(QuizClass quizClass) {
        classGrid.select(quizClass);
    }

    private void createClass() {
        name.setInvalid(false);
        try {
            QuizClass created = classes.get().create(name.getValue(), instructor, clock.get().instant());
            name.clear();
            refresh();
            select(created);
            Notification.show("Class “" + created.name() + "” created; its join code is " + created.joinCode() + ".",
                    5000, Notification.Position.BOTTOM_START).addThemeVariants(NotificationVariant.SUCCESS);
        } catch (ClassException refused) {
            name.setErrorMessage(refused.getMessage());
            name.setInvalid(true);
        }
    }
}

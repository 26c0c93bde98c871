package org.cstoquiz.app.classes.ui;

import com.vaadin.flow.component.Key;
import org.cstoquiz.app.session.Injected;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.PermitAll;
import java.time.Clock;
import java.util.List;
import org.cstoquiz.app.classes.ClassException;
import org.cstoquiz.app.classes.ClassService;
import org.cstoquiz.app.classes.QuizClass;

/** A learner's classes: join one with the code the instructor gives, and the tests they assign. */
@Route("my-classes")
@PageTitle("My classes")
@Menu(order = 27, title = "My classes", icon = "vaadin:user-card")
@PermitAll
class MyClassesView extends VerticalLayout {

    final TextField code = new TextField("Join a class");
    final Button join = new Button("Join");
    private final Injected<ClassService> classes;
    private final Injected<Clock> clock;
    private final String learner;
    private final Paragraph memberOf = new Paragraph();
    private final AssignedTests assigned;

    MyClassesView(ClassService classes, Clock clock, AuthenticationContext authentication) {
        this.classes = Injected.of(ClassService.class, classes);
        this.clock = Injected.of(Clock.class, clock);
        this.learner = authentication.getPrincipalName().orElseThrow();
        setMaxWidth("60rem");
        code.setPlaceholder("code from your instructor, e.g. K7M-Q3D");
        code.setHelperText("Six letters and digits; case, spaces and hyphens do not matter.");
        code.setWidth("22em");
        code.setMaxLength(20);
        join.addThemeVariants(ButtonVariant.PRIMARY);
        join.addClickShortcut(Key.ENTER).listenOn(code);
        join.addClickListener(click -> join(this.clock.get()));
        HorizontalLayout form = new HorizontalLayout(code, join);
        form.setAlignItems(FlexComponent.Alignment.BASELINE);
        assigned = new AssignedTests(classes, clock, learner);
        add(new H2("My classes"), form, memberOf, assigned);
        showClasses();
    }

    private void join(Clock clock) {
        code.setInvalid(false);
        try {
            QuizClass joined = classes.get().join(learner, code.getValue(), clock.instant());
            code.clear();
            Notification.show("Joined “" + joined.name() + "”.", 4000, Notification.Position.BOTTOM_START)
                    .addThemeVariants(NotificationVariant.SUCCESS);
            showClasses();
            assigned.render();
        } catch (ClassException refused) {
            code.setErrorMessage(refused.getMessage());
            code.setInvalid(true);
        }
    }

    private void showClasses() {
        List<String> names = classes.get().classNamesOf(learner);
        memberOf.setText(names.isEmpty() ? "You are in no class yet."
                : "You are in " + String.join(", ", names.stream().map(name -> "“" + name + "”").toList()) + ".");
    }
}

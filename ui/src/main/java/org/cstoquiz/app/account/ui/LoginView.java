package org.cstoquiz.app.account.ui;

import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.login.LoginI18n;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.util.List;

@Route(value = "login", autoLayout = false)
@PageTitle("Log in | CSTO Quiz")
@AnonymousAllowed
public class LoginView extends VerticalLayout implements BeforeEnterObserver {

    private final LoginForm form = new LoginForm();
    private final Paragraph notice = new Paragraph();

    LoginView() {
        setSizeFull();
        setAlignItems(Alignment.CENTER);
        setJustifyContentMode(JustifyContentMode.CENTER);

        LoginI18n i18n = LoginI18n.createDefault();
        i18n.getForm().setTitle("Log in");
        i18n.getForm().setUsername("User name");
        i18n.getErrorMessage().setTitle("Incorrect user name or password");
        i18n.getErrorMessage().setMessage("Check that you have entered the right user name and password and try again.");
        form.setI18n(i18n);
        form.setAction("login");
        form.setForgotPasswordButtonVisible(false);

        notice.setVisible(false);
        notice.addClassName("login-notice");

        add(new H1("CSTO Quiz"),
                new Paragraph("Exam preparation on the Collective Security Treaty Organization."),
                notice, form,
                new RouterLink("No account yet? Register", RegistrationView.class));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var parameters = event.getLocation().getQueryParameters().getParameters();
        form.setError(parameters.containsKey("error"));
        List<String> registered = parameters.getOrDefault("registered", List.of());
        if (!registered.isEmpty()) {
            notice.setText("Account \"" + registered.getFirst() + "\" created. Log in to start.");
            notice.setVisible(true);
        }
    }
}

package org.cstoquiz.app.account.ui;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.util.Map;
import org.cstoquiz.app.account.AccountService;
import org.cstoquiz.app.account.PasswordPolicy;
import org.cstoquiz.app.account.RegistrationRequest;
import org.cstoquiz.app.account.RegistrationResult;
import org.cstoquiz.app.account.RegistrationResult.Field;

@Route(value = "register", autoLayout = false)
@PageTitle("Register | CSTO Quiz")
@AnonymousAllowed
class RegistrationView extends VerticalLayout {

    private final AccountService accounts;
    final TextField username = new TextField("User name");
    final PasswordField password = new PasswordField("Password");
    final PasswordField confirmation = new PasswordField("Confirm password");
    final Button register = new Button("Create account");

    RegistrationView(AccountService accounts) {
        this.accounts = accounts;
        setSizeFull();
        setAlignItems(Alignment.CENTER);
        setJustifyContentMode(JustifyContentMode.CENTER);

        username.setRequiredIndicatorVisible(true);
        username.setAutofocus(true);
        username.setHelperText("3 to 32 letters, digits, dots, hyphens or underscores");
        password.setRequiredIndicatorVisible(true);
        password.setHelperText(PasswordPolicy.RULE);
        password.setMaxLength(PasswordPolicy.MAX_LENGTH);
        confirmation.setRequiredIndicatorVisible(true);
        for (var field : new TextField[] {username}) {
            field.setWidth("20em");
        }
        password.setWidth("20em");
        confirmation.setWidth("20em");

        register.addThemeVariants(ButtonVariant.PRIMARY);
        register.addClickShortcut(Key.ENTER);
        register.addClickListener(event -> submit());

        add(new H1("Create your account"), username, password, confirmation, register,
                new RouterLink("Already registered? Log in", LoginView.class));
    }

    private void submit() {
        username.setInvalid(false);
        password.setInvalid(false);
        confirmation.setInvalid(false);
        var result = accounts.register(new RegistrationRequest(
                username.getValue(), password.getValue(), confirmation.getValue()));
        switch (result) {
            case RegistrationResult.Registered registered -> getUI().ifPresent(ui -> {
                ui.getSession().setAttribute(LoginView.REGISTERED, registered.account().username());
                ui.navigate(LoginView.class, QueryParameters.simple(Map.of("registered", "")));
            });
            case RegistrationResult.Rejected rejected -> rejected.problems().forEach(this::showProblem);
        }
    }

    private void showProblem(Field field, String message) {
        var component = switch (field) {
            case USERNAME -> username;
            case PASSWORD -> password;
            case CONFIRMATION -> confirmation;
        };
        if (component instanceof TextField text) {
            text.setErrorMessage(message);
            text.setInvalid(true);
        } else if (component instanceof PasswordField secret) {
            secret.setErrorMessage(message);
            secret.setInvalid(true);
        }
    }
}

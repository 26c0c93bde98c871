package org.cstoquiz.app.account.ui;

import com.vaadin.flow.component.Key;
import org.cstoquiz.app.session.Injected;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.binder.ValidationException;
import com.vaadin.flow.data.binder.ValidationResult;
import com.vaadin.flow.data.binder.Validator;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.util.List;
import org.cstoquiz.app.account.AccountService;
import org.cstoquiz.app.account.PasswordPolicy;
import org.cstoquiz.app.account.RegistrationRequest;
import org.cstoquiz.app.account.RegistrationResult;
import org.cstoquiz.app.account.RegistrationResult.Field;
import org.cstoquiz.app.branding.AppName;

@Route(value = "register", autoLayout = false)
@AnonymousAllowed
class RegistrationView extends VerticalLayout implements HasDynamicTitle {

    private final Injected<AccountService> accounts;
    final TextField username = new TextField("User name");
    final PasswordField password = new PasswordField("Password");
    final PasswordField confirmation = new PasswordField("Confirm password");
    final Button register = new Button("Create account");
    /** The form as a {@link RegistrationRequest}; each field checked by the service's own rules, the error at the field. */
    private final Binder<RegistrationRequest> binder = new Binder<>(RegistrationRequest.class);

    /** What the application calls itself, for the tab title. */
    private final String appName;

    @Override
    public String getPageTitle() {
        return "Register | " + appName;
    }

    RegistrationView(AccountService accounts, AppName appName) {
        this.appName = appName.name();
        this.accounts = Injected.of(AccountService.class, accounts);
        setSizeFull();
        setAlignItems(Alignment.CENTER);
        setJustifyContentMode(JustifyContentMode.CENTER);

        username.setRequiredIndicatorVisible(true);
        username.setAutofocus(true);
        username.setHelperText("3 to 32 letters (of any alphabet), digits, dots, hyphens or underscores");
        password.setRequiredIndicatorVisible(true);
        password.setHelperText(PasswordPolicy.RULE);
        password.setMaxLength(PasswordPolicy.MAX_LENGTH);
        confirmation.setRequiredIndicatorVisible(true);
        // as wide as a phone's screen, and no wider than 24em on a larger one
        for (var field : List.of(username, password, confirmation)) {
            field.setWidthFull();
            field.setMaxWidth("24em");
        }

        binder.forField(username).withValidator(rule(Field.USERNAME)).bind("username");
        binder.forField(password).withValidator(rule(Field.PASSWORD)).bind("password");
        binder.forField(confirmation).withValidator(rule(Field.CONFIRMATION)).bind("confirmation");
        // a new password changes whether the confirmation matches
        password.addValueChangeListener(change -> {
            if (!confirmation.isEmpty()) {
                binder.getBinding("confirmation").ifPresent(Binder.Binding::validate);
            }
        });
        binder.readRecord(new RegistrationRequest("", "", ""));

        register.addThemeVariants(ButtonVariant.PRIMARY);
        register.addClickShortcut(Key.ENTER);
        register.addClickListener(event -> submit());

        add(new H1("Create your account"), username, password, confirmation, register,
                new RouterLink("Already registered? Log in", LoginView.class));
    }

    /** A field's check: the service's verdict on the form as it stands, for that field. */
    private Validator<String> rule(Field field) {
        return (value, context) -> {
            String problem = accounts.get().registrationProblems(new RegistrationRequest(
                    username.getValue(), password.getValue(), confirmation.getValue())).get(field);
            return problem == null ? ValidationResult.ok() : ValidationResult.error(problem);
        };
    }

    private void submit() {
        RegistrationRequest request;
        try {
            request = binder.writeRecord();
        } catch (ValidationException invalid) {
            return; // the binder shows each problem at its field
        }
        var result = accounts.get().register(request);
        switch (result) {
            case RegistrationResult.Registered registered -> getUI().ifPresent(ui -> {
                ui.getSession().setAttribute(LoginView.REGISTERED, registered.account().username());
                logIn(registered.account().username());
            });
            case RegistrationResult.Rejected rejected -> rejected.problems().forEach(this::showProblem);
        }
    }

    /**
     * Logs the new account in as the login form does, with the name just registered and the password
     * still in its field: the browser posts them to the login page with the page's CSRF token, so the
     * same checks, throttling and session handling apply, and the learner lands on the home page (or,
     * should that login fail, on the login page with the name filled in).
     */
    private void logIn(String name) {
        getElement().executeJs("""
                const form = document.createElement('form');
                form.method = 'POST';
                form.action = 'login';
                form.hidden = true;
                const add = (field, value) => {
                  const input = document.createElement('input');
                  input.type = 'hidden';
                  input.name = field;
                  input.value = value;
                  form.appendChild(input);
                };
                add('username', $0);
                add('password', $1.value);
                const token = document.querySelector('meta[name="_csrf"]');
                const parameter = document.querySelector('meta[name="_csrf_parameter"]');
                if (token) {
                  add(parameter ? parameter.content : '_csrf', token.content);
                }
                document.body.appendChild(form);
                form.submit();
                """, name, password.getElement());
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

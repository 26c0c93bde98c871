package org.cstoquiz.app.account.ui;

import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.login.LoginI18n;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.util.List;
import java.util.Map;
import org.cstoquiz.app.branding.AppName;
import org.cstoquiz.domain.PackInfo;

@Route(value = "login", autoLayout = false)
@AnonymousAllowed
public class LoginView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    /** The session attribute holding the name of the account just registered in this browser. */
    static final String REGISTERED = LoginView.class.getName() + ".registered";
    /** The session attribute holding the name this browser last tried to log in with. */
    public static final String ATTEMPTED = LoginView.class.getName() + ".attempted";

    /** Puts a name into the form's user name field once the form is drawn. */
    private static final String FILL_NAME = """
            const form = this;
            let tries = 0;
            const fill = () => {
              const user = form.querySelector('#vaadinLoginUsername');
              if (!user) {
                if (tries++ < 100) {
                  requestAnimationFrame(fill);
                }
                return;
              }
              user.value = $0;
            };
            customElements.whenDefined('vaadin-login-form').then(fill);
            """;

    private final LoginForm form = new LoginForm();
    private final Paragraph notice = new Paragraph();

    final LoginI18n i18n = LoginI18n.createDefault();

    /** What the application calls itself, for the tab title. */
    private final String appName;

    LoginView(AppName appName) {
        this.appName = appName.name();
        setSizeFull();
        setAlignItems(Alignment.CENTER);
        setJustifyContentMode(JustifyContentMode.CENTER);

        i18n.getForm().setTitle("Log in");
        i18n.getForm().setUsername("User name");
        form.setI18n(i18n);
        form.setAction("login");
        form.setForgotPasswordButtonVisible(false);

        notice.setVisible(false);
        notice.addClassName("login-notice");

        add(new H1(appName.name()),
                new Paragraph("Exam preparation on " + (appName.severalOrganizations()
                        ? "international organizations: " + String.join(", ", appName.packs().stream().map(PackInfo::name).toList())
                        : "the Collective Security Treaty Organization") + "."),
                notice, form,
                new RouterLink("No account yet? Register", RegistrationView.class));
    }

    @Override
    public String getPageTitle() {
        return "Log in | " + appName;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Map<String, List<String>> parameters = event.getLocation().getQueryParameters().getParameters();
        if (parameters.containsKey("throttled")) {
            i18n.getErrorMessage().setTitle("Too many failed log-ins");
            i18n.getErrorMessage().setMessage("For this account or from your network. Wait "
                    + wait(parameters.get("throttled")) + " and try again.");
        } else {
            i18n.getErrorMessage().setTitle("Incorrect user name or password");
            i18n.getErrorMessage().setMessage(
                    "Check that you have entered the right user name and password and try again.");
        }
        form.setI18n(i18n);
        boolean failed = parameters.containsKey("error") || parameters.containsKey("throttled");
        form.setError(failed);
        // only names this browser sent or registered, never text from the address
        sessionAttribute(failed ? ATTEMPTED : REGISTERED)
                .filter(name -> failed || parameters.containsKey("registered"))
                .ifPresent(name -> form.getElement().executeJs(FILL_NAME, name));
        if (parameters.containsKey("registered")) {
            // only the name this browser registered, never text from the address
            VaadinSession session = VaadinSession.getCurrent();
            Object name = session == null ? null : session.getAttribute(REGISTERED);
            notice.setText(name instanceof String registered
                    ? "Account \"" + registered + "\" created. Log in to start."
                    : "Account created. Log in to start.");
            notice.setVisible(true);
        }
    }

    private static java.util.Optional<String> sessionAttribute(String name) {
        VaadinSession session = VaadinSession.getCurrent();
        Object value = session == null ? null : session.getAttribute(name);
        if (value == null && session != null && session.getSession() != null) {
            value = session.getSession().getAttribute(name);
        }
        return value instanceof String text && !text.isBlank() ? java.util.Optional.of(text) : java.util.Optional.empty();
    }

    /** "a minute", "3 minutes", "40 seconds": from the number of seconds the server gave, if it is one. */
    static String wait(List<String> values) {
        long seconds;
        try {
            seconds = values == null || values.isEmpty() ? 60 : Long.parseLong(values.getFirst());
        } catch (NumberFormatException notANumber) {
            seconds = 60;
        }
        seconds = Math.clamp(seconds, 1, 24 * 3600);
        if (seconds < 60) {
            return seconds + (seconds == 1 ? " second" : " seconds");
        }
        long minutes = (seconds + 59) / 60;
        return minutes == 1 ? "a minute" : minutes + " minutes";
    }
}

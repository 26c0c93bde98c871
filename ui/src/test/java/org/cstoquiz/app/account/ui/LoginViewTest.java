package org.cstoquiz.app.account.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.login.LoginForm;
import org.cstoquiz.app.base.ui.HomeViewAccess;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithAnonymousUser;
import org.springframework.test.context.ActiveProfiles;

@SpringBootTest
@ActiveProfiles("test")
class LoginViewTest extends SpringBrowserlessTest {

    @Test
    @WithAnonymousUser
    void anonymousVisitorOfTheHomePageIsSentToLogin() {
        navigate(HomeViewAccess.homeRoute(), LoginView.class);
        assertThat(getCurrentView()).isInstanceOf(LoginView.class);
    }

    @Test
    @WithAnonymousUser
    void failedLoginShowsOneGenericMessage() {
        com.vaadin.flow.component.UI.getCurrent().navigate("login", com.vaadin.flow.router.QueryParameters.of("error", ""));
        LoginForm form = $(LoginForm.class).single();
        assertThat(form.isError()).isTrue();

    }

    @Test
    @WithAnonymousUser
    void freshLoginPageShowsNoError() {
        navigate(LoginView.class);
        assertThat($(LoginForm.class).single().isError()).isFalse();
    }

    @Test
    @WithAnonymousUser
    void withSeveralOrganizationsLoadedTheLoginPageNamesNoSingleOne() {
        navigate(LoginView.class);
        assertThat($(com.vaadin.flow.component.html.H1.class).single().getText()).isEqualTo("Organizations Quiz");
        assertThat(com.vaadin.flow.component.UI.getCurrent().getInternals().getTitle()).isEqualTo("Log in | Organizations Quiz");
        assertThat($(Paragraph.class).first().getText()).contains("Collective Security Treaty Organization")
                .doesNotStartWith("Exam preparation on the Collective");
    }

    @Test
    @WithAnonymousUser
    void theAccountJustRegisteredInThisBrowserIsAnnouncedByName() {
        com.vaadin.flow.server.VaadinSession.getCurrent().setAttribute(LoginView.REGISTERED, "zoe");
        com.vaadin.flow.component.UI.getCurrent().navigate("login", com.vaadin.flow.router.QueryParameters.of("registered", ""));
        assertThat($(Paragraph.class).withText("Account \"zoe\" created. Log in to start.").exists()).isTrue();
    }

    @Test
    @WithAnonymousUser
    void textInTheAddressIsNeverShownAsAnAccountName() {
        com.vaadin.flow.component.UI.getCurrent().navigate("login",
                com.vaadin.flow.router.QueryParameters.of("registered", "Your account was hacked, call 555-0100"));
        assertThat($(Paragraph.class).withText("Account created. Log in to start.").exists()).isTrue();
        assertThat($(Paragraph.class).withTextContaining("hacked").exists()).isFalse();
    }

    @Test
    @WithAnonymousUser
    void aThrottledLoginSaysHowLongToWait() {
        com.vaadin.flow.component.UI.getCurrent().navigate("login", com.vaadin.flow.router.QueryParameters.of("throttled", "90"));
        LoginForm form = $(LoginForm.class).single();
        assertThat(form.isError()).isTrue();
        assertThat(((LoginView) getCurrentView()).i18n.getErrorMessage().getTitle()).isEqualTo("Too many failed log-ins");
        assertThat(((LoginView) getCurrentView()).i18n.getErrorMessage().getMessage()).contains("Wait 2 minutes");
        assertThat(LoginView.wait(java.util.List.of("<b>soon</b>"))).isEqualTo("a minute");
        assertThat(LoginView.wait(java.util.List.of("20"))).isEqualTo("20 seconds");
    }
}

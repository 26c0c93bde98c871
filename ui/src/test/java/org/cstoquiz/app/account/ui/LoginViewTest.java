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
    void newAccountIsAnnounced() {
        com.vaadin.flow.component.UI.getCurrent().navigate("login", com.vaadin.flow.router.QueryParameters.of("registered", "zoe"));
        assertThat($(Paragraph.class).withTextContaining("\"zoe\" created").exists()).isTrue();
    }
}

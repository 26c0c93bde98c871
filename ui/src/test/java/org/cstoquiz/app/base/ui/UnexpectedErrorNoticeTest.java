package org.cstoquiz.app.base.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.server.ErrorEvent;
import com.vaadin.flow.server.VaadinSession;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.ActiveProfiles;

@SpringBootTest
@ActiveProfiles("test")
class UnexpectedErrorNoticeTest extends SpringBrowserlessTest {

    private void failInTheSession(Throwable failure) {
        VaadinSession.getCurrent().getErrorHandler().error(new ErrorEvent(failure));
    }

    private String notice() {
        return $(Notification.class).single().getChildren()
                .flatMap(c -> c.getChildren()).filter(Span.class::isInstance)
                .map(c -> ((Span) c).getText()).findFirst().orElseThrow();
    }

    @Test
    @WithMockUser(username = "lena", roles = "LEARNER")
    void aFailedWriteSaysInThePageThatNothingWasSaved() {
        navigate(HomeView.class);
        failInTheSession(new RuntimeException("while answering",
                new DataAccessResourceFailureException("The database has been closed")));
        assertThat(notice()).startsWith("That was not saved").containsPattern("reference [0-9A-F]{8}");
    }

    @Test
    @WithMockUser(username = "lena", roles = "LEARNER")
    void anyOtherFailureIsReportedToo() {
        navigate(HomeView.class);
        failInTheSession(new IllegalStateException("boom"));
        assertThat(notice()).startsWith("Something went wrong").doesNotContain("boom");
    }

    @Test
    @WithMockUser(username = "lena", roles = "LEARNER")
    void anActionTheAccountMayNoLongerTakeSaysSo() {
        navigate(HomeView.class);
        failInTheSession(new org.springframework.security.authorization.AuthorizationDeniedException("Access Denied"));
        assertThat(notice()).startsWith("That was not done: your account is not allowed to do it")
                .contains("Reload the page");
    }

    @Test
    @WithMockUser(username = "lena", roles = "LEARNER")
    void aBrowserThatWentAwayIsToldNothing() {
        navigate(HomeView.class);
        failInTheSession(new RuntimeException(new org.apache.catalina.connector.ClientAbortException(
                new java.io.IOException("Broken pipe"))));
        assertThat($(Notification.class).all()).isEmpty();
    }

    @Test
    @WithMockUser(username = "lena", roles = "LEARNER")
    void aPageNoLongerInItsSessionIsLeftAloneWithoutAFurtherError() {
        navigate(HomeView.class);
        var handler = VaadinSession.getCurrent().getErrorHandler();
        var ui = com.vaadin.flow.component.UI.getCurrent();
        ui.getInternals().setSession(null); // as when the session ends while a request is handled
        try {
            handler.error(new ErrorEvent(new IllegalStateException("late")));
        } finally {
            ui.getInternals().setSession(VaadinSession.getCurrent());
        }
        assertThat(ui.getSession()).isNotNull();
    }
}

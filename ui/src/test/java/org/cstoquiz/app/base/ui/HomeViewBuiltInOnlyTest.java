package org.cstoquiz.app.base.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.ActiveProfiles;

/** With the built-in pack alone, the application is the CSTO Quiz and asks no one to choose an organization. */
@SpringBootTest(properties = "csto-quiz.packs-dir=")
@ActiveProfiles("test")
@WithMockUser(username = "lena", roles = "LEARNER")
class HomeViewBuiltInOnlyTest extends SpringBrowserlessTest {

    @Test
    void theAppAndTheHomePageSpeakOfTheCsto() {
        navigate(HomeView.class);
        assertThat($(Span.class).withCondition(span -> span.hasClassName("app-name")).single().getText())
                .isEqualTo("CSTO Quiz");
        assertThat($(H1.class).single().getText()).isEqualTo("Prepare for your exam on the CSTO");
        assertThat(UI.getCurrent().getInternals().getTitle()).isEqualTo("Home | CSTO Quiz");
    }

    @Test
    void thePracticeFormOffersNoOrganization() {
        UI.getCurrent().navigate("practice");
        assertThat($(Select.class).withCaption("Organization").exists()
                && $(Select.class).withCaption("Organization").single().isVisible()).isFalse();
        assertThat($(Select.class).withCaption("Scoring").single().isVisible()).isTrue();
    }
}

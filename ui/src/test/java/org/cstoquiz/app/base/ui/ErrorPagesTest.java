package org.cstoquiz.app.base.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.router.RouterLink;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.ActiveProfiles;

/** A mistyped address and an instructor's page opened by a learner: a page in the layout that says so and leads home. */
@SpringBootTest
@ActiveProfiles("test")
class ErrorPagesTest extends SpringBrowserlessTest {

    private void assertSaysAndLeadsHome(String heading, String text) {
        assertThat($(H2.class).withText(heading).exists()).isTrue();
        assertThat($(Paragraph.class).withText(text).exists()).isTrue();
        assertThat($(RouterLink.class).withText("Go to the home page").single().getHref()).isEmpty();
        assertThat($(SideNav.class).exists()).as("inside the layout, with its menu").isTrue();
    }

    @Test
    @WithMockUser(username = "lena", roles = "LEARNER")
    void aMistypedAddressSaysThereIsNoSuchPage() {
        UI.getCurrent().navigate("practise");
        assertThat(getCurrentView()).isInstanceOf(NotFoundView.class);
        assertSaysAndLeadsHome("Page not found", "There is no page at “/practise”. The address may be mistyped, or "
                + "the link that led here may be out of date.");
    }

    @Test
    @WithMockUser(username = "lena", roles = "LEARNER")
    void anInstructorsPageOpenedByALearnerSaysItIsForInstructors() {
        UI.getCurrent().navigate("bank");
        assertThat(getCurrentView()).isInstanceOf(AccessDeniedView.class);
        assertSaysAndLeadsHome("This page is not for your account", "“/bank” is open to instructors only. If you "
                + "need it, ask an instructor to give your account that role under Accounts.");
    }
}

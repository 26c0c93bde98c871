package org.cstoquiz.app.base.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.ActiveProfiles;

@SpringBootTest
@ActiveProfiles("test")
class MainLayoutTest extends SpringBrowserlessTest {

    private List<String> menuLabels() {
        SideNav nav = $(SideNav.class).single();
        return nav.getItems().stream().map(SideNavItem::getLabel).toList();
    }

    @Test
    @WithMockUser(username = "lena", roles = "LEARNER")
    void learnerSeesTheHomePageAndNoInstructorEntries() {
        navigate(HomeView.class);
        assertThat($(H1.class).withTextContaining("Prepare for your exam").exists()).isTrue();
        assertThat(menuLabels()).contains("Home").doesNotContain("Accounts");
        assertThat($(Span.class).withText("lena · Learner").exists()).isTrue();
    }

    @Test
    @WithMockUser(username = "lena", roles = "LEARNER")
    void withAnotherPackLoadedNeitherTheAppNorTheHomePageClaimsASingleOrganization() {
        navigate(HomeView.class);
        assertThat($(Span.class).withCondition(span -> span.hasClassName("app-name")).single().getText())
                .isEqualTo("Organizations Quiz");
        assertThat($(H1.class).single().getText()).isEqualTo("Prepare for your exam on international organizations");
        assertThat($(com.vaadin.flow.component.html.Paragraph.class).first().getText())
                .contains("Collective Security Treaty Organization, ").doesNotContain("CSTO Quiz");
        assertThat(com.vaadin.flow.component.UI.getCurrent().getInternals().getTitle()).isEqualTo("Home | Organizations Quiz");
    }

    @Test
    @WithMockUser(username = "lena", roles = "LEARNER")
    void withAnotherPackLoadedEveryScreensTabNamesTheAppItIsThen() {
        for (String screen : List.of("study", "tests", "review")) {
            com.vaadin.flow.component.UI.getCurrent().navigate(screen);
            roundTrip();
            assertThat(com.vaadin.flow.component.UI.getCurrent().getInternals().getTitle()).as(screen)
                    .endsWith(" | Organizations Quiz").doesNotContain("CSTO Quiz");
        }
    }

    @Test
    @WithMockUser(username = "lena", roles = "LEARNER")
    void theHomePageOffersOnlyFeaturesThatAreInTheMenu() {
        navigate(HomeView.class);
        List<String> menuPaths = $(SideNav.class).single().getItems().stream().map(SideNavItem::getPath).toList();
        List<Anchor> offered = $(Anchor.class).all().stream()
                .filter(a -> a.getParent().filter(ListItem.class::isInstance).isPresent()).toList();
        assertThat(offered).isNotEmpty();
        for (Anchor anchor : offered) {
            assertThat(menuPaths).as(anchor.getText()).contains(anchor.getHref());
            assertThat(menuLabels()).contains(anchor.getText());
        }
    }

    @Test
    @WithMockUser(username = "ivan", roles = "INSTRUCTOR")
    void instructorAlsoSeesAccountManagement() {
        navigate(HomeView.class);
        assertThat(menuLabels()).contains("Home", "Accounts");
        assertThat($(Span.class).withText("ivan · Instructor").exists()).isTrue();
    }
}

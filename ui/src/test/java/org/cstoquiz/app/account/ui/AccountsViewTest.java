package org.cstoquiz.app.account.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import org.cstoquiz.app.account.AccountService;
import org.cstoquiz.app.account.RegistrationRequest;
import org.cstoquiz.app.account.Role;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.ActiveProfiles;

@SpringBootTest
@ActiveProfiles("test")
class AccountsViewTest extends SpringBrowserlessTest {

    @Autowired
    AccountService accounts;

    @Test
    @WithMockUser(username = "acc-admin", roles = "INSTRUCTOR")
    void instructorPromotesALearner() {
        accounts.register(new RegistrationRequest("acc-first", "long enough password", "long enough password"));
        accounts.register(new RegistrationRequest("acc-learner", "long enough password", "long enough password"));
        // Whichever ran first on this shared database became an instructor; keep one that is not acc-learner.
        accounts.changeRole(accounts.findByUsername("acc-first").orElseThrow().id(), Role.INSTRUCTOR);
        accounts.changeRole(accounts.findByUsername("acc-learner").orElseThrow().id(), Role.LEARNER);
        navigate(AccountsView.class);

        var grid = test($(Grid.class).single());
        int row = rowOf(grid, "acc-learner");
        assertThat(grid.getCellText(row, grid.getColumnPosition("Role"))).isEqualTo("Learner");
        Button change = (Button) grid.getCellComponent(row, grid.getColumnPosition("Change role"));
        assertThat(change.getText()).isEqualTo("Make instructor");

        test(change).click();

        assertThat(accounts.findByUsername("acc-learner").orElseThrow().role()).isEqualTo(Role.INSTRUCTOR);
        row = rowOf(grid, "acc-learner");
        assertThat(grid.getCellText(row, grid.getColumnPosition("Role"))).isEqualTo("Instructor");
    }

    private static int rowOf(com.vaadin.flow.component.grid.GridTester<?, ?> grid, String username) {
        for (int i = 0; i < grid.size(); i++) {
            if (grid.getCellText(i, grid.getColumnPosition("User name")).equals(username)) {
                return i;
            }
        }
        throw new AssertionError(username + " is not listed");
    }

    @Test
    @WithMockUser(username = "acc-plain", roles = "LEARNER")
    void learnerCannotOpenAccountManagement() {
        assertThatThrownBy(() -> navigate(AccountsView.class))
                .hasMessageContaining("AccountsView");
    }
}

package org.cstoquiz.app.account.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
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

        assertThat(change.getElement().getAttribute("aria-label")).isEqualTo("Make instructor: acc-learner");
        test(change).click();
        ConfirmDialog confirm = $(ConfirmDialog.class).single();
        assertThat(test(confirm).getHeader()).isEqualTo("Make acc-learner an instructor?");
        assertThat(accounts.findByUsername("acc-learner").orElseThrow().role()).as("not before confirming")
                .isEqualTo(Role.LEARNER);
        test(confirm).confirm();

        assertThat(accounts.findByUsername("acc-learner").orElseThrow().role()).isEqualTo(Role.INSTRUCTOR);
        row = rowOf(grid, "acc-learner");
        assertThat(grid.getCellText(row, grid.getColumnPosition("Role"))).isEqualTo("Instructor");
    }

    @Test
    @WithMockUser(username = "acc-admin", roles = "INSTRUCTOR")
    void instructorFindsALearnerSuspendsThemAndLetsThemBackIn() {
        accounts.register(new RegistrationRequest("acc-sus-one", "long enough password", "long enough password"));
        accounts.register(new RegistrationRequest("acc-other", "long enough password", "long enough password"));
        long id = accounts.findByUsername("acc-sus-one").orElseThrow().id();
        accounts.changeRole(id, Role.LEARNER);
        navigate(AccountsView.class);

        test($(TextField.class).withCaption("Search").single()).setValue("SUS-ON");
        var grid = test($(Grid.class).single());
        assertThat(grid.size()).isEqualTo(1);
        assertThat(grid.getCellText(0, grid.getColumnPosition("User name"))).isEqualTo("acc-sus-one");
        assertThat(grid.getCellText(0, grid.getColumnPosition("Status"))).isEqualTo("Active");
        assertThat($(Span.class).withText("1 account").exists()).isTrue();

        Button suspend = (Button) grid.getCellComponent(0, grid.getColumnPosition("Access"));
        assertThat(suspend.getElement().getAttribute("aria-label")).isEqualTo("Suspend: acc-sus-one");
        test(suspend).click();
        ConfirmDialog confirm = $(ConfirmDialog.class).single();
        assertThat(test(confirm).getHeader()).isEqualTo("Suspend acc-sus-one?");
        assertThat(test(confirm).getText()).contains("will not be able to log in");
        test(confirm).cancel();
        assertThat(accounts.findByUsername("acc-sus-one").orElseThrow().suspended()).as("cancelled").isFalse();

        test(suspend).click();
        test($(ConfirmDialog.class).last()).confirm();
        assertThat(accounts.findByUsername("acc-sus-one").orElseThrow().suspended()).isTrue();
        assertThat(grid.getCellText(0, grid.getColumnPosition("Status"))).isEqualTo("Suspended");
        assertThat(test($(Notification.class).last()).getText()).isEqualTo("acc-sus-one is suspended.");

        Button reactivate = (Button) grid.getCellComponent(0, grid.getColumnPosition("Access"));
        assertThat(reactivate.getText()).isEqualTo("Reactivate");
        test(reactivate).click();
        assertThat(accounts.findByUsername("acc-sus-one").orElseThrow().suspended()).isFalse();
        assertThat(grid.getCellText(0, grid.getColumnPosition("Status"))).isEqualTo("Active");

        test($(TextField.class).withCaption("Search").single()).setValue("no such name");
        assertThat(grid.size()).isZero();
        assertThat($(Span.class).withText("0 accounts").exists()).isTrue();
    }

    @Test
    @WithMockUser(username = "acc-admin", roles = "INSTRUCTOR")
    void theLastInstructorCannotBeSuspendedAndIsToldWhy() {
        accounts.register(new RegistrationRequest("acc-solo", "long enough password", "long enough password"));
        long solo = accounts.findByUsername("acc-solo").orElseThrow().id();
        accounts.changeRole(solo, Role.INSTRUCTOR);
        List<Long> others = accounts.listAccounts().stream()
                .filter(a -> a.id() != solo && a.role() == Role.INSTRUCTOR && !a.suspended()).map(a -> a.id()).toList();
        others.forEach(id -> accounts.changeRole(id, Role.LEARNER));
        try {
            suspendingTheOnlyInstructorIsRefused();
        } finally {
            others.forEach(id -> accounts.changeRole(id, Role.INSTRUCTOR));
        }
    }

    private void suspendingTheOnlyInstructorIsRefused() {
        navigate(AccountsView.class);
        test($(TextField.class).withCaption("Search").single()).setValue("acc-solo");
        var grid = test($(Grid.class).single());

        test((Button) grid.getCellComponent(0, grid.getColumnPosition("Access"))).click();
        test($(ConfirmDialog.class).last()).confirm();

        assertThat(test($(Notification.class).last()).getText())
                .isEqualTo("\"acc-solo\" is the last instructor; promote someone else first.");
        assertThat(accounts.findByUsername("acc-solo").orElseThrow().suspended()).isFalse();
        assertThat(grid.getCellText(0, grid.getColumnPosition("Status"))).isEqualTo("Active");
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

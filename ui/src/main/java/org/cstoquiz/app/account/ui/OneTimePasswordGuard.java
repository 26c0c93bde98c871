package org.cstoquiz.app.account.ui;

import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import java.util.Set;
import org.cstoquiz.app.account.AccountService;
import org.cstoquiz.app.account.AccountStanding;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * Someone who logged in with a one-time password reaches no screen but the one where they choose a
 * new password (and the login and registration pages), whatever address they open; the account as
 * stored decides, at every navigation.
 */
@Component
class OneTimePasswordGuard implements VaadinServiceInitListener {

    private static final Set<Class<?>> ALLOWED = Set.of(ChooseNewPasswordView.class, LoginView.class, RegistrationView.class);

    private final AccountService accounts;

    OneTimePasswordGuard(AccountService accounts) {
        this.accounts = accounts;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(init -> init.getUI().addBeforeEnterListener(this::check));
    }

    private void check(BeforeEnterEvent event) {
        if (ALLOWED.contains(event.getNavigationTarget())) {
            return;
        }
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null || authentication instanceof AnonymousAuthenticationToken
                || !authentication.isAuthenticated()) {
            return;
        }
        if (accounts.standing(authentication.getName()).filter(AccountStanding::mustChangePassword).isPresent()) {
            event.rerouteTo(ChooseNewPasswordView.class);
        }
    }
}

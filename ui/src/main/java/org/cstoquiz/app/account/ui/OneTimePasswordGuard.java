package org.cstoquiz.app.account.ui;

import com.vaadin.flow.router.BeforeEnterEvent;
import org.cstoquiz.app.session.Injected;
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

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(init -> init.getUI().addBeforeEnterListener(OneTimePasswordGuard::check));
    }

    /** Kept by every UI, so saved with the session: it holds nothing and looks the service up. */
    private static void check(BeforeEnterEvent event) {
        if (ALLOWED.contains(event.getNavigationTarget())) {
            return;
        }
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null || authentication instanceof AnonymousAuthenticationToken
                || !authentication.isAuthenticated()) {
            return;
        }
        if (Injected.lookUp(AccountService.class).standing(authentication.getName()).filter(AccountStanding::mustChangePassword).isPresent()) {
            event.rerouteTo(ChooseNewPasswordView.class);
        }
    }
}

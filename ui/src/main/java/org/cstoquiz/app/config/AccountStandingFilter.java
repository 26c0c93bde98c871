package org.cstoquiz.app.config;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.util.List;
import java.util.Optional;
import org.cstoquiz.app.account.AccountService;
import org.cstoquiz.app.account.AccountStanding;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Rights follow the account, at once and everywhere: on every request of a logged-in session, the
 * account's role and suspension are read from the database (one lookup by the unique name key). A
 * changed role replaces the session's authorities before anything is authorised; a suspended or
 * deleted account's session ends there and then. This holds for every session of the account, on
 * every instance, since nothing is cached.
 *
 * <p>A session remembers the account's session generation it began under; a password reset counts
 * the generation up, so every session opened before the reset ends too. While the account's owner
 * must choose a new password (after a reset), the session has no role at all, so nothing that needs
 * one (the API, instructors' screens and services) answers; the screens send them to the page where
 * they choose it (see the account feature's navigation guard).
 */
final class AccountStandingFilter extends OncePerRequestFilter {

    static final String GENERATION = AccountStandingFilter.class.getName() + ".generation";

    private final AccountService accounts;
    private final Sessions lifetimes;
    private final SecurityContextRepository sessions = new HttpSessionSecurityContextRepository();

    AccountStandingFilter(AccountService accounts, Sessions lifetimes) {
        this.accounts = accounts;
        this.lifetimes = lifetimes;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        SecurityContextHolderStrategy holder = SecurityContextHolder.getContextHolderStrategy();
        HttpSession session = request.getSession(false);
        Authentication authentication = holder.getContext().getAuthentication();
        if (session != null && authentication instanceof UsernamePasswordAuthenticationToken login
                && login.isAuthenticated()) {
            Optional<AccountStanding> standing = accounts.standing(login.getName());
            if (standing.isEmpty() || standing.get().suspended() || !sameGeneration(session, standing.get())) {
                holder.clearContext();
                session.invalidate();
            } else {
                List<GrantedAuthority> authorities = List.of(
                        new SimpleGrantedAuthority("ROLE_" + AccountService.effectiveRole(standing.get())));
                if (!Sessions.sameAuthorities(login.getAuthorities(), authorities)) {
                    replace(holder, login, authorities, request, response);
                }
                lifetimes.loggedIn(session);
            }
        }
        chain.doFilter(request, response);
    }

    /** Whether the session began under the account's current generation; a new session is stamped with it. */
    private static boolean sameGeneration(HttpSession session, AccountStanding standing) {
        Object began = session.getAttribute(GENERATION);
        if (began == null) {
            session.setAttribute(GENERATION, standing.sessionGeneration());
            return true;
        }
        return began.equals(standing.sessionGeneration());
    }

    private void replace(SecurityContextHolderStrategy holder, UsernamePasswordAuthenticationToken login, List<GrantedAuthority> authorities,
                         HttpServletRequest request, HttpServletResponse response) {
        Object principal = login.getPrincipal() instanceof User user
                ? User.withUserDetails(user).authorities(authorities).password("").build()
                : login.getPrincipal();
        UsernamePasswordAuthenticationToken updated =
                UsernamePasswordAuthenticationToken.authenticated(principal, null, authorities);
        updated.setDetails(login.getDetails());
        SecurityContext context = holder.createEmptyContext();
        context.setAuthentication(updated);
        holder.setContext(context);
        sessions.saveContext(context, request, response);
    }
}

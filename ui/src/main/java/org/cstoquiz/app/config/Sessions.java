package org.cstoquiz.app.config;

import jakarta.servlet.http.HttpSession;
import jakarta.servlet.http.HttpSessionEvent;
import jakarta.servlet.http.HttpSessionListener;
import java.time.Duration;
import java.util.Collection;
import java.util.HashSet;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.stereotype.Component;

/**
 * How long a server session lives. The login and registration pages are Vaadin views, which need a
 * session; such a session, not yet logged in, lives {@code csto-quiz.sessions.anonymous-timeout}
 * (10 minutes by default; the open page's heartbeat keeps it while the page is shown). Once logged
 * in, the session lives {@code server.servlet.session.timeout} (30 minutes by default).
 */
@Component
class Sessions implements HttpSessionListener {

    private final java.util.concurrent.atomic.AtomicInteger live = new java.util.concurrent.atomic.AtomicInteger();
    private final int anonymousSeconds;
    private final int loggedInSeconds;

    Sessions(@Value("${csto-quiz.sessions.anonymous-timeout:PT10M}") Duration anonymous,
             @Value("${server.servlet.session.timeout:PT30M}") Duration loggedIn) {
        this.anonymousSeconds = (int) anonymous.toSeconds();
        this.loggedInSeconds = (int) loggedIn.toSeconds();
    }

    @Override
    public void sessionCreated(HttpSessionEvent event) {
        event.getSession().setMaxInactiveInterval(anonymousSeconds);
        live.incrementAndGet();
    }

    @Override
    public void sessionDestroyed(HttpSessionEvent event) {
        live.decrementAndGet();
    }

    /** How many server sessions exist now. */
    int live() {
        return live.get();
    }

    /** A logged-in session gets the full lifetime. */
    void loggedIn(HttpSession session) {
        if (session.getMaxInactiveInterval() != loggedInSeconds) {
            session.setMaxInactiveInterval(loggedInSeconds);
        }
    }

    static boolean sameAuthorities(Collection<? extends GrantedAuthority> a, Collection<? extends GrantedAuthority> b) {
        return authorityNames(a).equals(authorityNames(b));
    }

    private static HashSet<String> authorityNames(Collection<? extends GrantedAuthority> authorities) {
        HashSet<String> names = new HashSet<>();
        authorities.forEach(authority -> names.add(authority.getAuthority()));
        return names;
    }
}

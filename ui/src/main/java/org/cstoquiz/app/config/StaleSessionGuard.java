package org.cstoquiz.app.config;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Keeps requests that need no session from starting one: a static resource (icons, manifest,
 * favicon, the offline page, robots.txt, error pages) asked for without a valid session, and a
 * request that still carries the session id a login has just replaced.
 *
 * <p>Logging in gives the session a new id (against session fixation). A request the browser sent
 * from the login page a moment before (the manifest icons, a favicon, the page's unload beacon) can
 * reach a busy server after that, find no session under the old id and, where the Vaadin servlet
 * serves it, start an empty one. Its cookie then replaces the logged-in one, and the user is shown
 * the login page again with no error. A request made by a page for a part of it (not a navigation,
 * by its {@code Sec-Fetch-Mode}) that arrives with an id no longer valid therefore gets no new
 * session; a navigation still starts one, which is how an expired session begins anew.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class StaleSessionGuard extends OncePerRequestFilter {

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        boolean anonymousStatic = isAnonymousStaticResource(request);
        try {
            chain.doFilter(isStaleSubresource(request) ? new NoNewSession(request) : request, response);
        } finally {
            // Vaadin serves some of these (the PWA icons and manifest) through a session: end it now
            HttpSession created = anonymousStatic ? request.getSession(false) : null;
            if (created != null && created.isNew()) {
                created.invalidate();
            }
        }
    }

    private static final java.util.regex.Pattern STATIC_RESOURCE = java.util.regex.Pattern.compile(
            "/(icons/.*|images/.*|favicon\\.ico|manifest\\.webmanifest|offline\\.html|offline-stub\\.html"
                    + "|sw\\.js|sw-runtime-resources-precache\\.js|robots\\.txt|error|VAADIN/build/.*|VAADIN/static/.*)");

    /** Anonymous requests for a static resource leave no session behind. */
    private static boolean isAnonymousStaticResource(HttpServletRequest request) {
        if (request.getRequestedSessionId() != null && request.isRequestedSessionIdValid()) {
            return false;
        }
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return STATIC_RESOURCE.matcher(path).matches();
    }

    /** The favicon the browser asks for can end in the error page, which must not start a session either. */
    @Override
    protected boolean shouldNotFilterErrorDispatch() {
        return false;
    }

    private static boolean isStaleSubresource(HttpServletRequest request) {
        String mode = request.getHeader("Sec-Fetch-Mode");
        return mode != null && !mode.equals("navigate")
                && request.getRequestedSessionId() != null && !request.isRequestedSessionIdValid();
    }

    private static final class NoNewSession extends HttpServletRequestWrapper {

        NoNewSession(HttpServletRequest request) {
            super(request);
        }

        @Override
        public HttpSession getSession() {
            return getSession(true);
        }

        @Override
        public HttpSession getSession(boolean create) {
            return super.getSession(false);
        }
    }
}

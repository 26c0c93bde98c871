package org.cstoquiz.app.config;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Optional;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses a login attempt, before its password is checked, while {@link LoginThrottle} says to wait:
 * the login form gets the login page back with the time to wait; an HTTP Basic request gets 429 with
 * {@code Retry-After} and a JSON error.
 */
final class LoginThrottleFilter extends OncePerRequestFilter {

    private final LoginThrottle throttle;

    LoginThrottleFilter(LoginThrottle throttle) {
        this.throttle = throttle;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Optional<String> username = formLogin(request).or(() -> basicLogin(request));
        Optional<Duration> wait = username.flatMap(name -> throttle.wait(name, request.getRemoteAddr()));
        if (wait.isEmpty()) {
            chain.doFilter(request, response);
            return;
        }
        long seconds = Math.max(1, wait.get().toSeconds() + (wait.get().toMillisPart() > 0 ? 1 : 0));
        if (formLogin(request).isPresent()) {
            response.sendRedirect(request.getContextPath() + "/login?throttled=" + seconds);
        } else {
            response.setStatus(429);
            response.setHeader("Retry-After", String.valueOf(seconds));
            response.setContentType("application/json");
            response.setCharacterEncoding("UTF-8");
            response.getWriter().write("{\"error\":\"too many failed logins; try again in " + seconds + " seconds\"}");
        }
    }

    private static Optional<String> formLogin(HttpServletRequest request) {
        if ("POST".equals(request.getMethod()) && "/login".equals(request.getRequestURI().substring(request.getContextPath().length()))) {
            return Optional.ofNullable(request.getParameter("username"));
        }
        return Optional.empty();
    }

    private static Optional<String> basicLogin(HttpServletRequest request) {
        String header = request.getHeader("Authorization");
        if (header == null || !header.regionMatches(true, 0, "Basic ", 0, 6)) {
            return Optional.empty();
        }
        try {
            String decoded = new String(Base64.getDecoder().decode(header.substring(6).strip()), StandardCharsets.UTF_8);
            int colon = decoded.indexOf(':');
            return Optional.of(colon < 0 ? decoded : decoded.substring(0, colon));
        } catch (IllegalArgumentException notBase64) {
            return Optional.empty();
        }
    }
}

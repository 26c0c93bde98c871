package org.cstoquiz.app.config;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import org.cstoquiz.app.account.ui.LoginView;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Keeps the user name of a login attempt in the login page's session, so that a page sent back
 * after a wrong password shows the name again and only the password has to be typed anew. Nothing
 * is kept without a session (it starts none), and only what this browser sent.
 */
class AttemptedLoginName extends OncePerRequestFilter {

    private static final int LONGEST = 64;

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if ("POST".equals(request.getMethod())
                && "/login".equals(request.getRequestURI().substring(request.getContextPath().length()))) {
            HttpSession session = request.getSession(false);
            String name = request.getParameter("username");
            if (session != null && name != null) {
                String kept = name.strip();
                session.setAttribute(LoginView.ATTEMPTED, kept.length() > LONGEST ? kept.substring(0, LONGEST) : kept);
            }
        }
        chain.doFilter(request, response);
    }
}

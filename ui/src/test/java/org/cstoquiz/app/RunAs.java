package org.cstoquiz.app;

import java.util.List;
import java.util.function.Supplier;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;

/** Calls a service as an instructor or a learner would, for setting up what a test needs. */
public final class RunAs {

    private RunAs() {
    }

    public static <T> T instructor(Supplier<T> work) {
        return as("test-setup", "ROLE_INSTRUCTOR", work);
    }

    /** Runs {@code work} signed in as the learner {@code username}. */
    public static void learner(String username, Runnable work) {
        as(username, "ROLE_LEARNER", () -> {
            work.run();
            return null;
        });
    }

    /** Runs {@code work} signed in as the learner {@code username}, and returns what it returns. */
    public static <T> T learner(String username, Supplier<T> work) {
        return as(username, "ROLE_LEARNER", work);
    }

    private static <T> T as(String username, String role, Supplier<T> work) {
        SecurityContext previous = SecurityContextHolder.getContext();
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(username, null,
                List.of(new SimpleGrantedAuthority(role))));
        SecurityContextHolder.setContext(context);
        try {
            return work.get();
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }
}

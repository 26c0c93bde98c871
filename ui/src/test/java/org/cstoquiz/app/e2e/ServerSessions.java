package org.cstoquiz.app.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.server.VaadinSession;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import org.apache.catalina.Context;
import org.apache.catalina.Manager;
import org.apache.catalina.Session;
import org.springframework.boot.tomcat.TomcatWebServer;
import org.springframework.boot.web.server.servlet.context.ServletWebServerApplicationContext;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;

/** The server's own sessions, as Tomcat holds them, of the application a journey runs against. */
final class ServerSessions {

    private ServerSessions() {
    }

    static Manager manager(ServletWebServerApplicationContext context) {
        TomcatWebServer server = (TomcatWebServer) context.getWebServer();
        Context webapp = (Context) server.getTomcat().getHost().findChildren()[0];
        return webapp.getManager();
    }

    /** The one server session logged in as {@code user}. */
    static Session sessionOf(ServletWebServerApplicationContext context, String user) {
        List<Session> found = Arrays.stream(manager(context).findSessions())
                .filter(session -> session.getSession().getAttribute(
                        HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY) instanceof SecurityContext security
                        && security.getAuthentication() != null && user.equals(security.getAuthentication().getName()))
                .toList();
        assertThat(found).as("server sessions of " + user).hasSize(1);
        return found.getFirst();
    }

    /** The Vaadin session kept in {@code user}'s server session. */
    static VaadinSession vaadinSessionOf(ServletWebServerApplicationContext context, String user) {
        Session session = sessionOf(context, user);
        return Collections.list(session.getSession().getAttributeNames()).stream()
                .map(name -> session.getSession().getAttribute(name))
                .filter(VaadinSession.class::isInstance).map(VaadinSession.class::cast)
                .findFirst().orElseThrow(() -> new AssertionError("no Vaadin session for " + user));
    }

    /** The paths of the pages the Vaadin session holds a UI for, read under its lock. */
    static List<String> openPages(VaadinSession session) {
        session.lock();
        try {
            return session.getUIs().stream()
                    .map(ui -> ui.getInternals().getActiveViewLocation().getPath())
                    .sorted().toList();
        } finally {
            session.unlock();
        }
    }
}

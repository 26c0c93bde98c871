package org.cstoquiz.app.config;

import java.io.IOException;
import java.io.ObjectOutputStream;
import java.io.OutputStream;
import java.util.Collections;
import org.apache.catalina.Session;
import org.apache.catalina.session.StandardManager;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.stereotype.Component;

/**
 * Keeps one session that cannot be written from costing everyone theirs. The sessions are written to
 * the data directory, one after the other in a single file, when the server stops, and read back when
 * it starts ({@code server.servlet.session.persistent}). A session with a part that cannot be
 * written would leave the file unreadable from that session on, and every session after it would be
 * lost. So each session is tried first: one that cannot be written is ended (its user logs in again
 * after the restart) and named in the log with the part, and the others are written as usual.
 */
@Component
class SessionStore implements WebServerFactoryCustomizer<TomcatServletWebServerFactory> {

    private static final Logger log = LoggerFactory.getLogger(SessionStore.class);

    @Override
    public void customize(TomcatServletWebServerFactory factory) {
        factory.addContextCustomizers(context -> {
            if (context.getManager() instanceof StandardManager standard && !(standard instanceof WritableSessionsOnly)) {
                WritableSessionsOnly manager = new WritableSessionsOnly();
                manager.setPathname(standard.getPathname());
                context.setManager(manager);
            }
        });
    }

    /** Tomcat's own session manager, which writes only the sessions it can write whole. */
    static final class WritableSessionsOnly extends StandardManager {

        @Override
        public void unload() throws IOException {
            for (Session session : findSessions()) {
                String problem = unwritable(session);
                if (problem != null) {
                    log.warn("A session is not kept over the restart (its user logs in again): {}", problem);
                    session.expire();
                }
            }
            super.unload();
        }

        /** Why the session's attributes cannot be written, or null when they can. */
        static String unwritable(Session session) {
            if (!session.isValid()) {
                return null;
            }
            for (String name : Collections.list(session.getSession().getAttributeNames())) {
                try (ObjectOutputStream out = new ObjectOutputStream(OutputStream.nullOutputStream())) {
                    out.writeObject(session.getSession().getAttribute(name));
                } catch (IOException | RuntimeException e) {
                    return "attribute " + name + ": " + e;
                }
            }
            return null;
        }
    }
}

package org.cstoquiz.app.base.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.server.ErrorEvent;
import com.vaadin.flow.server.ErrorHandler;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import jakarta.persistence.PersistenceException;
import java.sql.SQLException;
import org.apache.catalina.connector.ClientAbortException;
import java.util.HexFormat;
import java.util.concurrent.ThreadLocalRandom;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.TransactionException;

/**
 * What the user sees when an action fails on the server: a message in the page, never silence.
 * A failed write says that nothing was saved, so the user knows to try again; every failure gets a
 * reference that is also in the log, so a report can be matched to its cause.
 */
@Component
public class UnexpectedErrorNotice implements VaadinServiceInitListener, ErrorHandler {

    private static final Logger log = LoggerFactory.getLogger(UnexpectedErrorNotice.class);

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addSessionInitListener(init -> init.getSession().setErrorHandler(this));
    }

    @Override
    public void error(ErrorEvent event) {
        Throwable failure = event.getThrowable();
        if (causedBy(failure, ClientAbortException.class)) {
            // the browser went away (a closed tab, a reload) while the answer was sent: no one to tell
            log.debug("The client closed the connection before the response was written", failure);
            return;
        }
        String reference = HexFormat.of().toHexDigits(ThreadLocalRandom.current().nextInt()).toUpperCase();
        log.error("Unexpected error, reference {}", reference, failure);
        UI ui = UI.getCurrent();
        if (ui == null || ui.getSession() == null) {
            return;
        }
        String message = message(failure, reference);
        if (ui.getSession().hasLock()) {
            show(message);
        } else {
            ui.access(() -> show(message));
        }
    }

    static String message(Throwable failure, String reference) {
        if (causedBy(failure, AccessDeniedException.class)) {
            return "That was not done: your account is not allowed to do it (its role may have changed). "
                    + "Reload the page to see what you may do now (reference " + reference + ").";
        }
        if (isStorageFailure(failure)) {
            return "That was not saved: the server could not write to its database. Please try again; "
                    + "if it keeps failing, tell your administrator (reference " + reference + ").";
        }
        return "Something went wrong on the server and that action was not completed. Please try again; "
                + "if it keeps failing, tell your administrator (reference " + reference + ").";
    }

    private static boolean causedBy(Throwable failure, Class<? extends Throwable> kind) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (kind.isInstance(t)) {
                return true;
            }
        }
        return false;
    }

    private static boolean isStorageFailure(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof DataAccessException || t instanceof TransactionException
                    || t instanceof SQLException || t instanceof PersistenceException) {
                return true;
            }
        }
        return false;
    }

    private static void show(String message) {
        Notification notification = new Notification();
        notification.setDuration(0);
        notification.setPosition(Notification.Position.MIDDLE);
        notification.setAssertive(true);
        notification.addThemeVariants(NotificationVariant.LUMO_ERROR);
        Button close = new Button("Close", click -> notification.close());
        notification.add(new HorizontalLayout(new Span(message), close));
        notification.open();
    }
}

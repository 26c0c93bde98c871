package org.cstoquiz.app.curation.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.function.SerializableRunnable;
import org.cstoquiz.app.session.Injected;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import org.cstoquiz.app.curation.CurationException;
import org.cstoquiz.app.curation.CurationItem;
import org.cstoquiz.app.curation.CurationItem.Status;
import org.cstoquiz.app.curation.CurationService;

/**
 * What can be done with the item picked: edit or retire it, serve it again, drop its edit, keep it
 * as it is, dismiss its reports; each says what it did, or why it was refused.
 */
class CurationActions extends FlexLayout {

    private final Injected<CurationService> curation;
    private final SerializableRunnable refresh;

    CurationActions(CurationService curation, CurationItem item, SerializableRunnable refresh) {
        this.curation = Injected.of(CurationService.class, curation);
        this.refresh = refresh;
        setFlexWrap(FlexLayout.FlexWrap.WRAP);
        getStyle().set("gap", "var(--lumo-space-s)").set("margin", "var(--lumo-space-s) 0");
        boolean inBank = item.status() != Status.NOT_IN_BANK;
        if (inBank && item.status() != Status.RETIRED) {
            Button edit = new Button("Edit…", click -> new QuestionEditor(this.curation.get(), item.key(), item.question(), copy -> {
                done("Saved: the edited copy is served and exported from now on.");
            }).open());
            edit.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SMALL);
            Button retire = new Button("Retire…", click -> confirmRetire(item));
            retire.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_SMALL);
            add(edit, retire);
        }
        if (item.status() == Status.RETIRED) {
            add(small("Serve again", () -> this.curation.get().restore(item.key(), ""), "Served again."));
        }
        if (item.curation().flatMap(c -> c.edited()).isPresent() && inBank) {
            add(small("Drop the edit", () -> this.curation.get().revert(item.key(), ""),
                    "The generated question is served again; the edit stays in the history."));
        }
        if (item.stale()) {
            add(small("Keep as it is", () -> this.curation.get().markReviewed(item.key(), ""),
                    "Marked as looked at: no longer stale."));
        }
        if (!item.reports().isEmpty()) {
            add(small("Dismiss the reports", () -> this.curation.get().dismissReports(item.key()),
                    "Reports dismissed; the question is unchanged."));
        }
    }

    private Button small(String text, SerializableRunnable action, String done) {
        Button button = new Button(text, click -> {
            try {
                action.run();
                done(done);
            } catch (CurationException refused) {
                failed(refused);
            }
        });
        button.addThemeVariants(ButtonVariant.LUMO_SMALL);
        return button;
    }

    private void confirmRetire(CurationItem item) {
        ConfirmDialog confirm = new ConfirmDialog();
        confirm.setHeader("Retire this question?");
        TextField note = new TextField("Note for the history");
        note.setPlaceholder("why (optional)");
        note.setMaxLength(CurationService.MAX_NOTE);
        note.setWidthFull();
        Paragraph text = new Paragraph("“" + CurationDetail.abbreviate(item.question().stem()) + "” will never be served again, in "
                + "practice, tests, review or exports. Tests and practice already taken keep it.");
        VerticalLayout body = new VerticalLayout(text, note);
        body.setPadding(false);
        confirm.setText(body);
        confirm.setCancelable(true);
        confirm.setConfirmText("Retire");
        confirm.setConfirmButtonTheme("error primary");
        confirm.addConfirmListener(e -> {
            try {
                curation.get().retire(item.key(), note.getValue());
                done("Retired: it is never served again.");
            } catch (CurationException refused) {
                failed(refused);
            }
        });
        confirm.open();
    }

    private void done(String message) {
        Notification.show(message, 4000, Notification.Position.BOTTOM_START).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        refresh.run();
    }

    private void failed(CurationException refused) {
        Notification.show(refused.getMessage(), 5000, Notification.Position.MIDDLE).addThemeVariants(NotificationVariant.LUMO_ERROR);
        refresh.run();
    }
}

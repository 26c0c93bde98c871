package org.cstoquiz.app.classes.ui;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.function.SerializableConsumer;
import com.vaadin.flow.function.SerializableRunnable;
import org.cstoquiz.app.classes.ClassContents;
import org.cstoquiz.app.classes.ClassException;
import org.cstoquiz.app.classes.ClassService;
import org.cstoquiz.app.classes.QuizClass;
import org.cstoquiz.app.session.Injected;

/**
 * Renaming a class (its code, learners, tests and results stay) and deleting one after a confirmation
 * that names it and says what goes with it: its assigned tests and their results are deleted with it;
 * the learners keep the tests they took in their own history.
 */
final class ClassEditing {

    private ClassEditing() {
    }

    static Button renameButton(Injected<ClassService> classes, QuizClass quizClass, SerializableConsumer<QuizClass> renamed) {
        Button rename = new Button("Rename…", click -> openRename(classes, quizClass, renamed));
        rename.addThemeVariants(ButtonVariant.SMALL);
        rename.getElement().setAttribute("aria-label", "Rename " + quizClass.name());
        return rename;
    }

    static Button deleteButton(Injected<ClassService> classes, QuizClass quizClass, SerializableRunnable deleted) {
        Button delete = new Button("Delete…", click -> confirmDelete(classes, quizClass, deleted));
        delete.addThemeVariants(ButtonVariant.SMALL, ButtonVariant.ERROR);
        delete.getElement().setAttribute("aria-label", "Delete " + quizClass.name());
        return delete;
    }

    private static void openRename(Injected<ClassService> classes, QuizClass quizClass, SerializableConsumer<QuizClass> renamed) {
        Dialog dialog = new Dialog("Rename " + quizClass.name());
        TextField name = new TextField("New name");
        name.setValue(quizClass.name());
        name.setMaxLength(ClassService.MAX_NAME);
        name.setWidthFull();
        Button save = new Button("Save the name", click -> {
            try {
                QuizClass changed = classes.get().rename(quizClass.id(), name.getValue());
                dialog.close();
                renamed.accept(changed);
            } catch (ClassException refused) {
                name.setErrorMessage(refused.getMessage());
                name.setInvalid(true);
            }
        });
        save.addThemeVariants(ButtonVariant.PRIMARY);
        save.addClickShortcut(Key.ENTER).listenOn(name);
        dialog.add(name);
        dialog.getFooter().add(new Button("Cancel", click -> dialog.close()), save);
        dialog.open();
        name.focus();
    }

    private static void confirmDelete(Injected<ClassService> classes, QuizClass quizClass, SerializableRunnable deleted) {
        ClassContents contents = classes.get().contents(quizClass.id());
        String text = count(quizClass.members(), "learner") + " will leave it; "
                + count(contents.assignments(), "assigned test") + " and the results of "
                + count(contents.testsTaken(), "test") + " taken will be deleted with it. The learners keep the tests "
                + "they took in their own history. This cannot be undone.";
        ConfirmDialog dialog = new ConfirmDialog("Delete the class " + quizClass.name() + "?", text,
                "Delete " + quizClass.name(), confirmed -> {
                    classes.get().delete(quizClass.id());
                    deleted.run();
                    Notification.show("The class “" + quizClass.name() + "” is deleted.", 4000,
                            Notification.Position.BOTTOM_START).addThemeVariants(NotificationVariant.SUCCESS);
                });
        dialog.setCancelable(true);
        dialog.setConfirmButtonTheme("error primary");
        dialog.open();
    }

    private static String count(int n, String what) {
        return n + " " + what + (n == 1 ? "" : "s");
    }
}

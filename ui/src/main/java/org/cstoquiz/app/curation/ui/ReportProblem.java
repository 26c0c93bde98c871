package org.cstoquiz.app.curation.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.radiobutton.RadioGroupVariant;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.server.VaadinService;
import org.cstoquiz.app.curation.CurationException;
import org.cstoquiz.app.curation.CurationService;
import org.cstoquiz.app.curation.Problem;
import org.cstoquiz.engine.question.Question;

/**
 * "Report a problem" under a question a learner has answered: a small button that opens a dialog
 * asking what is wrong (wrong key, unclear, typo, something else) and for a short note, and sends
 * it to the instructors. Self-contained: any screen places it with {@code add(new ReportProblem(question))}.
 */
public class ReportProblem extends Div {

    private transient CurationService curation;
    private final Question question;
    final Button open = new Button("Report a problem", VaadinIcon.FLAG_O.create());

    public ReportProblem(Question question) {
        this.question = question;
        addClassName("report-problem");
        open.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        open.getElement().setAttribute("aria-haspopup", "dialog");
        open.addClickListener(click -> new ReportDialog().open());
        add(open);
        // the service is looked up when the button is shown, so a panel built outside a page (a test) needs none
        addAttachListener(attached -> {
            if (curation == null) {
                curation = VaadinService.getCurrent().getInstantiator().getOrCreate(CurationService.class);
                if (curation.reportedByMe(question.id())) {
                    reported();
                }
            }
        });
    }

    private void reported() {
        open.setText("Problem reported");
        open.setIcon(VaadinIcon.CHECK.create());
        open.setEnabled(false);
    }

    /** What is wrong, and a note. */
    final class ReportDialog extends Dialog {

        final RadioButtonGroup<Problem> problem = new RadioButtonGroup<>("What is wrong?");
        final TextArea note = new TextArea("Note");
        final Button send = new Button("Send report");

        ReportDialog() {
            setHeaderTitle("Report a problem with this question");
            problem.setItems(Problem.values());
            problem.setItemLabelGenerator(Problem::label);
            problem.addThemeVariants(RadioGroupVariant.LUMO_VERTICAL);
            problem.setRequiredIndicatorVisible(true);
            note.setMaxLength(CurationService.MAX_NOTE);
            note.setHelperText("A few words: what the right answer is, what is unclear, where the typo is");
            note.setWidthFull();
            note.setValueChangeMode(com.vaadin.flow.data.value.ValueChangeMode.EAGER);
            Paragraph who = new Paragraph("An instructor will see it with the question as you saw it.");
            who.addClassNames("text-secondary", "text-s");
            VerticalLayout body = new VerticalLayout(problem, note, who);
            body.setPadding(false);
            body.setMaxWidth("32rem");
            add(body);
            send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            send.addClickListener(click -> send());
            getFooter().add(new Button("Cancel", click -> close()), send);
        }

        private void send() {
            problem.setInvalid(false);
            note.setInvalid(false);
            if (problem.getValue() == null) {
                problem.setErrorMessage("Choose what is wrong.");
                problem.setInvalid(true);
                return;
            }
            try {
                curation.report(question, problem.getValue(), note.getValue());
            } catch (CurationException refused) {
                if (refused.getMessage().startsWith("You have reported")) {
                    close();
                    reported();
                    Notification.show(refused.getMessage());
                    return;
                }
                note.setErrorMessage(refused.getMessage());
                note.setInvalid(true);
                return;
            }
            close();
            reported();
            Notification.show("Thank you: an instructor will look at this question.", 4000, Notification.Position.BOTTOM_START)
                    .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        }
    }
}

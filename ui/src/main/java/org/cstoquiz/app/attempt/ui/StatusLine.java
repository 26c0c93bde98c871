package org.cstoquiz.app.attempt.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;

/** The line over a question: where the learner is, the score or answers so far, the countdown, and one action at the far end. */
public class StatusLine extends HorizontalLayout {

    public StatusLine(Component... parts) {
        super(parts);
        setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        setWidthFull();
        getStyle().set("flex-wrap", "wrap");
    }

    /** The parts, then {@code action} pushed to the right. */
    public static StatusLine withAction(Component action, Component... parts) {
        StatusLine line = new StatusLine(parts);
        line.add(action);
        action.getElement().getStyle().set("margin-left", "auto");
        return line;
    }
}

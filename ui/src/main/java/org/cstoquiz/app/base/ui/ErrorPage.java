package org.cstoquiz.app.base.ui;

import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.RouterLink;

/** A page that says, inside the layout, why what was asked for is not shown, with the way home. */
abstract class ErrorPage extends VerticalLayout {

    ErrorPage() {
        addClassName("error-page");
    }

    void explain(String heading, String text) {
        removeAll();
        add(new H2(heading), new Paragraph(text), new RouterLink("Go to the home page", HomeView.class));
    }
}

package org.cstoquiz.app.base.ui;

import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.ParentLayout;
import com.vaadin.flow.server.HttpStatusCode;
import jakarta.annotation.security.PermitAll;

/** An address no page answers: said in the layout, with the address as typed and the way home. */
@ParentLayout(MainLayout.class)
@PageTitle("Page not found")
@PermitAll
public class NotFoundView extends ErrorPage implements HasErrorParameter<NotFoundException> {

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<NotFoundException> parameter) {
        explain("Page not found", "There is no page at “/" + event.getLocation().getPath() + "”. The address may be "
                + "mistyped, or the link that led here may be out of date.");
        return HttpStatusCode.NOT_FOUND.getCode();
    }
}

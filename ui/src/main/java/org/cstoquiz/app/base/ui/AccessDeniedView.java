package org.cstoquiz.app.base.ui;

import com.vaadin.flow.router.AccessDeniedException;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.ParentLayout;
import com.vaadin.flow.server.HttpStatusCode;
import jakarta.annotation.security.PermitAll;

/** A page the account may not open (an instructor's page opened by a learner): said in the layout, with the way home. */
@ParentLayout(MainLayout.class)
@PageTitle("Not for your account")
@PermitAll
public class AccessDeniedView extends ErrorPage implements HasErrorParameter<AccessDeniedException> {

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<AccessDeniedException> parameter) {
        explain("This page is not for your account", "“/" + event.getLocation().getPath() + "” is open to instructors only. If you need it, "
                + "ask an instructor to give your account that role under Accounts.");
        return HttpStatusCode.FORBIDDEN.getCode();
    }
}

package org.cstoquiz.app.session;

import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinServiceInitListener;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * A browser tab holds one page of the application at a time. A page that is left (a link followed, an
 * address typed, a reload) normally says so as it goes, and the server drops its screens at once; when
 * that message does not arrive (a browser that does not send it, or sends it through a worker that is
 * going away with the page), the page's screens would stay in the session until three heartbeats are
 * missed. So when a tab opens a new page, the session drops the pages that tab showed before: the tab
 * is named by the window name the page's client sends as it starts ({@code v-wn}).
 *
 * <p>A page brought back with the browser's Back button from its cache reloads itself, as it does
 * after the message of a left page, and so gets screens of its own again.
 */
@Component
class OnePageEachTab implements VaadinServiceInitListener {

    /** The parameter of the page's first request that names its tab. */
    static final String WINDOW_NAME = "v-wn";

    /** The tab a UI was opened in, kept with the UI. */
    record Tab(String windowName) implements java.io.Serializable {
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(init -> opened(init.getUI(), VaadinRequest.getCurrent()));
    }

    static void opened(UI ui, VaadinRequest request) {
        String windowName = request == null ? null : request.getParameter(WINDOW_NAME);
        if (windowName == null || windowName.isBlank() || ui.getSession() == null) {
            return;
        }
        Tab tab = new Tab(windowName);
        ComponentUtil.setData(ui, Tab.class, tab);
        List<UI> before = ui.getSession().getUIs().stream()
                .filter(other -> other != ui && !other.isClosing() && tab.equals(ComponentUtil.getData(other, Tab.class)))
                .toList();
        before.forEach(UI::close);
    }
}

package org.cstoquiz.app.base.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.splitlayout.SplitLayout;
import com.vaadin.flow.shared.Registration;

/**
 * A list and the detail of what is picked in it: the detail beside the list on a wide window, below
 * it on a narrow one; the list has the whole space until something is picked.
 */
public class ListWithDetail extends SplitLayout {

    /** Windows narrower than this put the detail below the list. */
    public static final int NARROW = 900;

    private final Component detail;
    private final double listShareWide;
    private final double listShareNarrow;
    private boolean narrow;
    private Registration resize;

    /**
     * @param listShareWide   the list's share of the width (percent) while a detail shows on a wide window
     * @param listShareNarrow the list's share of the height (percent) while a detail shows on a narrow one
     */
    public ListWithDetail(Component list, Component detail, double listShareWide, double listShareNarrow) {
        super(list, detail);
        this.detail = detail;
        this.listShareWide = listShareWide;
        this.listShareNarrow = listShareNarrow;
        setSizeFull();
        getStyle().set("min-height", "0");
        showDetail(false);
    }

    /** Shows or hides the detail, giving the list the space it leaves. */
    public void showDetail(boolean shown) {
        detail.setVisible(shown);
        setSplitterPosition(!shown ? 100 : narrow ? listShareNarrow : listShareWide);
    }

    /** Places the detail for a window {@code windowWidth} pixels wide. */
    public void fitTo(int windowWidth) {
        narrow = windowWidth < NARROW;
        setOrientation(narrow ? Orientation.VERTICAL : Orientation.HORIZONTAL);
        showDetail(detail.isVisible());
    }

    @Override
    protected void onAttach(AttachEvent event) {
        super.onAttach(event);
        getElement().executeJs("return window.innerWidth").then(Integer.class, this::fitTo);
        resize = event.getUI().getPage().addBrowserWindowResizeListener(e -> fitTo(e.getWidth()));
    }

    @Override
    protected void onDetach(DetachEvent event) {
        if (resize != null) {
            resize.remove();
            resize = null;
        }
        super.onDetach(event);
    }
}

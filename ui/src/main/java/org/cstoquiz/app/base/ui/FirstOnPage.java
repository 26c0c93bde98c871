package org.cstoquiz.app.base.ui;

import com.vaadin.flow.component.Component;
import java.util.Optional;

/**
 * What a feature puts first on a learner's home and tests pages (the tests assigned to them), as a
 * bean those pages ask, so that they need not know the feature.
 */
public interface FirstOnPage {

    /** What to show {@code username} first, or empty for nothing. */
    Optional<Component> forLearner(String username);
}

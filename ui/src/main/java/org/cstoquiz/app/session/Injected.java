package org.cstoquiz.app.session;

import com.vaadin.flow.server.VaadinService;
import java.io.Serializable;
import java.util.Objects;

/**
 * A Spring bean a screen uses, kept out of the screen's saved state. The session, with its screens, is
 * written out when the server stops and read back when it starts (so a learner stays logged in and on
 * the same question); a bean is not part of that. Only the bean's type is kept: the bean itself is
 * held {@code transient} and, once the session has been read back, looked up again on first use,
 * through the instantiator of the Vaadin service the request runs in (the application's own context).
 *
 * @param <T> the bean's type
 */
public final class Injected<T> implements Serializable {

    private final Class<T> type;
    private transient T bean;

    private Injected(Class<T> type, T bean) {
        this.type = Objects.requireNonNull(type);
        this.bean = bean;
    }

    /** The bean given to a screen's constructor, to be looked up by {@code type} after a restart. */
    public static <T> Injected<T> of(Class<T> type, T bean) {
        return new Injected<>(type, Objects.requireNonNull(bean, type.getSimpleName()));
    }

    /** A bean looked up on first use. */
    public static <T> Injected<T> lookedUp(Class<T> type) {
        return new Injected<>(type, null);
    }

    /** The bean of {@code type} in the application the current request runs in. */
    public static <T> T lookUp(Class<T> type) {
        VaadinService service = VaadinService.getCurrent();
        if (service == null) {
            throw new IllegalStateException("No Vaadin service to look up a " + type.getSimpleName() + " in");
        }
        return service.getInstantiator().getOrCreate(type);
    }

    public T get() {
        T found = bean;
        if (found == null) {
            found = lookUp(type);
            bean = found;
        }
        return found;
    }
}

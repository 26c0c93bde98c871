package org.cstoquiz.app.session;

import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.internal.UIInternals;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinResponse;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.communication.UidlRequestHandler;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.zip.DataFormatException;
import java.util.zip.Deflater;
import java.util.zip.Inflater;
import org.springframework.stereotype.Component;

/**
 * Each page keeps a copy of the server's last answer to it, to send again should the page repeat its
 * last message (an answer lost on the way: the page retries, and gets the same answer instead of the
 * action done twice). That copy is the whole answer as text, often tens of KB (the first answer of a
 * page describes every component on it), and it is kept as long as the page is open. Here it is kept
 * compressed between requests (to a sixth or less) and unpacked only for the request that may need it:
 * the page still gets exactly the same answer again.
 */
@Component
class CompactResendCopy implements VaadinServiceInitListener {

    /** The last answer to a page, compressed (UTF-8, deflate). */
    record Packed(byte[] deflated, int length) implements Serializable {
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        // handlers added here are asked before Vaadin's own, so this one answers the pages' messages
        event.addRequestHandler(new Handler());
    }

    /** Vaadin's handler of the pages' messages, with the copy unpacked for each message and packed after it. */
    static final class Handler extends UidlRequestHandler {

        @Override
        public Optional<ResponseWriter> synchronizedHandleRequest(VaadinSession session, VaadinRequest request,
                VaadinResponse response, String requestBody) throws IOException {
            UI ui = session.getService().findUI(request);
            if (ui != null) {
                unpack(ui);
            }
            try {
                return super.synchronizedHandleRequest(session, request, response, requestBody);
            } finally {
                if (ui != null) {
                    pack(ui);
                }
            }
        }
    }

    static void pack(UI ui) {
        UIInternals internals = ui.getInternals();
        String last = internals.getLastRequestResponse();
        if (last != null) {
            ComponentUtil.setData(ui, Packed.class, deflate(last));
            internals.setLastRequestResponse(null);
        }
    }

    static void unpack(UI ui) {
        Packed packed = ComponentUtil.getData(ui, Packed.class);
        if (packed != null && ui.getInternals().getLastRequestResponse() == null) {
            ui.getInternals().setLastRequestResponse(inflate(packed));
        }
        ComponentUtil.setData(ui, Packed.class, null);
    }

    static Packed deflate(String text) {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        Deflater deflater = new Deflater(Deflater.BEST_SPEED);
        try {
            deflater.setInput(bytes);
            deflater.finish();
            ByteArrayOutputStream out = new ByteArrayOutputStream(Math.max(64, bytes.length / 4));
            byte[] chunk = new byte[8192];
            while (!deflater.finished()) {
                out.write(chunk, 0, deflater.deflate(chunk));
            }
            return new Packed(out.toByteArray(), bytes.length);
        } finally {
            deflater.end();
        }
    }

    static String inflate(Packed packed) {
        Inflater inflater = new Inflater();
        try {
            inflater.setInput(packed.deflated());
            byte[] bytes = new byte[packed.length()];
            int done = 0;
            while (done < bytes.length && !inflater.finished()) {
                int read = inflater.inflate(bytes, done, bytes.length - done);
                if (read == 0 && (inflater.needsInput() || inflater.needsDictionary())) {
                    throw new DataFormatException("ends early");
                }
                done += read;
            }
            return new String(bytes, 0, done, StandardCharsets.UTF_8);
        } catch (DataFormatException e) {
            throw new UncheckedIOException(new IOException("the kept copy of the last answer cannot be read", e));
        } finally {
            inflater.end();
        }
    }
}

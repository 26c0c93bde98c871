package org.cstoquiz.app.session;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.UI;
import java.nio.charset.StandardCharsets;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** A page's copy of the server's last answer, kept compressed between requests and unpacked whole. */
class CompactResendCopyTest {

    /** An answer such as a page gets on opening: many components, repeated keys, text in several scripts. */
    private static final String ANSWER = "for(;;);[{\"syncId\":3,\"clientId\":2,\"changes\":["
            + IntStream.range(0, 400).mapToObj(node -> "{\"node\":" + node
                    + ",\"type\":\"put\",\"key\":\"tag\",\"feat\":3,\"value\":\"vaadin-radio-button\"},"
                    + "{\"node\":" + node + ",\"type\":\"put\",\"key\":\"text\",\"feat\":7,\"value\":\"In Chişinău, "
                    + "the presidents met – «Договор» " + node + "\"}")
                    .collect(Collectors.joining(","))
            + "]}]";

    @Test
    void theLastAnswerIsKeptCompressedBetweenRequestsAndUnpackedAsItWas() {
        UI ui = new UI();
        ui.getInternals().setLastRequestResponse(ANSWER);

        CompactResendCopy.pack(ui);
        assertThat(ui.getInternals().getLastRequestResponse()).as("the plain copy, after the request").isNull();
        CompactResendCopy.Packed packed = ComponentUtil.getData(ui, CompactResendCopy.Packed.class);
        assertThat(packed.deflated().length).as("bytes kept")
                .isLessThan(ANSWER.getBytes(StandardCharsets.UTF_8).length / 6);

        CompactResendCopy.unpack(ui);
        assertThat(ui.getInternals().getLastRequestResponse()).isEqualTo(ANSWER);
        assertThat(ComponentUtil.getData(ui, CompactResendCopy.Packed.class)).as("the packed copy, during the request")
                .isNull();
    }

    @Test
    void aPageWithNoAnswerYetKeepsNothing() {
        UI ui = new UI();

        CompactResendCopy.unpack(ui);
        CompactResendCopy.pack(ui);

        assertThat(ui.getInternals().getLastRequestResponse()).isNull();
        assertThat(ComponentUtil.getData(ui, CompactResendCopy.Packed.class)).isNull();
    }

    @Test
    void aNewAnswerReplacesTheKeptOne() {
        UI ui = new UI();
        ui.getInternals().setLastRequestResponse(ANSWER);
        CompactResendCopy.pack(ui);

        CompactResendCopy.unpack(ui);
        ui.getInternals().setLastRequestResponse("for(;;);[{\"syncId\":4}]");
        CompactResendCopy.pack(ui);
        CompactResendCopy.unpack(ui);

        assertThat(ui.getInternals().getLastRequestResponse()).isEqualTo("for(;;);[{\"syncId\":4}]");
    }
}

package org.cstoquiz.app.practice.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.RouteParameters;
import java.time.Instant;
import java.util.Set;
import org.cstoquiz.app.practice.PracticeService;
import org.cstoquiz.app.practice.PracticeSession;
import org.cstoquiz.domain.PackInfo;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.ActiveProfiles;

/** With several packs loaded, the learner picks the organization to practise; the form remembers it. */
@SpringBootTest(properties = "csto-quiz.packs-dir=../content/src/test/resources/extra-packs")
@ActiveProfiles("test")
class PracticePackViewTest extends SpringBrowserlessTest {

    @Autowired
    PracticeService service;

    @SuppressWarnings("unchecked")
    private Select<PackInfo> organization() {
        return $(Select.class).withCaption("Organization").single();
    }

    private String matching() {
        return $(Span.class).withCondition(span -> span.hasClassName("practice-matching")).single().getText();
    }

    @Test
    @WithMockUser(username = "nadia", roles = "LEARNER")
    void aLearnerPractisesTheOrganizationSheChoseSeesItsSourcesAndIsOfferedItAgain() {
        navigate(PracticeView.class);
        assertThat(organization().isVisible()).isTrue();
        assertThat(organization().getValue().id()).isEqualTo("csto");
        assertThat(test(organization()).getSuggestionItems()).extracting(PackInfo::id)
                .containsExactly("csto", "nato", "nordic");

        test(organization()).selectItem("North Atlantic Treaty Organization");
        int inNato = service.available("nato", Set.of(), Set.of());
        assertThat(inNato).isNotEqualTo(service.available("csto", Set.of(), Set.of()));
        assertThat(matching()).isEqualTo(inNato + " questions match");
        test($(Button.class).withText("Start").single()).click();

        PracticeSession session = service.current("nadia", Instant.now()).orElseThrow();
        assertThat(session.packId()).isEqualTo("nato");
        service.finish("nadia", session.id(), Instant.now());
        UI.getCurrent().navigate(PracticeResultView.class, new RouteParameters("id", String.valueOf(session.id())));
        assertThat($(Span.class).withCondition(span -> span.hasClassName("source-title")).all())
                .isNotEmpty()
                .allSatisfy(title -> assertThat(title.getText()).containsAnyOf("NATO"));

        navigate(PracticeView.class);
        assertThat(organization().getValue().id()).isEqualTo("nato");
    }
}

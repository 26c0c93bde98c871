package org.cstoquiz.app.assessment.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import java.time.Instant;
import java.util.Set;
import org.cstoquiz.app.assessment.Blueprint;
import org.cstoquiz.app.assessment.SelfTest;
import org.cstoquiz.app.assessment.SelfTestService;
import org.cstoquiz.domain.PackInfo;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.ActiveProfiles;

/** With several packs loaded, a blueprint names the organization its tests are drawn from. */
@SpringBootTest(properties = "csto-quiz.packs-dir=../content/src/test/resources/extra-packs")
@ActiveProfiles("test")
@WithMockUser(username = "oleg", roles = "INSTRUCTOR")
class BlueprintPackViewTest extends SpringBrowserlessTest {

    @Autowired
    SelfTestService service;

    @SuppressWarnings("unchecked")
    private Select<PackInfo> organization() {
        return $(Select.class).withCaption("Organization").single();
    }

    private String matching() {
        return $(Span.class).withCondition(span -> span.getText().matches("\\d+ questions? match(es)?")).single()
                .getText();
    }

    @Test
    void anInstructorWritesABlueprintForNatoAndATestFromItIsOfNato() {
        navigate(BlueprintsView.class);
        assertThat(organization().isVisible()).isTrue();
        assertThat(organization().getValue().id()).isEqualTo("csto");
        assertThat(matching()).isEqualTo(service.available("csto", Set.of(), Set.of()) + " questions match");

        test($(TextField.class).withCaption("Name").single()).setValue("NATO basics");
        test(organization()).selectItem("North Atlantic Treaty Organization");
        assertThat(matching()).isEqualTo(service.available("nato", Set.of(), Set.of()) + " questions match");
        test($(IntegerField.class).withCaption("Questions").single()).setValue(12);
        test($(Button.class).withText("Save").single()).click();

        Blueprint saved = service.blueprints().stream().filter(b -> b.name().equals("NATO basics")).findFirst()
                .orElseThrow();
        assertThat(saved.pack()).contains("nato");

        navigate(TestsView.class);
        Div card = $(Div.class).withCondition(div -> div.hasClassName("blueprint-card")
                && div.getElement().getTextRecursively().contains("NATO basics")).single();
        assertThat($(Paragraph.class, card).withCondition(p -> p.hasClassName("blueprint-organization")).single()
                .getText()).isEqualTo("North Atlantic Treaty Organization");
        test($(Button.class, card).single()).click();
        SelfTest started = service.current("oleg", Instant.now()).orElseThrow();
        assertThat(started.packId()).isEqualTo("nato");
        assertThat(started.title()).isEqualTo("NATO basics");
        service.submit("oleg", started.id(), Instant.now());
        service.deleteBlueprint(saved.id().orElseThrow());
    }
}

package org.cstoquiz.app.facts.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.NativeLabel;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import java.util.List;
import org.cstoquiz.app.base.ui.Names;
import org.cstoquiz.app.facts.FactCatalog;
import org.cstoquiz.app.facts.FactDetails;
import org.cstoquiz.domain.Citation;
import org.cstoquiz.domain.ConflictingClaims;
import org.cstoquiz.domain.Fact;

/** A fact as a learner reads it: what it says, line by line, each with its sources' own words. */
class FactCard extends Div {

    FactCard(FactCatalog catalog, String packId, Fact fact) {
        addClassName("fact-card");
        getStyle().set("padding", "var(--lumo-space-s) var(--lumo-space-m)");
        // Repeats the grid's kind and area columns, which a narrow window hides.
        Div kindAndArea = new Div(FactDetails.kindName(fact) + " · " + Names.area(fact.area()));
        kindAndArea.addClassNames("fact-kind", "text-secondary", "text-s");
        add(kindAndArea);
        for (FactDetails.Line line : FactDetails.of(fact, catalog.pack(packId))) {
            Div row = new Div();
            NativeLabel name = new NativeLabel(line.name() + ": ");
            name.getStyle().set("font-weight", "600");
            row.add(name, new Span(line.value()));
            add(row);
            line.citations().forEach(c -> add(quote(catalog, packId, c)));
        }
        if (!(fact instanceof ConflictingClaims) && FactDetails.of(fact, catalog.pack(packId)).stream()
                .allMatch(l -> l.citations().isEmpty())) {
            fact.citations().forEach(c -> add(quote(catalog, packId, c)));
        }
        List<ConflictingClaims> disagreements = catalog.disagreementsAbout(packId, fact).stream()
                .filter(c -> !c.equals(fact)).toList();
        for (ConflictingClaims conflict : disagreements) {
            add(new H4("Sources disagree: " + conflict.topic()));
            for (var claim : conflict.claims()) {
                String adopted = claim.id().equals(conflict.adopted()) ? " (adopted here)" : "";
                add(new Paragraph(claim.says() + adopted));
                claim.citations().forEach(c -> add(quote(catalog, packId, c)));
            }
            add(new Paragraph("Why: " + conflict.rationale()));
        }
    }

    private static Div quote(FactCatalog catalog, String packId, Citation citation) {
        Div quote = new Div();
        quote.addClassNames("citation", "text-secondary", "text-s");
        quote.getStyle().set("margin", "var(--lumo-space-xs) 0 var(--lumo-space-s) var(--lumo-space-l)");
        Span text = new Span("“" + citation.quote() + "”");
        Span source = new Span(" — " + catalog.sourceTitle(packId, citation.source()) + " (" + citation.source() + ")");
        source.getStyle().set("font-style", "italic");
        quote.add(text, source);
        return quote;
    }
}

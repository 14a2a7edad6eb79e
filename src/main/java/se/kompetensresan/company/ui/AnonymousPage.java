package se.kompetensresan.company.ui;

import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;

/**
 * The frame of the small pages a visitor reaches without signing in from an e-mail or a reference (confirm the
 * address, the application's status): the product's name above one narrow column whose heading is the page's one
 * {@code h1}.
 */
abstract class AnonymousPage extends VerticalLayout {

    /** What the page shows; the subclass fills it on every visit. */
    final VerticalLayout body = new VerticalLayout();

    AnonymousPage(String id) {
        setId(id);
        setAlignItems(Alignment.CENTER);
        Span brand = new Span(getTranslation("app.name"));
        brand.getStyle().set("font-size", "var(--lumo-font-size-xl)").set("font-weight", "600");
        body.setMaxWidth("560px");
        body.setPadding(false);
        add(brand, body);
    }
}

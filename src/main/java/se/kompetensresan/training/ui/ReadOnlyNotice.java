package se.kompetensresan.training.ui;

import com.vaadin.flow.component.html.Paragraph;

/**
 * The line a training task's form shows to someone who may look but not act (a manager, an admin): who may.
 * Same id as the journey's task forms ({@code task-read-only}).
 */
final class ReadOnlyNotice {

    private ReadOnlyNotice() {
    }

    static Paragraph of(String text) {
        Paragraph p = new Paragraph(text);
        p.setId("task-read-only");
        p.getElement().getThemeList().add("badge contrast");
        p.getStyle().set("padding", "var(--lumo-space-s) var(--lumo-space-m)").set("white-space", "normal");
        return p;
    }
}

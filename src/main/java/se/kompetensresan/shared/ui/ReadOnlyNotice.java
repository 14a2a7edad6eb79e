package se.kompetensresan.shared.ui;

import com.vaadin.flow.component.html.Paragraph;

/**
 * The line a task's form shows to someone who may look but not act (a manager, an admin): who may. One id on every
 * task form ({@code task-read-only}), so that tests and assistive technology find it the same way.
 */
public final class ReadOnlyNotice {

    public static final String ID = "task-read-only";

    private ReadOnlyNotice() {
    }

    public static Paragraph of(String text) {
        Paragraph p = new Paragraph(text);
        p.setId(ID);
        p.getElement().getThemeList().add("badge contrast");
        p.getStyle().set("padding", "var(--lumo-space-s) var(--lumo-space-m)").set("white-space", "normal");
        return p;
    }
}

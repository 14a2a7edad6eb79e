package se.kompetensresan.journey.ui;

import com.vaadin.flow.component.html.Paragraph;
import se.kompetensresan.journey.inbox.TaskInfo;
import se.kompetensresan.security.UserAccount;

/**
 * Every task in the inbox opens. Whose role is not the task's candidate group (a manager, an admin) sees the form
 * read-only with one line saying who may act: {@code journey.readOnly.<taskKey>}.
 */
final class TaskReadOnly {

    static final String ID = "task-read-only";

    private TaskReadOnly() {
    }

    /** True when the user's role works the task. */
    static boolean mayAct(UserAccount user, TaskInfo task) {
        return user.role().name().equals(task.candidateGroup());
    }

    /** The line that says who may act. */
    static Paragraph notice(String text) {
        Paragraph p = new Paragraph(text);
        p.setId(ID);
        p.getElement().getThemeList().add("badge contrast");
        p.getStyle().set("padding", "var(--lumo-space-s) var(--lumo-space-m)").set("white-space", "normal");
        return p;
    }
}

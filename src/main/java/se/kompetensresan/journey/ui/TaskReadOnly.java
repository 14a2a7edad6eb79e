package se.kompetensresan.journey.ui;

import se.kompetensresan.journey.inbox.TaskInfo;
import se.kompetensresan.security.UserAccount;

/**
 * Every task in the inbox opens. Whose role is not the task's candidate group (a manager, an admin) sees the form
 * read-only with one line saying who may act ({@link se.kompetensresan.shared.ui.ReadOnlyNotice},
 * {@code journey.readOnly.<taskKey>}).
 */
final class TaskReadOnly {

    private TaskReadOnly() {
    }

    /** True when the user's role works the task. */
    static boolean mayAct(UserAccount user, TaskInfo task) {
        return user.role().name().equals(task.candidateGroup());
    }
}

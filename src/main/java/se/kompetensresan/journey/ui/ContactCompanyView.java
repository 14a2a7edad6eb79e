package se.kompetensresan.journey.ui;

import se.kompetensresan.security.RouteIds;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import se.kompetensresan.security.CurrentUser;
import se.kompetensresan.security.UserAccount;
import se.kompetensresan.journey.JourneyProcess;
import se.kompetensresan.journey.inbox.TaskInbox;
import se.kompetensresan.journey.inbox.TaskInfo;
import se.kompetensresan.security.AccessRefusedException;

/**
 * Kontakta företaget: the coach notes the contact with a company whose task (survey, plan approval, attendance,
 * follow-up) has waited too long despite the reminders.
 */
@Route("journey/task/:taskId")
@RolesAllowed({"COACH", "MANAGER", "ADMIN"})
class ContactCompanyView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final TaskInbox inbox;
    private String taskId;
    private final UserAccount user;

    ContactCompanyView(TaskInbox inbox, CurrentUser currentUser) {
        this.user = currentUser.require();
        this.inbox = inbox;
        setId("contact-company");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        taskId = RouteIds.text(event, "taskId");
        TaskInfo t = inbox.task(taskId);
        if (!JourneyProcess.CONTACT_TASKS.contains(t.taskKey())) {
            throw new AccessRefusedException("not a contact task: " + taskId);
        }
        removeAll();
        boolean mayAct = TaskReadOnly.mayAct(user, t);
        add(new H1(getTranslation("journey.task." + t.taskKey()) + ": " + t.companyName()));
        add(new Paragraph(getTranslation("journey.contact.text." + t.taskKey())));
        if (!mayAct) {
            add(se.kompetensresan.shared.ui.ReadOnlyNotice.of(getTranslation("journey.readOnly." + t.taskKey())));
        }
        add(new TaskNoteForm("contact-note", "journey.contact.note", "contact-done", "journey.contact.done", true,
                text -> inbox.completeContact(taskId, text), mayAct));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("journey.contact.title");
    }
}

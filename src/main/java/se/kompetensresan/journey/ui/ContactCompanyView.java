package se.kompetensresan.journey.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import se.kompetensresan.journey.TaskInbox;
import se.kompetensresan.journey.TaskInfo;
import se.kompetensresan.security.AccessRefusedException;
import se.kompetensresan.shared.UserMessageException;

/** Kontakta företaget: the coach notes the contact with a company that has not answered the survey. */
@Route("journey/task/:taskId")
@RolesAllowed({"COACH"})
class ContactCompanyView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final TaskInbox inbox;
    private final TextArea note = new TextArea();
    private String taskId;

    ContactCompanyView(TaskInbox inbox) {
        this.inbox = inbox;
        setId("contact-company");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        taskId = event.getRouteParameters().get("taskId").orElseThrow(() -> new AccessRefusedException("no task id"));
        TaskInfo t = inbox.task(taskId);
        if (!"Task_ContactCompany".equals(t.taskKey())) {
            throw new AccessRefusedException("not a contact task: " + taskId);
        }
        removeAll();
        add(new H2(getTranslation("journey.contact.title") + ": " + t.companyName()));
        add(new Paragraph(getTranslation("journey.contact.text")));
        note.setId("contact-note");
        note.setLabel(getTranslation("journey.contact.note"));
        note.setRequired(true);
        note.setWidthFull();
        note.setMaxWidth("40em");
        note.setMaxLength(2000);
        Button done = new Button(getTranslation("journey.contact.done"), e -> done());
        done.setId("contact-done");
        done.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(note, done);
    }

    private void done() {
        try {
            inbox.completeContact(taskId, note.getValue());
            UI.getCurrent().navigate("inbox");
        } catch (UserMessageException e) {
            note.setErrorMessage(getTranslation(e.messageKey(), e.args()));
            note.setInvalid(true);
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("journey.contact.title");
    }
}

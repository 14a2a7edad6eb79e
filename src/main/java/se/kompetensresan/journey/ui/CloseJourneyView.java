package se.kompetensresan.journey.ui;

import se.kompetensresan.security.RouteIds;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import se.kompetensresan.security.CurrentUser;
import se.kompetensresan.security.UserAccount;
import se.kompetensresan.journey.inbox.TaskInbox;
import se.kompetensresan.journey.inbox.TaskInfo;
import se.kompetensresan.security.AccessRefusedException;
import se.kompetensresan.shared.CompetenceAreas;
import se.kompetensresan.survey.AreaComparison;
import se.kompetensresan.survey.SurveyService;

import java.util.Objects;

/** Avsluta kompetensresa: before/after per area, a closing note, and the end of the journey. */
@Route("journey/close/:taskId")
@RolesAllowed({"COACH", "MANAGER", "ADMIN"})
class CloseJourneyView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final TaskInbox inbox;
    private final SurveyService surveys;
    private String taskId;
    private final UserAccount user;

    CloseJourneyView(TaskInbox inbox, SurveyService surveys, CurrentUser currentUser) {
        this.user = currentUser.require();
        this.inbox = inbox;
        this.surveys = surveys;
        setId("close-journey");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        taskId = RouteIds.text(event, "taskId");
        TaskInfo t = inbox.task(taskId);
        if (!"Task_CloseJourney".equals(t.taskKey())) {
            throw new AccessRefusedException("not a closing task: " + taskId);
        }
        removeAll();
        boolean mayAct = TaskReadOnly.mayAct(user, t);
        add(new H1(getTranslation("journey.close.title") + ": " + t.companyName()));
        if (!mayAct) {
            add(se.kompetensresan.shared.ui.ReadOnlyNotice.of(getTranslation("journey.readOnly." + t.taskKey())));
        }
        add(new H2(getTranslation("journey.close.comparison")));
        Grid<AreaComparison> grid = new Grid<>();
        grid.setId("close-comparison");
        grid.addColumn(c -> getTranslation(CompetenceAreas.messageKey(c.areaCode()))).setHeader(getTranslation("journey.close.col.area")).setAutoWidth(true);
        grid.addColumn(c -> Objects.toString(c.currentBefore(), "–")).setHeader(getTranslation("journey.close.col.before"));
        grid.addColumn(c -> Objects.toString(c.currentAfter(), "–")).setHeader(getTranslation("journey.close.col.after"));
        grid.addColumn(c -> c.improvement() == null ? "–" : (c.improvement() > 0 ? "+" : "") + c.improvement())
                .setHeader(getTranslation("journey.close.col.improvement"));
        grid.setItems(surveys.compare(t.companyId()));
        grid.setAllRowsVisible(true);
        add(grid);
        add(new TaskNoteForm("close-note", "journey.close.note", "journey-close", "journey.close.submit", false,
                text -> inbox.completeClose(taskId, text), mayAct));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("journey.close.title");
    }
}
